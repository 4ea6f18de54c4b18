"use client";

import { FormMessage } from "@/components/form-message";
import { useT } from "@/components/i18n-provider";
import { SubmitButton } from "@/components/submit-button";
import { TextField } from "@/components/text-field";
import { useFormAction } from "@/components/use-form-action";
import { createUserAction } from "./actions";
import { RoleAndOrganization, type TOrganizationOption } from "./organization-fields";

export function CreateUserForm({ organizations }: { organizations: TOrganizationOption[] }) {
  const t = useT();
  const { state, formAction, formKey, values: v, errors: err } = useFormAction(createUserAction);
  return (
    <form key={formKey} action={formAction} className="space-y-4" aria-label={t("users.createTitle")} noValidate>
      <FormMessage state={state} />
      <TextField name="name" label={t("users.fields.name")} defaultValue={v.name} error={err.name} required />
      <TextField name="email" type="email" label={t("users.fields.email")} defaultValue={v.email} error={err.email} required />
      <RoleAndOrganization organizations={organizations} values={{ ...v, role: v.role ?? "official" }} errors={err} />
      <SubmitButton className="btn-primary w-full" pendingLabel={t("users.creating")}>
        {t("users.create")}
      </SubmitButton>
    </form>
  );
}
