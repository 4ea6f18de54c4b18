"use client";

import { FormMessage } from "@/components/form-message";
import { useT } from "@/components/i18n-provider";
import { SubmitButton } from "@/components/submit-button";
import { DateField } from "@/components/date-field";
import { TextField } from "@/components/text-field";
import { useFormAction } from "@/components/use-form-action";
import { registerSubcontractAction } from "./actions";

type TItem = { id: number; code: string; name: string; unit: string; quantity: string; held: string; free: string; ceiling: string; ceilingPlain: string };

export function SubcontractForm({ parentId, items, today }: { parentId: number; items: TItem[]; today: string }) {
  const t = useT();
  const { state, formAction, formKey, errors } = useFormAction(registerSubcontractAction);
  const v = state.values ?? {};
  const isIncluded = (id: number) => (v.include ?? "").split(",").includes(String(id));
  return (
    <form key={formKey} action={formAction} className="space-y-6" aria-label={t("company.contract.newSubcontract")} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="parentId" value={parentId} />
      <div className="card grid gap-4 p-5 md:grid-cols-2">
        <TextField name="bin" label={t("company.subcontract.fields.bin")} hint={t("company.subcontract.fields.binHint")} defaultValue={v.bin} error={errors.bin} inputMode="numeric" maxLength={12} required />
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
        <table className="min-w-full divide-y divide-slate-200 text-sm" aria-label={t("company.subcontract.itemsTitle")}>
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                {t("company.subcontract.columns.include")}
              </th>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                {t("company.subcontract.columns.item")}
              </th>
              {(["parentQuantity", "held", "parentCeiling", "quantity", "ceiling"] as const).map((c) => (
                <th key={c} scope="col" className="px-3 py-2 text-right font-medium">
                  {t(`company.subcontract.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {items.map((i) => (
              <tr key={i.id} className="align-top">
                <td className="px-3 py-2">
                  <input type="checkbox" name="include" value={i.id} defaultChecked={isIncluded(i.id)} aria-label={t("company.subcontract.includeItem", { item: i.code })} />
                </td>
                <td className="px-3 py-2">
                  <div className="font-mono text-xs">{i.code}</div>
                  <div>{i.name}</div>
                </td>
                <td className="num px-3 py-2">
                  {i.quantity}
                </td>
                <td className="num px-3 py-2">
                  {i.held}
                </td>
                <td className="num px-3 py-2">{i.ceiling}</td>
                <td className="w-36 px-3 py-2">
                  <input name={`quantity_${i.id}`} className="input text-right" inputMode="decimal" defaultValue={v[`quantity_${i.id}`] ?? i.free} aria-label={t("company.subcontract.quantityOf", { item: i.code })} aria-invalid={errors[`quantity_${i.id}`] ? true : undefined} />
                  {errors[`quantity_${i.id}`] ? <p className="mt-1 text-xs text-red-700">{errors[`quantity_${i.id}`]}</p> : null}
                </td>
                <td className="w-40 px-3 py-2">
                  <input name={`ceiling_${i.id}`} className="input text-right" inputMode="decimal" defaultValue={v[`ceiling_${i.id}`] ?? i.ceilingPlain} aria-label={t("company.subcontract.ceilingOf", { item: i.code })} aria-invalid={errors[`ceiling_${i.id}`] ? true : undefined} />
                  {errors[`ceiling_${i.id}`] ? <p className="mt-1 text-xs text-red-700">{errors[`ceiling_${i.id}`]}</p> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SubmitButton pendingLabel={t("company.subcontract.creating")}>{t("company.subcontract.create")}</SubmitButton>
    </form>
  );
}
