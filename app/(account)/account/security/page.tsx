import { PageHeader } from "@/components/page-header";
import { requireAccountHolder } from "@/lib/auth";
import { getT, pageTitle } from "@/lib/i18n/server";
import { SECOND_FACTOR_REQUIRED } from "@/lib/mfa/account-setup";
import { remainingRecoveryCodes, startEnrolment } from "@/lib/mfa/enrol-second-factor";
import { hasSecondFactor } from "@/lib/mfa/verify-second-factor";
import { isMailConfigured } from "@/lib/notifications/mail-settings";
import { emailPreference } from "@/lib/users/mail-preferences";
import { ChangePasswordForm, DisableSecondFactorForm, EmailNotificationsForm, EnrolForm, RegenerateCodesForm } from "./security-forms";

export const generateMetadata = pageTitle("security.title");

export default async function SecurityPage({ searchParams }: { searchParams: Promise<{ changed?: string }> }) {
  const actor = await requireAccountHolder();
  const { t } = await getT();
  const { changed } = await searchParams;
  const isOn = await hasSecondFactor(actor.userId);
  // The QR code is made only once the one-time password is replaced: that step comes first.
  const enrolment = !isOn && actor.pendingSetup !== "password" ? await startEnrolment({ actor }) : null;
  const left = isOn ? await remainingRecoveryCodes(actor.userId) : 0;
  const mail = await emailPreference(actor);
  return (
    <>
      <PageHeader title={t("security.title")} intro={t("security.intro")} />
      {actor.pendingSetup ? (
        <p className="mb-6 rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-900" role="status" data-testid="account-setup">
          {t(`security.setup.${actor.pendingSetup}`)}
        </p>
      ) : null}
      {changed ? (
        <p className="mb-6 rounded-md bg-brand-50 px-4 py-3 text-sm text-brand-900" role="status">
          {t("security.password.changed")}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <section className="card h-fit p-5" aria-labelledby="password-title">
          <h2 id="password-title" className="mb-4 text-lg font-semibold">
            {t("security.password.title")}
          </h2>
          <ChangePasswordForm />
        </section>
        {actor.pendingSetup === "password" ? null : (
          <section className="card h-fit space-y-4 p-5" aria-labelledby="second-factor-title">
            <h2 id="second-factor-title" className="text-lg font-semibold">
              {t("security.secondFactor.title")}
            </h2>
            <p className="text-sm text-slate-700" data-testid="second-factor-status">
              {isOn ? t("security.secondFactor.on") : t("security.secondFactor.off")}
            </p>
            {enrolment ? (
              <EnrolForm secret={enrolment.secret} qrSvg={enrolment.qrSvg} />
            ) : (
              <>
                <p className="text-sm text-slate-600">{t("security.secondFactor.recoveryLeft", { count: left })}</p>
                <RegenerateCodesForm />
                {SECOND_FACTOR_REQUIRED.includes(actor.role) ? null : <DisableSecondFactorForm />}
              </>
            )}
          </section>
        )}
        {actor.pendingSetup ? null : (
          <section className="card h-fit space-y-3 p-5" aria-labelledby="mail-title">
            <h2 id="mail-title" className="text-lg font-semibold">
              {t("mail.settings.title")}
            </h2>
            <p className="text-sm text-slate-600">{isMailConfigured() ? t("mail.settings.intro", { email: mail.email }) : t("mail.settings.notConfigured")}</p>
            <EmailNotificationsForm isOn={mail.isOn} />
          </section>
        )}
      </div>
    </>
  );
}
