"use client";

import { useState } from "react";
import { FormMessage } from "@/components/form-message";
import { useT } from "@/components/i18n-provider";
import { SelectField } from "@/components/select-field";
import { SubmitButton } from "@/components/submit-button";
import { DateField } from "@/components/date-field";
import { TextField } from "@/components/text-field";
import { useFormAction } from "@/components/use-form-action";
import { saveInvoiceAction, type TInvoiceFormState } from "./actions";
import { emptyLine, InvoiceLinesEditor, keyed, type TLine } from "./invoice-lines-editor";

export type TContractOption = {
  id: number;
  label: string;
  items: { id: number; label: string; unit: string; estimated: string; billed: string; ceiling: string }[];
};

export type TDraft = { id: number; contractId: number; number: string; kind: "work" | "advance"; issuedOn: string; lines: { item: string; quantity: string; price: string }[] };

export function InvoiceForm({ contracts, initialContractId, submissionKey, today, draft }: { contracts: TContractOption[]; initialContractId: number | null; submissionKey: string; today: string; draft: TDraft | null }) {
  const t = useT();
  const { state, formAction, formKey, errors } = useFormAction<TInvoiceFormState>(saveInvoiceAction);
  const v = state.values ?? (draft ? { number: draft.number, kind: draft.kind, issuedOn: draft.issuedOn } : {});
  const [contractId, setContractId] = useState<number | null>(initialContractId);
  const [lines, setLines] = useState<TLine[]>(() => (draft?.lines.length ? draft.lines.map(keyed) : [emptyLine()]));
  const contract = contracts.find((c) => c.id === contractId) ?? null;
  return (
    <form key={formKey} action={formAction} className="space-y-6" aria-label={draft ? t("company.newInvoice.editTitle", { number: draft.number }) : t("company.newInvoice.title")} noValidate>
      <FormMessage state={state} />
      {state.reasons?.length ? (
        <ul className="list-disc space-y-1 rounded-md border border-red-200 bg-red-50 py-2 pl-8 pr-3 text-sm text-red-800" aria-label={t("company.refused")}>
          {state.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : null}
      <input type="hidden" name="submissionKey" value={submissionKey} />
      {draft ? <input type="hidden" name="draftId" value={draft.id} /> : null}
      <div className="card grid gap-4 p-5 md:grid-cols-2">
        <SelectField
          name="contractId"
          label={t("company.newInvoice.fields.contract")}
          value={contractId ?? ""}
          onChange={(e) => {
            setContractId(Number(e.currentTarget.value) || null);
            setLines([emptyLine()]);
          }}
          error={errors.contractId}
          className="md:col-span-2"
        >
          {contracts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </SelectField>
        <TextField name="number" label={t("company.newInvoice.fields.number")} defaultValue={v.number} error={errors.number} maxLength={40} required />
        <SelectField name="kind" label={t("company.newInvoice.fields.kind")} defaultValue={v.kind ?? "work"} error={errors.kind}>
          <option value="work">{t("company.invoices.kinds.work")}</option>
          <option value="advance">{t("company.invoices.kinds.advance")}</option>
        </SelectField>
        <DateField name="issuedOn" label={t("company.newInvoice.fields.issuedOn")} defaultValue={v.issuedOn ?? today} error={errors.issuedOn} required />
      </div>
      <InvoiceLinesEditor contract={contract} lines={lines} setLines={setLines} errors={errors} lineReasons={state.lineReasons} />
      <div className="flex flex-wrap gap-3">
        <button type="button" className="btn-secondary" onClick={() => setLines((ls) => [...ls, emptyLine()])}>
          {t("company.newInvoice.addLine")}
        </button>
        <span className="flex-1" />
        <SubmitButton className="btn-secondary" name="intent" value="draft" pendingLabel={t("company.newInvoice.saving")}>
          {t("company.newInvoice.saveDraft")}
        </SubmitButton>
        <SubmitButton className="btn-primary" name="intent" value="submit" pendingLabel={t("company.newInvoice.saving")}>
          {t("company.newInvoice.submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
