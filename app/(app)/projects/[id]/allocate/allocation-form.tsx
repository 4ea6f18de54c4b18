"use client";

import { useState } from "react";
import { FormMessage } from "@/components/form-message";
import { useT } from "@/components/i18n-provider";
import { SelectField } from "@/components/select-field";
import { CheckThenConfirm } from "@/components/check-then-confirm";
import { DateField } from "@/components/date-field";
import { TextField } from "@/components/text-field";
import { useFormAction } from "@/components/use-form-action";
import { defaultLine } from "@/lib/allocations/default-line";
import { allocateColourAction, type TAllocationFormState } from "./actions";

type TLine = { id: number; label: string; isExhausted: boolean };
type TItem = { code: string; label: string };

/** One rule of the colour: its inputs and, beside them, what the rule means for the people paid with it. */
function Rule({ title, explanation, children }: { title: string; explanation: string; children: React.ReactNode }) {
  return (
    <fieldset className="grid gap-3 border-t border-slate-100 pt-4 md:grid-cols-2">
      <legend className="sr-only">{title}</legend>
      <div>
        <p className="text-sm font-medium text-slate-800">{title}</p>
        <p className="mt-1 text-sm text-slate-600">{explanation}</p>
      </div>
      <div className="space-y-3">{children}</div>
    </fieldset>
  );
}

export function AllocationForm({ projectId, requestKey, lines, items, defaultExpiresOn }: { projectId: number; requestKey: string; lines: TLine[]; items: TItem[]; defaultExpiresOn: string }) {
  const t = useT();
  const { state, formAction, formKey, errors } = useFormAction<TAllocationFormState>(allocateColourAction);
  const v = state.values ?? {};
  const chosen = new Set(state.items ?? []);
  const [scope, setScope] = useState<"all" | "some" | null>(null);
  const itemScope = scope ?? (v.itemScope === "some" ? "some" : "all");
  // A preview describes what was typed then: any later change hides "confirm" until the next check.
  const [changedAfter, setChangedAfter] = useState<number | null>(null);
  const canConfirm = state.ok === true && !!state.preview && changedAfter !== formKey;
  return (
    <form key={formKey} action={formAction} onChange={() => setChangedAfter(formKey)} className="space-y-6" aria-label={t("allocations.title")} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="requestKey" value={requestKey} />
      <div className="card space-y-4 p-5">
        <div className="grid gap-4 md:grid-cols-2">
          <SelectField name="budgetLineId" label={t("allocations.fields.budgetLine")} defaultValue={v.budgetLineId ?? defaultLine(lines)} error={errors.budgetLineId} className="md:col-span-2">
            <option value="">{t("allocations.fields.chooseLine")}</option>
            {lines.map((l) => (
              <option key={l.id} value={l.id} disabled={l.isExhausted}>
                {l.label}
              </option>
            ))}
          </SelectField>
          <TextField name="amount" inputMode="decimal" label={t("allocations.fields.amount")} hint={t("allocations.fields.amountHint")} defaultValue={v.amount} error={errors.amount} />
          <DateField name="expiresOn" label={t("allocations.fields.expiresOn")} hint={t("allocations.fields.expiresOnHint")} defaultValue={v.expiresOn ?? defaultExpiresOn} error={errors.expiresOn} />
          <TextField name="reason" label={t("allocations.fields.reason")} hint={t("allocations.fields.reasonHint")} defaultValue={v.reason} error={errors.reason} className="md:col-span-2" />
        </div>

        <Rule title={t("allocations.rules.items")} explanation={t("allocations.rules.itemsHelp")}>
          <div className="flex gap-4 text-sm">
            <label className="flex items-center gap-2">
              <input type="radio" name="itemScope" value="all" checked={itemScope === "all"} onChange={() => setScope("all")} />
              {t("allocations.fields.allItems", { count: items.length })}
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="itemScope" value="some" checked={itemScope === "some"} onChange={() => setScope("some")} />
              {t("allocations.fields.someItems")}
            </label>
          </div>
          {itemScope === "some" ? (
            <div role="group" aria-label={t("allocations.fields.someItems")} className="max-h-56 space-y-1 overflow-auto rounded-md border border-slate-200 p-2 text-sm">
              {items.map((i) => (
                <label key={i.code} className="flex items-start gap-2">
                  <input type="checkbox" name="items" value={i.code} defaultChecked={chosen.has(i.code)} className="mt-1" />
                  <span>{i.label}</span>
                </label>
              ))}
            </div>
          ) : null}
          {errors.items ? <p className="text-xs text-red-700">{errors.items}</p> : null}
        </Rule>

        <Rule title={t("allocations.rules.advance")} explanation={t("allocations.rules.advanceHelp")}>
          <TextField name="advanceLimit" inputMode="decimal" label={t("allocations.fields.advanceLimit")} defaultValue={v.advanceLimit ?? "30"} error={errors.advanceLimit} />
        </Rule>

        <Rule title={t("allocations.rules.threshold")} explanation={t("allocations.rules.thresholdHelp")}>
          <TextField name="approvalThreshold" inputMode="decimal" label={t("allocations.fields.approvalThreshold")} defaultValue={v.approvalThreshold ?? "100 000 000"} error={errors.approvalThreshold} />
        </Rule>

        <Rule title={t("allocations.rules.exits")} explanation={t("allocations.rules.exitsHelp")}>
          {(["wages", "taxes"] as const).map((kind) => (
            <div key={kind} className="flex items-end gap-3">
              <label className="flex items-center gap-2 pb-2 text-sm">
                <input type="checkbox" name={`${kind}Allowed`} defaultChecked={v[`${kind}Allowed`] === "on"} />
                {t(`allocations.fields.${kind}Allowed`)}
              </label>
              <TextField name={`${kind}Share`} inputMode="decimal" label={t(`allocations.fields.${kind}Share`)} defaultValue={v[`${kind}Share`] ?? (kind === "wages" ? "25" : "12")} error={errors[`${kind}Share`]} className="w-56" />
            </div>
          ))}
        </Rule>
      </div>

      {state.preview ? (
        <section aria-labelledby="preview-title" className="card border-brand-200 bg-brand-50/40 p-5">
          <h3 id="preview-title" className="font-semibold text-slate-900">
            {t("allocations.previewTitle", { amount: state.preview.amount })}
          </h3>
          <p className="mt-1 text-sm text-slate-700">{t("allocations.previewLine", { line: state.preview.line, remaining: state.preview.remainingAfter })}</p>
          <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-slate-800">
            {state.preview.sentences.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <CheckThenConfirm check={{ label: t("allocations.check"), pendingLabel: t("allocations.checking") }} confirm={{ intent: "confirm", label: t("allocations.confirm"), pendingLabel: t("allocations.confirming") }} canConfirm={canConfirm} />
    </form>
  );
}
