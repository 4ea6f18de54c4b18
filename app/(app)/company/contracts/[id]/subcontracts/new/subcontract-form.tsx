"use client";

import { DataTable } from "@/components/data-table";
import { FormMessage } from "@/components/form-message";
import { useLocale, useT } from "@/components/i18n-provider";
import { CellInput, CodeName } from "@/components/table-cells";
import { SubmitButton } from "@/components/submit-button";
import { DateField } from "@/components/date-field";
import { TextField } from "@/components/text-field";
import { useFormAction } from "@/components/use-form-action";
import { registerSubcontractAction } from "./actions";

type TItem = { id: number; code: string; name: string; unit: string; quantity: string; held: string; free: string; ceiling: string; ceilingPlain: string };

/** The subcontract's terms for the company chosen above (`bin`, previewed on the page; decision 0238). */
export function SubcontractForm({ parentId, bin, items, today }: { parentId: number; bin: string; items: TItem[]; today: string }) {
  const t = useT();
  const locale = useLocale();
  const { state, formAction, formKey, errors } = useFormAction(registerSubcontractAction);
  const v = state.values ?? {};
  const isIncluded = (id: number) => (v.include ?? "").split(",").includes(String(id));
  return (
    <form key={formKey} action={formAction} className="space-y-6" aria-label={t("company.contract.newSubcontract")} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="parentId" value={parentId} />
      <input type="hidden" name="bin" value={bin} />
      <div className="card grid gap-4 p-5 md:grid-cols-2">
        {errors.bin ? (
          <p role="alert" className="text-sm text-red-700 md:col-span-2">
            {errors.bin}
          </p>
        ) : null}
        <TextField name="number" label={t("company.subcontract.fields.number")} defaultValue={v.number} error={errors.number} required />
        <TextField name="value" label={t("company.subcontract.fields.value")} defaultValue={v.value} error={errors.value} inputMode="decimal" required />
        <div className="grid grid-cols-2 gap-4">
          <DateField name="signedOn" label={t("company.subcontract.fields.signedOn")} defaultValue={v.signedOn ?? today} error={errors.signedOn} required />
          <DateField name="endsOn" label={t("company.subcontract.fields.endsOn")} defaultValue={v.endsOn} error={errors.endsOn} />
        </div>
        <label className="flex items-center gap-2 text-sm md:col-span-2">
          <input type="checkbox" name="isFinalSupplier" defaultChecked={v.isFinalSupplier === "on"} />
          {t("company.subcontract.fields.finalSupplier")}
        </label>
      </div>
      <div className="card overflow-x-auto">
        <p className="px-3 pt-3 text-sm text-slate-600">{t("company.subcontract.itemsHint")}</p>
        {errors.items ? <p className="px-3 pt-1 text-xs text-red-700">{errors.items}</p> : null}
        <DataTable
          className="mt-2"
          label={t("company.subcontract.itemsTitle")}
          locale={locale}
          rows={items}
          rowKey={(i) => i.id}
          rowClassName={() => "bg-white align-top"}
          empty={null}
          stickyFirst={false}
          columns={[
            {
              key: "include",
              header: t("company.subcontract.columns.include"),
              cell: (i) => <input type="checkbox" name="include" value={i.id} defaultChecked={isIncluded(i.id)} aria-label={t("company.subcontract.includeItem", { item: i.code })} />,
            },
            { key: "item", header: t("company.subcontract.columns.item"), cell: (i) => <CodeName code={i.code} name={i.name} /> },
            { key: "parentQuantity", header: t("company.subcontract.columns.parentQuantity"), numeric: true, cell: (i) => i.quantity },
            { key: "held", header: t("company.subcontract.columns.held"), numeric: true, cell: (i) => i.held },
            { key: "parentCeiling", header: t("company.subcontract.columns.parentCeiling"), numeric: true, cell: (i) => i.ceiling },
            {
              key: "quantity",
              header: t("company.subcontract.columns.quantity"),
              align: "right",
              className: "w-36",
              cell: (i) => <CellInput name={`quantity_${i.id}`} defaultValue={v[`quantity_${i.id}`] ?? i.free} aria-label={t("company.subcontract.quantityOf", { item: i.code })} error={errors[`quantity_${i.id}`]} />,
            },
            {
              key: "ceiling",
              header: t("company.subcontract.columns.ceiling"),
              align: "right",
              className: "w-40",
              cell: (i) => <CellInput name={`ceiling_${i.id}`} defaultValue={v[`ceiling_${i.id}`] ?? i.ceilingPlain} aria-label={t("company.subcontract.ceilingOf", { item: i.code })} error={errors[`ceiling_${i.id}`]} />,
            },
          ]}
        />
      </div>
      <SubmitButton pendingLabel={t("company.subcontract.creating")}>{t("company.subcontract.create")}</SubmitButton>
    </form>
  );
}
