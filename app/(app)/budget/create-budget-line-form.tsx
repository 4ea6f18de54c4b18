"use client";

import { FormMessage } from "@/components/form-message";
import { NameFields } from "@/components/name-fields";
import { RegionOptions } from "@/components/region-options";
import { useLocale, useT } from "@/components/i18n-provider";
import { SelectField } from "@/components/select-field";
import { SubmitButton } from "@/components/submit-button";
import { TextField } from "@/components/text-field";
import { useFormAction } from "@/components/use-form-action";
import { createBudgetLineAction } from "./actions";

export function CreateBudgetLineForm({ ministries, defaultYear }: { ministries: { id: number; name: string }[]; defaultYear: number }) {
  const t = useT();
  const locale = useLocale();
  const { state, formAction, formKey, values: v, errors: err } = useFormAction(createBudgetLineAction);
  return (
    <form key={formKey} action={formAction} className="space-y-4" aria-label={t("budget.createTitle")} noValidate>
      <FormMessage state={state} />
      <TextField name="code" label={t("budget.fields.code")} hint={t("budget.fields.codeHint")} defaultValue={v.code} error={err.code} placeholder="04 9 467 037 015" required />
      <div className="grid grid-cols-2 gap-3">
        <TextField name="specifics" label={t("budget.fields.specifics")} hint={t("budget.fields.specificsHint")} defaultValue={v.specifics ?? "431"} error={err.specifics} inputMode="numeric" maxLength={3} required />
        <TextField name="fiscalYear" label={t("budget.fields.fiscalYear")} defaultValue={v.fiscalYear ?? String(defaultYear)} error={err.fiscalYear} inputMode="numeric" maxLength={4} required />
      </div>
      <NameFields label={t("budget.fields.name")} values={v} errors={err} maxLength={500} />
      <SelectField name="ministryId" label={t("budget.fields.ministry")} defaultValue={v.ministryId ?? String(ministries[0]?.id ?? "")} error={err.ministryId} options={ministries.map((m) => ({ value: m.id, label: m.name }))} />
      <SelectField name="region" label={t("budget.fields.region")} defaultValue={v.region ?? ""} error={err.region}>
        <option value="">{t("budget.fields.noRegion")}</option>
        <RegionOptions locale={locale} />
      </SelectField>
      <TextField name="appropriated" label={t("budget.fields.appropriated")} hint={t("budget.fields.appropriatedHint")} defaultValue={v.appropriated} error={err.appropriated} inputMode="decimal" required />
      <SubmitButton className="btn-primary w-full" pendingLabel={t("budget.creating")}>
        {t("budget.create")}
      </SubmitButton>
    </form>
  );
}
