"use client";

import { FormMessage } from "@/components/form-message";
import { useT } from "@/components/i18n-provider";
import { SelectField } from "@/components/select-field";
import { SubmitButton } from "@/components/submit-button";
import { TextField } from "@/components/text-field";
import { useFormAction } from "@/components/use-form-action";
import { ROLES } from "@/lib/roles";
import { updateUserAccessAction } from "../actions";

type Option = { id: number; label: string; kind: "ministry" | "treasury" | "company" | "agency" };

export function UserAccessForm({ user, organizations }: { user: { id: number; role: string; organizationId: number | null; companyBin: string }; organizations: Option[] }) {
  const t = useT();
  const { state, formAction, formKey, errors: err } = useFormAction(updateUserAccessAction);
  // After a save the form shows what was saved; after a refusal, what was typed.
  const v = state.values ?? { role: user.role, organizationId: user.organizationId ? String(user.organizationId) : "", companyBin: user.companyBin };
  return (
    <form key={formKey} action={formAction} className="max-w-md space-y-4" aria-label={t("users.edit")} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={user.id} />
      <SelectField name="role" label={t("users.fields.role")} defaultValue={v.role} error={err.role}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </SelectField>
      <SelectField name="organizationId" label={t("users.fields.organization")} hint={t("users.fields.organizationHint")} defaultValue={v.organizationId ?? ""} error={err.organizationId}>
        <option value="">{t("users.fields.noOrganization")}</option>
        {(["ministry", "treasury", "agency"] as const).map((kind) => (
          <optgroup key={kind} label={t(`orgKinds.${kind}`)}>
            {organizations
              .filter((o) => o.kind === kind)
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
          </optgroup>
        ))}
      </SelectField>
      <TextField name="companyBin" label={t("users.fields.companyBin")} hint={t("users.fields.companyBinHint")} defaultValue={v.companyBin} error={err.companyBin} inputMode="numeric" maxLength={12} />
      <SubmitButton className="btn-primary" pendingLabel={t("users.saving")}>
        {t("users.save")}
      </SubmitButton>
    </form>
  );
}
