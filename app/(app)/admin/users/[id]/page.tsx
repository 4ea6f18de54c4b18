import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { requireRole } from "@/lib/auth";
import { formatDateTime } from "@/lib/dates";
import { getT, pageTitle } from "@/lib/i18n/server";
import { listGovernmentOrganizations } from "@/lib/organizations/list-organizations";
import { getUserForAdmin } from "@/lib/users/update-user-access";
import { ResetPasswordForm } from "./reset-password-form";
import { EndUserSessionsForm, ResetSecondFactorForm } from "./account-recovery-forms";
import { UserAccessForm } from "./user-access-form";
import { UserActiveToggle } from "../user-active-toggle";
import { routeId } from "../../../route-helpers";

export const generateMetadata = pageTitle("users.edit");

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("admin");
  const { t } = await getT();
  const id = routeId((await params).id);
  const user = await getUserForAdmin({ actor, userId: id });
  if (!user) notFound();
  const organizations = await listGovernmentOrganizations({ actor });
  return (
    <>
      <PageHeader
        back={{ href: "/admin/users", label: t("users.backToList") }} title={t("users.editTitle", { name: user.name })} intro={t("users.editIntro")} />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <section className="card p-5" aria-labelledby="access">
          <h2 id="access" className="sr-only">
            {t("users.edit")}
          </h2>
          <UserAccessForm
            user={{ id: user.id, role: user.role, organizationId: user.organization?.kind === "company" ? null : user.organizationId, companyBin: user.organization?.bin ?? "" }}
            organizations={organizations.map((o) => ({ id: o.id, label: o.name, kind: o.kind }))}
          />
        </section>
        <section className="card h-fit space-y-3 p-5 text-sm" aria-labelledby="account">
          <h2 id="account" className="font-semibold">
            {t("users.statusTitle")}
          </h2>
          <dl className="space-y-2">
            <div>
              <dt className="text-slate-500">{t("users.columns.email")}</dt>
              <dd>{user.email}</dd>
            </div>
            <div>
              <dt className="text-slate-500">{t("users.columns.organization")}</dt>
              <dd>{user.organization?.name ?? "—"}</dd>
            </div>
            <div>
              <dt className="text-slate-500">{t("users.columns.created")}</dt>
              <dd>{formatDateTime(user.createdAt)}</dd>
            </div>
            <div>
              <dt className="text-slate-500">{t("users.columns.status")}</dt>
              <dd>{user.isActive ? t("users.active") : t("users.inactive")}</dd>
            </div>
            <div>
              <dt className="text-slate-500">{t("accountRecovery.secondFactor.status")}</dt>
              <dd>{user.hasSecondFactor ? t("accountRecovery.secondFactor.on") : t("accountRecovery.secondFactor.off")}</dd>
            </div>
            {user.mustChangePassword && user.oneTimePasswordExpiresAt ? (
              <div>
                <dd className="text-slate-600">{t("accountRecovery.oneTimeValidUntil", { until: formatDateTime(user.oneTimePasswordExpiresAt) })}</dd>
              </div>
            ) : null}
          </dl>
          {user.id === actor.userId ? null : <UserActiveToggle userId={user.id} email={user.email} isActive={user.isActive} />}
          {user.id === actor.userId ? null : (
            <div className="border-t border-slate-200 pt-3">
              <h3 className="mb-2 font-semibold">{t("security.reset.title")}</h3>
              <ResetPasswordForm userId={user.id} />
            </div>
          )}
          {user.id === actor.userId ? null : (
            <div className="border-t border-slate-200 pt-3">
              <h3 className="mb-2 font-semibold">{t("accountRecovery.secondFactor.title")}</h3>
              <ResetSecondFactorForm userId={user.id} />
            </div>
          )}
          {user.id === actor.userId ? null : (
            <div className="border-t border-slate-200 pt-3">
              <h3 className="mb-2 font-semibold">{t("accountRecovery.sessions.title")}</h3>
              <EndUserSessionsForm userId={user.id} />
            </div>
          )}
        </section>
      </div>
    </>
  );
}
