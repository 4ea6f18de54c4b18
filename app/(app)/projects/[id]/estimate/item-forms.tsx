"use client";

import { ActionForm } from "@/components/action-form";
import { useLocale, useT } from "@/components/i18n-provider";
import { SelectField } from "@/components/select-field";
import { TextField } from "@/components/text-field";
import { NameFields } from "@/components/name-fields";
import { useFormAction } from "@/components/use-form-action";
import { addEstimateItemAction, changeEstimateItemAction, removeEstimateItemAction } from "./actions";
import type { TTranslate } from "@/lib/i18n";
import { unitLabel } from "@/lib/unit-label";

type TItemValues = { code?: string; name?: string; nameLang?: string; nameRu?: string; nameKk?: string; nameEn?: string; category?: string; unit?: string; quantity?: string; ceiling?: string; reason?: string };
type THints = { quantity?: string; ceiling?: string; unit?: string };

/** The estimate forms' buttons all say "Saving…" while their request runs. */
const SAVING = (t: TTranslate) => ({ pendingLabel: t("project.estimate.saving") });

function ItemFields({ values, errors, units, withCode, hints = {}, unitLocked }: { values: TItemValues; errors: Record<string, string>; units: string[]; withCode: boolean; hints?: THints; unitLocked?: boolean }) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="grid gap-4 md:grid-cols-6">
      {withCode ? <TextField name="code" label={t("project.estimate.fields.code")} defaultValue={values.code} error={errors.code} className="md:col-span-2" /> : null}
      <div className={withCode ? "md:col-span-4" : "md:col-span-6"}>
        <NameFields label={t("project.estimate.fields.name")} values={values} errors={errors} idPrefix={withCode ? "add-" : "edit-"} maxLength={500} />
      </div>
      <TextField name="category" label={t("project.estimate.fields.category")} hint={t("project.estimate.fields.categoryHint")} defaultValue={values.category} error={errors.category} className="md:col-span-2" />
      {unitLocked ? (
        <div className="md:col-span-1">
          <input type="hidden" name="unit" value={values.unit} />
          <p className="mb-1 text-sm font-medium text-slate-700">{t("project.estimate.fields.unit")}</p>
          <p className="py-2 text-sm">{values.unit ? unitLabel(values.unit, locale) : null}</p>
          {hints.unit ? <p className="text-xs text-slate-500">{hints.unit}</p> : null}
        </div>
      ) : (
        <SelectField name="unit" label={t("project.estimate.fields.unit")} defaultValue={values.unit ?? ""} error={errors.unit} className="md:col-span-1">
          <option value="" disabled>
            —
          </option>
          {units.map((u) => (
            <option key={u} value={u}>
              {unitLabel(u, locale)}
            </option>
          ))}
        </SelectField>
      )}
      <TextField name="quantity" inputMode="decimal" label={t("project.estimate.fields.quantity")} hint={hints.quantity} defaultValue={values.quantity} error={errors.quantity} className="md:col-span-1" />
      <TextField name="ceiling" inputMode="decimal" label={t("project.estimate.fields.ceiling")} hint={hints.ceiling} defaultValue={values.ceiling} error={errors.ceiling} className="md:col-span-2" />
    </div>
  );
}

function ReasonField({ value, error, required }: { value?: string; error?: string; required: boolean }) {
  const t = useT();
  return (
    <TextField
      name="reason"
      label={t(required ? "project.estimate.fields.reasonRequired" : "project.estimate.fields.reason")}
      hint={t("project.estimate.fields.reasonHint")}
      defaultValue={value}
      error={error}
    />
  );
}

export function AddItemForm({ projectId, expectedVersion, units, reasonRequired }: { projectId: number; expectedVersion: number; units: string[]; reasonRequired: boolean }) {
  const t = useT();
  const form = useFormAction(addEstimateItemAction);
  const { values, errors } = form;
  return (
    <ActionForm form={form} className="space-y-4" label={t("project.estimate.addTitle")} hidden={{ projectId, expectedVersion }} submit={{ label: t("project.estimate.add"), ...SAVING(t) }}>
      <ItemFields values={values} errors={errors} units={units} withCode />
      <ReasonField value={values.reason} error={errors.reason} required={reasonRequired} />
    </ActionForm>
  );
}

export function EditItemForm({
  projectId,
  itemId,
  expectedVersion,
  units,
  initial,
  hints,
  unitLocked,
  reasonRequired,
}: {
  projectId: number;
  itemId: number;
  expectedVersion: number;
  units: string[];
  initial: TItemValues;
  hints: THints;
  unitLocked: boolean;
  reasonRequired: boolean;
}) {
  const t = useT();
  const form = useFormAction(changeEstimateItemAction);
  const { errors } = form;
  const values = form.state.values ?? initial;
  return (
    <ActionForm form={form} className="space-y-4" label={t("project.estimate.editTitle")} hidden={{ projectId, itemId, expectedVersion }} submit={{ label: t("project.estimate.save"), ...SAVING(t) }}>
      <ItemFields values={values} errors={errors} units={units} withCode={false} hints={hints} unitLocked={unitLocked} />
      <ReasonField value={values.reason} error={errors.reason} required={reasonRequired} />
    </ActionForm>
  );
}

export function RemoveItemForm({ projectId, itemId, expectedVersion, reasonRequired }: { projectId: number; itemId: number; expectedVersion: number; reasonRequired: boolean }) {
  const t = useT();
  const form = useFormAction(removeEstimateItemAction);
  const { values, errors } = form;
  return (
    <ActionForm form={form} className="space-y-4" label={t("project.estimate.removeTitle")} hidden={{ projectId, itemId, expectedVersion }} submit={{ label: t("project.estimate.remove"), className: "btn-danger", ...SAVING(t) }}>
      <ReasonField value={values.reason} error={errors.reason} required={reasonRequired} />
    </ActionForm>
  );
}
