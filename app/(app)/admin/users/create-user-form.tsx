"use client";

import { FormMessage } from "@/components/form-message";
import { useT } from "@/components/i18n-provider";
import { SelectField } from "@/components/select-field";
import { SubmitButton } from "@/components/submit-button";
import { TextField } from "@/components/text-field";
import { useFormAction } from "@/components/use-form-action";
import { ROLES } from "@/lib/roles";
import { createUserAction } from "./actions";
import { OrganizationFields, type TOrganizationOption } from "./organization-fields";

export function CreateUserForm({ organizations }: { organizations: TOrganizationOption[] }) {
  const t = useT();
  const { state, formAction, formKey, values: v, errors: err } = useFormAction(createUserAction);
  return (
    <form key={formKey} action={formAction} className="space-y-4" aria-label={t("users.createTitle")} noValidate>
      <FormMessage state={state} />
      <TextField name="name" label={t("users.fields.name")} defaultValue={v.name} error={err.name} required />
      <TextField name="email" type="email" label={t("users.fields.email")} defaultValue={v.email} error={err.email} required />
      <SelectField name="role" label={t("users.fields.role")} defaultValue={v.role ?? "official"} error={err.role}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </SelectField>
      <OrganizationFields organizations={organizations} organizationId={v.organizationId} companyBin={v.companyBin} errors={err} />
      <SubmitButton className="btn-primary w-full" pendingLabel={t("users.creating")}>
        {t("users.create")}
      </SubmitButton>
    </form>
  );
}
