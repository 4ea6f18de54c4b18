"use client";

import { useState } from "react";
import { DataTable } from "@/components/data-table";
import { FormMessage } from "@/components/form-message";
import { useLocale, useT } from "@/components/i18n-provider";
import { CellInput, CodeName } from "@/components/table-cells";
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

export function NewContractForm({ colourId, rows, contractorBin, today }: { colourId: number; rows: TEstimateRow[]; contractorBin: string; today: string }) {
  const t = useT();
  const { state, formAction, formKey, values: v, errors: err } = useFormAction(createContractAction);
  const refused = Object.keys(v).length > 0;
  const [total, setTotal] = useState<bigint | null>(null);
  const locale = useLocale();
  const rowError = (r: TEstimateRow) => {
    const i = rows.indexOf(r);
    return err[`items.${i}.quantity`] || err[`items.${i}.price`];
  };
  return (
    <form key={formKey} action={formAction} className="space-y-6" aria-label={t("contracts.newTitle")} noValidate onChange={(e) => setTotal(itemsTotal(e.currentTarget, rows.length))}>
      <FormMessage state={state} />
      <input type="hidden" name="colourId" value={colourId} />
      <div className="card grid gap-4 p-5 md:grid-cols-2">
        {/* The contractor chosen above, previewed on the page (decision 0228); a refusal about it is said here. */}
        <input type="hidden" name="contractorBin" value={contractorBin} />
        {err.contractorBin ? <p className="text-sm text-red-700 md:col-span-2">{err.contractorBin}</p> : null}
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
        <DataTable
          className="mt-2"
          labelledBy="contract-items"
          locale={locale}
          rows={rows}
          rowKey={(r) => r.id}
          rowClassName={(r) => (rowError(r) ? "bg-red-50 align-top" : "bg-white align-top")}
          empty={null}
          stickyFirst={false}
          columns={[
            {
              key: "include",
              header: t("contracts.itemColumns.include"),
              cell: (r, i) => (
                <>
                  <input type="hidden" name={`items.${i}.estimateItemId`} value={r.id} />
                  <input type="checkbox" name={`items.${i}.include`} defaultChecked={refused ? v[`items.${i}.include`] === "on" : false} aria-label={t("contracts.includeItem", { code: r.code, name: r.name })} className="h-4 w-4" />
                </>
              ),
            },
            { key: "item", header: t("contracts.itemColumns.item"), cell: (r) => <CodeName code={r.code} name={r.name} /> },
            { key: "estimateQuantity", header: t("contracts.itemColumns.estimateQuantity"), numeric: true, cell: (r) => r.estimateQuantity },
            {
              key: "quantity",
              header: t("contracts.itemColumns.quantity"),
              align: "right",
              cell: (r, i) => <CellInput name={`items.${i}.quantity`} defaultValue={refused ? v[`items.${i}.quantity`] : r.quantity} aria-label={t("contracts.quantityOf", { code: r.code })} error={err[`items.${i}.quantity`]} className="input w-28 text-right tabular-nums" />,
            },
            { key: "estimateCeiling", header: t("contracts.itemColumns.estimateCeiling"), numeric: true, cell: (r) => r.estimateCeiling },
            {
              key: "price",
              header: t("contracts.itemColumns.price"),
              align: "right",
              cell: (r, i) => <CellInput name={`items.${i}.price`} defaultValue={refused ? v[`items.${i}.price`] : r.price} aria-label={t("contracts.priceOf", { code: r.code })} error={err[`items.${i}.price`]} className="input w-36 text-right tabular-nums" />,
            },
          ]}
        />
      </section>
      <SubmitButton className="btn-primary" pendingLabel={t("contracts.creating")}>
        {t("contracts.create")}
      </SubmitButton>
    </form>
  );
}
