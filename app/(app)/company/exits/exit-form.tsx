"use client";

import { FormMessage } from "@/components/form-message";
import { useT } from "@/components/i18n-provider";
import { SelectField } from "@/components/select-field";
import { SubmitButton } from "@/components/submit-button";
import { TextField } from "@/components/text-field";
import { useFormAction } from "@/components/use-form-action";
import { payExitAction } from "./actions";

export function ExitForm({ colours, requestKey }: { colours: { id: number; label: string }[]; requestKey: string }) {
  const t = useT();
  const { state, formAction, formKey, values: v, errors } = useFormAction(payExitAction);
  return (
    <form key={formKey} action={formAction} className="space-y-4" aria-label={t("company.exits.formTitle")} noValidate>
      <FormMessage state={state} />
      {state.reasons?.length ? (
        <ul className="list-disc space-y-1 pl-6 text-sm text-red-800">
          {state.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : null}
      {/* Rendered afresh with the page after each payment (revalidatePath): the next payment is a new request. */}
      <input type="hidden" name="requestKey" value={requestKey} />
      <SelectField name="colourId" label={t("company.exits.fields.colour")} defaultValue={v.colourId} error={errors.colourId} options={colours.map((c) => ({ value: c.id, label: c.label }))} />
      <SelectField name="kind" label={t("company.exits.fields.kind")} defaultValue={v.kind ?? "wages"} error={errors.kind}>
        <option value="wages">{t("company.exits.kinds.wages")}</option>
        <option value="taxes">{t("company.exits.kinds.taxes")}</option>
      </SelectField>
      <TextField name="amount" label={t("company.exits.fields.amount")} defaultValue={v.amount} error={errors.amount} inputMode="decimal" required />
      <SubmitButton pendingLabel={t("company.exits.paying")}>{t("company.exits.pay")}</SubmitButton>
    </form>
  );
}
