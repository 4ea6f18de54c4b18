"use client";

import { FormMessage } from "@/components/form-message";
import { useT } from "@/components/i18n-provider";
import { SelectField } from "@/components/select-field";
import { SubmitButton } from "@/components/submit-button";
import { TextField } from "@/components/text-field";
import { useFormAction } from "@/components/use-form-action";
import { addCaseNoteAction, assignCaseAction, attachToCaseAction, detachFromCaseAction, freezeAction, setCaseStatusAction } from "./actions";

export function NoteForm({ caseId }: { caseId: number }) {
  const t = useT();
  const { state, formAction, formKey, values, errors } = useFormAction(addCaseNoteAction);
  return (
    <form key={formKey} action={formAction} className="space-y-2" aria-label={t("cases.addNote")} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="caseId" value={caseId} />
      <label htmlFor="field-text" className="block text-sm font-medium text-slate-700">
        {t("cases.fields.note")}
      </label>
      <textarea id="field-text" name="text" rows={3} className="input" defaultValue={values.text} aria-invalid={errors.text ? true : undefined} />
      {errors.text ? <p className="text-xs text-red-700">{errors.text}</p> : null}
      <SubmitButton className="btn-secondary" pendingLabel={t("cases.saving")}>
        {t("cases.addNote")}
      </SubmitButton>
    </form>
  );
}

export function StatusForm({ caseId, current, statuses }: { caseId: number; current: string; statuses: readonly string[] }) {
  const t = useT();
  const { state, formAction, formKey, values, errors } = useFormAction(setCaseStatusAction);
  return (
    <form key={formKey} action={formAction} className="space-y-2" aria-label={t("cases.changeStatus")} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="caseId" value={caseId} />
      <SelectField name="status" label={t("cases.fields.status")} defaultValue={values.status ?? current} error={errors.status} options={statuses.map((s) => ({ value: s, label: t(`cases.status.${s}` as never) }))} />
      <TextField name="reason" label={t("cases.fields.statusReason")} defaultValue={values.reason} error={errors.reason} />
      <SubmitButton className="btn-secondary" pendingLabel={t("cases.saving")}>
        {t("cases.changeStatus")}
      </SubmitButton>
    </form>
  );
}

/** Who works the case: one of the active investigators; the one chosen is told (a notification). */
export function AssignForm({ caseId, current, investigators }: { caseId: number; current: number | null; investigators: { id: number; name: string }[] }) {
  const t = useT();
  const { state, formAction, formKey, values, errors } = useFormAction(assignCaseAction);
  return (
    <form key={formKey} action={formAction} className="space-y-2" aria-label={t("caseAssign.title")} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="caseId" value={caseId} />
      <SelectField name="assigneeId" label={t("caseAssign.field")} defaultValue={values.assigneeId ?? (current ? String(current) : "")} error={errors.assigneeId} options={investigators.map((i) => ({ value: String(i.id), label: i.name }))} />
      <SubmitButton className="btn-secondary" pendingLabel={t("cases.saving")}>
        {t("caseAssign.submit")}
      </SubmitButton>
    </form>
  );
}

/**
 * Attaches evidence: the item chosen with the picker above (decision 0228; its kind and number travel hidden, the
 * reader sees what it is), or, for the kinds the picker does not search (colours, projects, flags), by kind and
 * number.
 */
export function AttachForm({ caseId, types, chosen }: { caseId: number; types: readonly string[]; chosen?: { type: string; id: string; label: string } | null }) {
  const t = useT();
  const { state, formAction, formKey, values, errors } = useFormAction(attachToCaseAction);
  return (
    <form key={formKey} action={formAction} className="space-y-2" aria-label={t("cases.attach")} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="caseId" value={caseId} />
      {chosen ? (
        <>
          <input type="hidden" name="itemType" value={chosen.type} />
          <input type="hidden" name="itemId" value={chosen.id} />
          <p className="text-sm text-slate-800" data-testid="evidence-chosen">
            {t("pickers.evidence.chosen", { item: chosen.label })}
          </p>
          {errors.itemId || errors.itemType ? <p className="text-xs text-red-700">{errors.itemId || errors.itemType}</p> : null}
          <TextField name="note" label={t("cases.fields.itemNote")} defaultValue={values.note} error={errors.note} />
        </>
      ) : (
        <div className="grid gap-2 sm:grid-cols-3">
          <SelectField name="itemType" label={t("cases.fields.itemType")} defaultValue={values.itemType ?? "transfer"} error={errors.itemType} options={types.map((ty) => ({ value: ty, label: t(`cases.itemTypes.${ty}` as never) }))} />
          <TextField name="itemId" label={t("cases.fields.itemId")} inputMode="numeric" defaultValue={values.itemId} error={errors.itemId} />
          <TextField name="note" label={t("cases.fields.itemNote")} defaultValue={values.note} error={errors.note} />
        </div>
      )}
      <SubmitButton className="btn-secondary" pendingLabel={t("cases.saving")}>
        {t("cases.attach")}
      </SubmitButton>
    </form>
  );
}

export function DetachButton({ caseId, itemType, itemId, label }: { caseId: number; itemType: string; itemId: string; label: string }) {
  const t = useT();
  const { state, formAction } = useFormAction(detachFromCaseAction);
  return (
    <form action={formAction} className="inline">
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="itemType" value={itemType} />
      <input type="hidden" name="itemId" value={itemId} />
      <SubmitButton className="text-xs text-red-700 hover:underline">
        {t("cases.detach")}
        <span className="sr-only"> {label}</span>
      </SubmitButton>
      {state.message && !state.ok ? <span role="alert" className="ml-2 text-xs text-red-700">{state.message}</span> : null}
    </form>
  );
}

type TColourChoice = { id: number; label: string; isFrozen: boolean };
type TCompanyChoice = { id: number; name: string };

export function FreezeForm({ caseId, colours, companies }: { caseId: number; colours: TColourChoice[]; companies: TCompanyChoice[] }) {
  const t = useT();
  const { state, formAction, formKey, values, errors } = useFormAction(freezeAction);
  return (
    <form key={formKey} action={formAction} className="space-y-2" aria-label={t("cases.freeze.title")} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="caseId" value={caseId} />
      <div className="grid gap-2 sm:grid-cols-2">
        <SelectField name="colourId" label={t("cases.freeze.colour")} defaultValue={values.colourId ?? String(colours[0]?.id ?? "")} error={errors.colourId} options={colours.map((c) => ({ value: c.id, label: c.label }))} />
        <SelectField name="organizationId" label={t("cases.freeze.scope")} defaultValue={values.organizationId ?? ""} error={errors.organizationId}>
          <option value="">{t("cases.freeze.wholeColour")}</option>
          {companies.map((c) => (
            <option key={c.id} value={c.id}>
              {t("cases.freeze.onlyAccountOf", { name: c.name })}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField name="reason" label={t("cases.freeze.reason")} hint={t("cases.freeze.reasonHint")} defaultValue={values.reason} error={errors.reason} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton className="btn-danger" name="isFrozen" value="true" pendingLabel={t("cases.saving")}>
          {t("cases.freeze.freeze")}
        </SubmitButton>
        <SubmitButton className="btn-secondary" name="isFrozen" value="false" pendingLabel={t("cases.saving")}>
          {t("cases.freeze.unfreeze")}
        </SubmitButton>
      </div>
    </form>
  );
}
