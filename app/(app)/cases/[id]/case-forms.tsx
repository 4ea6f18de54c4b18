"use client";

import { ActionForm } from "@/components/action-form";
import { ChoiceButtons } from "@/components/choice-buttons";
import { HiddenFields } from "@/components/hidden-fields";
import { useT } from "@/components/i18n-provider";
import { SelectField } from "@/components/select-field";
import { SubmitButton } from "@/components/submit-button";
import { TextAreaField } from "@/components/text-area-field";
import { TextField } from "@/components/text-field";
import { useFormAction } from "@/components/use-form-action";
import type { TTranslate } from "@/lib/i18n";
import { addCaseNoteAction, assignCaseAction, attachToCaseAction, detachFromCaseAction, freezeAction, setCaseStatusAction } from "./actions";

/** Every case form's button is a secondary one that says "Saving…" while it runs. */
const SAVE = (t: TTranslate) => ({ className: "btn-secondary", pendingLabel: t("cases.saving") });

export function NoteForm({ caseId }: { caseId: number }) {
  const t = useT();
  const form = useFormAction(addCaseNoteAction);
  return (
    <ActionForm form={form} label={t("cases.addNote")} hidden={{ caseId }} submit={{ label: t("cases.addNote"), ...SAVE(t) }}>
      <TextAreaField name="text" label={t("cases.fields.note")} rows={3} defaultValue={form.values.text} error={form.errors.text} />
    </ActionForm>
  );
}

export function StatusForm({ caseId, current, statuses }: { caseId: number; current: string; statuses: readonly string[] }) {
  const t = useT();
  const form = useFormAction(setCaseStatusAction);
  const { values, errors } = form;
  return (
    <ActionForm form={form} label={t("cases.changeStatus")} hidden={{ caseId }} submit={{ label: t("cases.changeStatus"), ...SAVE(t) }}>
      <SelectField name="status" label={t("cases.fields.status")} defaultValue={values.status ?? current} error={errors.status} options={statuses.map((s) => ({ value: s, label: t(`cases.status.${s}` as never) }))} />
      <TextField name="reason" label={t("cases.fields.statusReason")} defaultValue={values.reason} error={errors.reason} />
    </ActionForm>
  );
}

/** Who works the case: one of the active investigators; the one chosen is told (a notification). */
export function AssignForm({ caseId, current, investigators }: { caseId: number; current: number | null; investigators: { id: number; name: string }[] }) {
  const t = useT();
  const form = useFormAction(assignCaseAction);
  const { values, errors } = form;
  return (
    <ActionForm form={form} label={t("caseAssign.title")} hidden={{ caseId }} submit={{ label: t("caseAssign.submit"), ...SAVE(t) }}>
      <SelectField name="assigneeId" label={t("caseAssign.field")} defaultValue={values.assigneeId ?? (current ? String(current) : "")} error={errors.assigneeId} options={investigators.map((i) => ({ value: String(i.id), label: i.name }))} />
    </ActionForm>
  );
}

/**
 * Attaches evidence: the item chosen with the picker above (decision 0228; its kind and number travel hidden, the
 * reader sees what it is), or, for the kinds the picker does not search (colours, projects, flags), by kind and
 * number.
 */
export function AttachForm({ caseId, types, chosen }: { caseId: number; types: readonly string[]; chosen?: { type: string; id: string; label: string } | null }) {
  const t = useT();
  const form = useFormAction(attachToCaseAction);
  const { values, errors } = form;
  return (
    <ActionForm form={form} label={t("cases.attach")} hidden={{ caseId, itemType: chosen?.type, itemId: chosen?.id }} submit={{ label: t("cases.attach"), ...SAVE(t) }}>
      {chosen ? (
        <>
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
    </ActionForm>
  );
}

export function DetachButton({ caseId, itemType, itemId, label }: { caseId: number; itemType: string; itemId: string; label: string }) {
  const t = useT();
  const { state, formAction } = useFormAction(detachFromCaseAction);
  return (
    <form action={formAction} className="inline">
      <HiddenFields values={{ caseId, itemType, itemId }} />
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
  const form = useFormAction(freezeAction);
  const { values, errors } = form;
  return (
    <ActionForm form={form} label={t("cases.freeze.title")} hidden={{ caseId }}>
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
      <ChoiceButtons
        name="isFrozen"
        pendingLabel={t("cases.saving")}
        choices={[
          { value: "true", label: t("cases.freeze.freeze"), className: "btn-danger" },
          { value: "false", label: t("cases.freeze.unfreeze") },
        ]}
      />
    </ActionForm>
  );
}
