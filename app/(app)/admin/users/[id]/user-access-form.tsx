"use client";

import { FormMessage } from "@/components/form-message";
import { useT } from "@/components/i18n-provider";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { updateUserAccessAction } from "../actions";
import { RoleAndOrganization, type TOrganizationOption } from "../organization-fields";

export function UserAccessForm({ user, organizations }: { user: { id: number; role: string; organizationId: number | null; companyBin: string }; organizations: TOrganizationOption[] }) {
  const t = useT();
  const { state, formAction, formKey, errors: err } = useFormAction(updateUserAccessAction);
  // After a save the form shows what was saved; after a refusal, what was typed.
  const v = state.values ?? { role: user.role, organizationId: user.organizationId ? String(user.organizationId) : "", companyBin: user.companyBin };
  return (
    <form key={formKey} action={formAction} className="max-w-md space-y-4" aria-label={t("users.edit")} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={user.id} />
      <RoleAndOrganization organizations={organizations} values={v} errors={err} />
      <SubmitButton className="btn-primary" pendingLabel={t("users.saving")}>
        {t("users.save")}
      </SubmitButton>
    </form>
  );
}
