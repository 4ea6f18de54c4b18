"use client";

import { FormMessage } from "@/components/form-message";
import { useT } from "@/components/i18n-provider";
import { SubmitButton } from "@/components/submit-button";
import { DateField } from "@/components/date-field";
import { useFormAction } from "@/components/use-form-action";
import { debarCompanyAction, liftDebarmentAction } from "./actions";

/**
 * Debars a company in good standing, or lifts the debarment of a debarred one; both need a reason. One form
 * for both, so the outcome of the last decision stays on screen when the page refreshes into the other mode.
 */
export function DebarmentForm({ companyId, isDebarred, today, notAllowed }: { companyId: number; isDebarred: boolean; today: string; notAllowed: string | null }) {
  const t = useT();
  const { state, formAction, formKey, values: v, errors: err } = useFormAction(isDebarred ? liftDebarmentAction : debarCompanyAction);
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
  return (
    <form key={formKey} action={formAction} className="space-y-3" aria-label={title} noValidate>
      <FormMessage state={state} />
      <p className="text-sm text-slate-600">{isDebarred ? t("contractors.liftIntro") : t("contractors.debarIntro")}</p>
      <input type="hidden" name="companyId" value={companyId} />
      <div>
        <label htmlFor="debarment-reason" className="mb-1 block text-sm font-medium text-slate-700">
          {isDebarred ? t("contractors.liftReason") : t("contractors.reason")}
        </label>
        <textarea
          id="debarment-reason"
          name="reason"
          rows={3}
          className="input"
          defaultValue={v.reason}
          aria-invalid={err.reason ? true : undefined}
          aria-describedby={`debarment-reason-hint${err.reason ? " debarment-reason-error" : ""}`}
        />
        <p id="debarment-reason-hint" className="mt-1 text-xs text-slate-500">
          {t("contractors.reasonHint")}
        </p>
        {err.reason ? (
          <p id="debarment-reason-error" className="mt-1 text-xs text-red-700">
            {err.reason}
          </p>
        ) : null}
      </div>
      {isDebarred ? null : <DateField name="debarredOn" label={t("contractors.debarredOn")} defaultValue={v.debarredOn ?? today} error={err.debarredOn} />}
      <SubmitButton className={isDebarred ? "btn-secondary" : "btn-danger"} pendingLabel={isDebarred ? t("contractors.lifting") : t("contractors.debarring")}>
        {title}
      </SubmitButton>
    </form>
  );
}
