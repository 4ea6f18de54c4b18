"use client";

import { useState } from "react";
import { FormMessage } from "@/components/form-message";
import { useT } from "@/components/i18n-provider";
import { SelectField } from "@/components/select-field";
import { SubmitButton } from "@/components/submit-button";
import { DateField } from "@/components/date-field";
import { TextField } from "@/components/text-field";
import { useFormAction } from "@/components/use-form-action";
import { formatTiyn, parseTenge } from "@/lib/money";
import { parseQuantity } from "@/lib/projects/parse-estimate-csv";
import { lineAmountTiyn } from "@/lib/rules/amounts";
import { saveInvoiceAction, type TInvoiceFormState } from "./actions";

export type TContractOption = {
  id: number;
  label: string;
  items: { id: number; label: string; unit: string; estimated: string; billed: string; ceiling: string }[];
};

type TLine = { key: number; item: string; quantity: string; price: string };

export type TDraft = { id: number; contractId: number; number: string; kind: "work" | "advance"; issuedOn: string; lines: Omit<TLine, "key">[] };

let nextKey = 1;
const emptyLine = (): TLine => ({ key: nextKey++, item: "", quantity: "", price: "" });

/** Shown as the user types; the server computes the amounts again from the same integer arithmetic. */
function amountOf(line: TLine): bigint | null {
  const q = parseQuantity(line.quantity);
  const p = parseTenge(line.price);
  return q.ok && p.ok ? lineAmountTiyn(q.milli, p.tiyn) : null;
}

export function InvoiceForm({ contracts, initialContractId, submissionKey, today, draft }: { contracts: TContractOption[]; initialContractId: number | null; submissionKey: string; today: string; draft: TDraft | null }) {
  const t = useT();
  const { state, formAction, formKey, errors } = useFormAction<TInvoiceFormState>(saveInvoiceAction);
  const v = state.values ?? (draft ? { number: draft.number, kind: draft.kind, issuedOn: draft.issuedOn } : {});
  const [contractId, setContractId] = useState<number | null>(initialContractId);
  const [lines, setLines] = useState<TLine[]>(() => (draft?.lines.length ? draft.lines.map((l) => ({ ...l, key: nextKey++ })) : [emptyLine()]));
  const contract = contracts.find((c) => c.id === contractId) ?? null;
  const update = (key: number, patch: Partial<TLine>) => setLines((ls) => ls.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  const total = lines.reduce<bigint>((a, l) => a + (amountOf(l) ?? 0n), 0n);
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
      <div className="card overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm" aria-label={t("company.newInvoice.linesTitle")}>
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                {t("company.newInvoice.columns.item")}
              </th>
              {(["estimated", "billed", "ceiling", "quantity", "unitPrice", "amount"] as const).map((c) => (
                <th key={c} scope="col" className="px-3 py-2 text-right font-medium">
                  {t(`company.newInvoice.columns.${c}`)}
                </th>
              ))}
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">{t("company.newInvoice.removeLine", { line: "" })}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {lines.map((line, index) => {
              const item = contract?.items.find((i) => String(i.id) === line.item);
              const amount = amountOf(line);
              const reasons = state.lineReasons?.[index] ?? [];
              const n = index + 1;
              const err = (f: string) => errors[`lines.${index}.${f}`];
              return (
                <tr key={line.key} className={reasons.length ? "bg-red-50/60 align-top" : "align-top"}>
                  <td className="min-w-72 px-3 py-2">
                    <select
                      name="item"
                      aria-label={t("company.newInvoice.itemOf", { line: n })}
                      className="input"
                      value={line.item}
                      aria-invalid={err("item") ? true : undefined}
                      onChange={(e) => update(line.key, { item: e.currentTarget.value })}
                    >
                      <option value="">{t("company.newInvoice.chooseItem")}</option>
                      {contract?.items.map((i) => (
                        <option key={i.id} value={i.id}>
                          {i.label}
                        </option>
                      ))}
                    </select>
                    {err("item") ? <p className="mt-1 text-xs text-red-700">{err("item")}</p> : null}
                    {reasons.map((r) => (
                      <p key={r} className="mt-1 text-xs text-red-800">
                        ✗ {r}
                      </p>
                    ))}
                  </td>
                  <td className="num px-3 py-2">{item?.estimated ?? "—"}</td>
                  <td className="num px-3 py-2">{item?.billed ?? "—"}</td>
                  <td className="num px-3 py-2">{item?.ceiling ?? "—"}</td>
                  <td className="w-36 px-3 py-2">
                    <input
                      name="quantity"
                      inputMode="decimal"
                      aria-label={t("company.newInvoice.quantityOf", { line: n })}
                      className="input text-right"
                      value={line.quantity}
                      aria-invalid={err("quantity") ? true : undefined}
                      onChange={(e) => update(line.key, { quantity: e.currentTarget.value })}
                    />
                    {item ? <p className="mt-1 text-right text-xs text-slate-500">{item.unit}</p> : null}
                    {err("quantity") ? <p className="mt-1 text-xs text-red-700">{err("quantity")}</p> : null}
                  </td>
                  <td className="w-40 px-3 py-2">
                    <input
                      name="price"
                      inputMode="decimal"
                      aria-label={t("company.newInvoice.unitPriceOf", { line: n })}
                      className="input text-right"
                      value={line.price}
                      aria-invalid={err("price") ? true : undefined}
                      onChange={(e) => update(line.key, { price: e.currentTarget.value })}
                    />
                    {err("price") ? <p className="mt-1 text-xs text-red-700">{err("price")}</p> : null}
                  </td>
                  <td className="num px-3 py-2">{amount == null ? "—" : formatTiyn(amount)}</td>
                  <td className="px-3 py-2">
                    {lines.length > 1 ? (
                      <button type="button" className="btn-secondary" aria-label={t("company.newInvoice.removeLine", { line: n })} onClick={() => setLines((ls) => ls.filter((l) => l.key !== line.key))}>
                        ×
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot className="bg-slate-50 font-semibold">
            <tr>
              <td className="px-3 py-2" colSpan={6}>
                {t("company.newInvoice.total")}
              </td>
              <td className="num px-3 py-2">{formatTiyn(total)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
        {errors.lines ? <p className="px-3 py-2 text-xs text-red-700">{errors.lines}</p> : null}
      </div>
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
