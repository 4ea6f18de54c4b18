"use client";

import { useT } from "@/components/i18n-provider";
import { SelectField } from "@/components/select-field";
import { TextField } from "@/components/text-field";
import { ROLES } from "@/lib/roles";

export type TOrganizationOption = { id: number; label: string; kind: "ministry" | "treasury" | "company" | "agency" };

/** Where a user belongs: a government organisation from the list, or (contractors) a company by its BIN. */
export function OrganizationFields({ organizations, organizationId, companyBin, errors }: { organizations: TOrganizationOption[]; organizationId?: string; companyBin?: string; errors: Record<string, string> }) {
  const t = useT();
  return (
    <>
      <SelectField name="organizationId" label={t("users.fields.organization")} hint={t("users.fields.organizationHint")} defaultValue={organizationId ?? ""} error={errors.organizationId}>
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
      <TextField name="companyBin" label={t("users.fields.companyBin")} hint={t("users.fields.companyBinHint")} defaultValue={companyBin} error={errors.companyBin} inputMode="numeric" maxLength={12} />
    </>
  );
}

/** A user's role and where they belong: the part the create form and the access form share. */
export function RoleAndOrganization({ organizations, values: v, errors }: { organizations: TOrganizationOption[]; values: { role?: string; organizationId?: string; companyBin?: string }; errors: Record<string, string> }) {
  const t = useT();
  return (
    <>
      <SelectField name="role" label={t("users.fields.role")} defaultValue={v.role} error={errors.role} options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
      <OrganizationFields organizations={organizations} organizationId={v.organizationId} companyBin={v.companyBin} errors={errors} />
    </>
  );
}
