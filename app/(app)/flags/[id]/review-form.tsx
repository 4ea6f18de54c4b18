"use client";

import { FormMessage } from "@/components/form-message";
import { useT } from "@/components/i18n-provider";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { dismissFlagAction, reopenFlagAction } from "./actions";

/** Dismiss an open flag with a reason, or put a dismissed one back in the queue. */
export function ReviewForm({ flagId, isDismissed }: { flagId: number; isDismissed: boolean }) {
  const t = useT();
  const dismiss = useFormAction(dismissFlagAction);
  const reopen = useFormAction(reopenFlagAction);
  if (isDismissed) {
    return (
      <form key={reopen.formKey} action={reopen.formAction} className="card space-y-3 p-4" aria-label={t("flags.review.reopen")}>
        <FormMessage state={reopen.state.ok ? reopen.state : dismiss.state.ok ? dismiss.state : reopen.state} />
        <input type="hidden" name="flagId" value={flagId} />
        <SubmitButton className="btn-secondary" pendingLabel={t("flags.review.reopening")}>
          {t("flags.review.reopen")}
        </SubmitButton>
      </form>
    );
  }
  return (
    <form key={dismiss.formKey} action={dismiss.formAction} className="card space-y-3 p-4" aria-label={t("flags.review.dismiss")}>
      <FormMessage state={dismiss.state.ok ? dismiss.state : reopen.state.ok ? reopen.state : dismiss.state} />
      <input type="hidden" name="flagId" value={flagId} />
      <label htmlFor="reason" className="block text-sm font-medium text-slate-700">
        {t("flags.review.reason")}
      </label>
      <textarea id="reason" name="reason" rows={2} className="input" defaultValue={dismiss.state.ok ? "" : (dismiss.values.reason ?? "")} />
      <SubmitButton className="btn-secondary" pendingLabel={t("flags.review.dismissing")}>
        {t("flags.review.dismiss")}
      </SubmitButton>
    </form>
  );
}
