"use client";

import { ActionForm } from "@/components/action-form";
import { FormMessage } from "@/components/form-message";
import { useT } from "@/components/i18n-provider";
import { TextAreaField } from "@/components/text-area-field";
import { DateField } from "@/components/date-field";
import { useFormAction } from "@/components/use-form-action";
import { debarCompanyAction, liftDebarmentAction } from "./actions";

/**
 * Debars a company in good standing, or lifts the debarment of a debarred one; both need a reason. One form
 * for both, so the outcome of the last decision stays on screen when the page refreshes into the other mode.
 */
export function DebarmentForm({ companyId, isDebarred, today, notAllowed }: { companyId: number; isDebarred: boolean; today: string; notAllowed: string | null }) {
  const t = useT();
  const form = useFormAction(isDebarred ? liftDebarmentAction : debarCompanyAction);
  const { state, values: v, errors: err } = form;
  const title = isDebarred ? t("contractors.lift") : t("contractors.debar");
  // Who may not decide reads why instead of a form; the last decision's outcome (this reader's own) stays above it.
  if (notAllowed) {
    return (
      <div className="space-y-3">
        <FormMessage state={state} />
        <p className="text-sm text-slate-600">{notAllowed}</p>
      </div>
    );
  }
  const submit = { label: title, className: isDebarred ? "btn-secondary" : "btn-danger", pendingLabel: isDebarred ? t("contractors.lifting") : t("contractors.debarring") };
  return (
    <ActionForm form={form} className="space-y-3" label={title} hidden={{ companyId }} submit={submit}>
      <p className="text-sm text-slate-600">{isDebarred ? t("contractors.liftIntro") : t("contractors.debarIntro")}</p>
      <TextAreaField id="debarment-reason" name="reason" rows={3} label={isDebarred ? t("contractors.liftReason") : t("contractors.reason")} hint={t("contractors.reasonHint")} defaultValue={v.reason} error={err.reason} />
      {isDebarred ? null : <DateField name="debarredOn" label={t("contractors.debarredOn")} defaultValue={v.debarredOn ?? today} error={err.debarredOn} />}
    </ActionForm>
  );
}
