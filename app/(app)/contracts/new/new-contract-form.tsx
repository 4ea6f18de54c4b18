"use client";

import { useState } from "react";
import { FormMessage } from "@/components/form-message";
import { useT } from "@/components/i18n-provider";
import { SubmitButton } from "@/components/submit-button";
import { DateField } from "@/components/date-field";
import { TextField } from "@/components/text-field";
import { useFormAction } from "@/components/use-form-action";
import { formatTiyn, parseTenge } from "@/lib/money";
import { parseQuantity } from "@/lib/projects/parse-estimate-csv";
import { lineAmountTiyn } from "@/lib/rules/amounts";
import { createContractAction } from "./actions";

export type TEstimateRow = { id: number; code: string; name: string; unit: string; quantity: string; price: string; estimateQuantity: string; estimateCeiling: string };

/** What the ticked rows cost at the typed quantities and prices: a guide for the value, checked on the server. */
function itemsTotal(form: HTMLFormElement, count: number): bigint {
  let total = 0n;
  for (let i = 0; i < count; i++) {
    const field = (name: string) => form.elements.namedItem(`items.${i}.${name}`) as HTMLInputElement | null;
    if (!field("include")?.checked) continue;
    const q = parseQuantity(field("quantity")?.value ?? "");
    const p = parseTenge(field("price")?.value ?? "");
    if (q.ok && p.ok) total += lineAmountTiyn(q.milli, p.tiyn);
  }
  return total;
}

export function NewContractForm({ colourId, rows, defaultBin, today }: { colourId: number; rows: TEstimateRow[]; defaultBin: string; today: string }) {
  const t = useT();
  const { state, formAction, formKey, values: v, errors: err } = useFormAction(createContractAction);
  const refused = Object.keys(v).length > 0;
  const [total, setTotal] = useState<bigint | null>(null);
  return (
    <form key={formKey} action={formAction} className="space-y-6" aria-label={t("contracts.newTitle")} noValidate onChange={(e) => setTotal(itemsTotal(e.currentTarget, rows.length))}>
      <FormMessage state={state} />
      <input type="hidden" name="colourId" value={colourId} />
      <div className="card grid gap-4 p-5 md:grid-cols-2">
        <TextField name="contractorBin" label={t("contracts.fields.contractorBin")} hint={t("contracts.fields.contractorBinHint")} defaultValue={v.contractorBin ?? defaultBin} error={err.contractorBin} inputMode="numeric" maxLength={12} autoComplete="off" required />
        <TextField name="number" label={t("contracts.fields.number")} defaultValue={v.number} error={err.number} autoComplete="off" required />
        <DateField name="signedOn" label={t("contracts.fields.signedOn")} defaultValue={v.signedOn ?? today} error={err.signedOn} required />
        <DateField name="endsOn" label={t("contracts.fields.endsOn")} defaultValue={v.endsOn} error={err.endsOn} />
        <TextField name="value" label={t("contracts.fields.value")} hint={t("contracts.fields.valueHint")} defaultValue={v.value} error={err.value} inputMode="decimal" autoComplete="off" required />
        <p className="self-end pb-2 text-sm text-slate-600" aria-live="polite">
          {total != null ? t("contracts.itemsTotal", { total: formatTiyn(total) }) : null}
        </p>
      </div>
      <section aria-labelledby="contract-items" className="card overflow-x-auto">
        <div className="px-5 pt-4">
          <h2 id="contract-items" className="text-lg font-semibold">
            {t("contracts.itemsTitle")}
          </h2>
          <p className="text-xs text-slate-500">{t("contracts.itemsHint")}</p>
          {err.items ? (
            <p role="alert" className="mt-2 text-sm text-red-700">
              {err.items}
            </p>
          ) : null}
        </div>
        <table className="mt-2 min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                {t("contracts.itemColumns.include")}
              </th>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                {t("contracts.itemColumns.item")}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t("contracts.itemColumns.estimateQuantity")}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t("contracts.itemColumns.quantity")}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t("contracts.itemColumns.estimateCeiling")}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t("contracts.itemColumns.price")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r, i) => {
              const qErr = err[`items.${i}.quantity`];
              const pErr = err[`items.${i}.price`];
              return (
                <tr key={r.id} className={qErr || pErr ? "bg-red-50/60" : ""}>
                  <td className="px-3 py-2 align-top">
                    <input type="hidden" name={`items.${i}.estimateItemId`} value={r.id} />
                    <input type="checkbox" name={`items.${i}.include`} defaultChecked={refused ? v[`items.${i}.include`] === "on" : false} aria-label={t("contracts.includeItem", { code: r.code, name: r.name })} className="h-4 w-4" />
                  </td>
                  <td className="px-3 py-2 align-top">
                    <div className="font-mono text-xs">{r.code}</div>
                    <div>{r.name}</div>
                  </td>
                  <td className="num px-3 py-2 align-top">
                    {r.estimateQuantity}
                  </td>
                  <td className="px-3 py-2 text-right align-top">
                    <input name={`items.${i}.quantity`} defaultValue={refused ? v[`items.${i}.quantity`] : r.quantity} inputMode="decimal" aria-label={t("contracts.quantityOf", { code: r.code })} aria-invalid={qErr ? true : undefined} className="input w-28 text-right tabular-nums" />
                    {qErr ? <p className="mt-1 text-xs text-red-700">{qErr}</p> : null}
                  </td>
                  <td className="num px-3 py-2 align-top">{r.estimateCeiling}</td>
                  <td className="px-3 py-2 text-right align-top">
                    <input name={`items.${i}.price`} defaultValue={refused ? v[`items.${i}.price`] : r.price} inputMode="decimal" aria-label={t("contracts.priceOf", { code: r.code })} aria-invalid={pErr ? true : undefined} className="input w-36 text-right tabular-nums" />
                    {pErr ? <p className="mt-1 text-xs text-red-700">{pErr}</p> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <SubmitButton className="btn-primary" pendingLabel={t("contracts.creating")}>
        {t("contracts.create")}
      </SubmitButton>
    </form>
  );
}
