"use client";

import Link from "next/link";
import { FormMessage } from "@/components/form-message";
import { useT } from "@/components/i18n-provider";
import { SubmitButton } from "@/components/submit-button";
import { TextField } from "@/components/text-field";
import { useFormAction } from "@/components/use-form-action";
import { changePasswordAction, confirmEnrolmentAction, disableSecondFactorAction, regenerateRecoveryCodesAction, setEmailNotificationsAction, type TSecurityState } from "./actions";

function RecoveryCodes({ state }: { state: TSecurityState }) {
  const t = useT();
  if (!state.codes?.length) return null;
  return (
    <ol aria-label={t("security.secondFactor.codesLabel")} className="grid grid-cols-2 gap-2 rounded-md border border-slate-200 bg-slate-50 p-3 font-mono text-sm">
      {state.codes.map((c) => (
        <li key={c}>{c}</li>
      ))}
    </ol>
  );
}

export function ChangePasswordForm() {
  const t = useT();
  const { state, formAction, formKey, errors } = useFormAction(changePasswordAction);
  return (
    <form key={formKey} action={formAction} className="space-y-4" aria-label={t("security.password.title")} noValidate>
      <FormMessage state={state} />
      <TextField name="currentPassword" type="password" label={t("security.password.current")} error={errors.currentPassword} autoComplete="current-password" required />
      <TextField name="newPassword" type="password" label={t("security.password.new")} hint={t("security.password.newHint")} error={errors.newPassword} autoComplete="new-password" maxLength={128} required />
      <TextField name="newPasswordRepeat" type="password" label={t("security.password.repeat")} error={errors.newPasswordRepeat} autoComplete="new-password" maxLength={128} required />
      <SubmitButton className="btn-primary" pendingLabel={t("security.password.submitting")}>
        {t("security.password.submit")}
      </SubmitButton>
    </form>
  );
}

export function EnrolForm({ secret, qrSvg }: { secret: string; qrSvg: string }) {
  const t = useT();
  const { state, formAction, formKey, errors } = useFormAction(confirmEnrolmentAction);
  if (state.ok) {
    return (
      <div className="space-y-3">
        <FormMessage state={state} />
        <RecoveryCodes state={state} />
        <Link href="/" className="btn-primary inline-block">
          {t("security.secondFactor.continue")}
        </Link>
      </div>
    );
  }
  return (
    <form key={formKey} action={formAction} className="space-y-4" aria-label={t("security.secondFactor.title")} noValidate>
      <FormMessage state={state} />
      <p className="text-sm text-slate-700">{t("security.secondFactor.scan")}</p>
      {/* Made on the server from our own otpauth:// URI by the qrcode library: markup, no script (CSP-safe). */}
      <div role="img" aria-label={t("security.secondFactor.qrAlt")} className="w-48 border border-slate-200" data-testid="enrolment-qr" dangerouslySetInnerHTML={{ __html: qrSvg }} />
      <p className="text-sm text-slate-700">
        {t("security.secondFactor.manual")}{" "}
        <code className="break-all rounded bg-slate-100 px-1 font-mono" data-testid="enrolment-secret">
          {secret}
        </code>
      </p>
      <TextField name="code" label={t("security.secondFactor.confirmLabel")} error={errors.code} autoComplete="one-time-code" inputMode="numeric" required />
      <SubmitButton className="btn-primary" pendingLabel={t("security.secondFactor.confirming")}>
        {t("security.secondFactor.confirm")}
      </SubmitButton>
    </form>
  );
}

export function RegenerateCodesForm() {
  const t = useT();
  const { state, formAction, formKey, errors } = useFormAction(regenerateRecoveryCodesAction);
  return (
    <form key={formKey} action={formAction} className="space-y-3" aria-label={t("security.secondFactor.regenerate")} noValidate>
      <FormMessage state={state} />
      <RecoveryCodes state={state} />
      <TextField id="regenerate-code" name="code" label={t("security.secondFactor.regenerateCode")} error={errors.code} autoComplete="one-time-code" required />
      <SubmitButton className="btn-secondary">{t("security.secondFactor.regenerate")}</SubmitButton>
    </form>
  );
}

export function DisableSecondFactorForm() {
  const t = useT();
  const { state, formAction, formKey, errors } = useFormAction(disableSecondFactorAction);
  if (state.ok) return <FormMessage state={state} />;
  return (
    <form key={formKey} action={formAction} className="space-y-3 border-t border-slate-200 pt-4" aria-label={t("security.secondFactor.disable")} noValidate>
      <FormMessage state={state} />
      <TextField name="code" label={t("security.secondFactor.disableCode")} error={errors.code} autoComplete="one-time-code" required />
      <SubmitButton className="btn-secondary">{t("security.secondFactor.disable")}</SubmitButton>
    </form>
  );
}

/** E-mail notifications on or off; without JavaScript the form posts as any other. */
export function EmailNotificationsForm({ isOn }: { isOn: boolean }) {
  const t = useT();
  const { state, formAction, formKey, values } = useFormAction(setEmailNotificationsAction);
  // A refused change comes back as the user left it; otherwise the stored choice.
  const checked = values.emailNotifications !== undefined ? values.emailNotifications === "on" : isOn;
  return (
    <form key={formKey} action={formAction} className="space-y-3" aria-label={t("mail.settings.title")} noValidate>
      <FormMessage state={state} />
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" name="emailNotifications" defaultChecked={checked} className="h-4 w-4" />
        {t("mail.settings.on")}
      </label>
      <SubmitButton className="btn-secondary" pendingLabel={t("mail.settings.saving")}>
        {t("mail.settings.save")}
      </SubmitButton>
    </form>
  );
}
