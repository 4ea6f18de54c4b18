"use client";

import { ActionForm } from "@/components/action-form";
import { FormReasons } from "@/components/form-message";
import { useT } from "@/components/i18n-provider";
import { SelectField } from "@/components/select-field";
import { TextField } from "@/components/text-field";
import { useFormAction } from "@/components/use-form-action";
import { payExitAction } from "./actions";

export function ExitForm({ colours, requestKey }: { colours: { id: number; label: string }[]; requestKey: string }) {
  const t = useT();
  const form = useFormAction(payExitAction);
  const { values: v, errors } = form;
  // Rendered afresh with the page after each payment (revalidatePath): the next payment is a new request (requestKey).
  return (
    <ActionForm form={form} className="space-y-4" label={t("company.exits.formTitle")} hidden={{ requestKey }} submit={{ label: t("company.exits.pay"), pendingLabel: t("company.exits.paying") }}>
      <FormReasons state={form.state} />
      <SelectField name="colourId" label={t("company.exits.fields.colour")} defaultValue={v.colourId} error={errors.colourId} options={colours.map((c) => ({ value: c.id, label: c.label }))} />
      <SelectField name="kind" label={t("company.exits.fields.kind")} defaultValue={v.kind ?? "wages"} error={errors.kind}>
        <option value="wages">{t("company.exits.kinds.wages")}</option>
        <option value="taxes">{t("company.exits.kinds.taxes")}</option>
      </SelectField>
      <TextField name="amount" label={t("company.exits.fields.amount")} defaultValue={v.amount} error={errors.amount} inputMode="decimal" required />
    </ActionForm>
  );
}
