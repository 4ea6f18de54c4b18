"use client";

import { ActionForm } from "@/components/action-form";
import { useT } from "@/components/i18n-provider";
import { TextAreaField } from "@/components/text-area-field";
import { useFormAction } from "@/components/use-form-action";
import { dismissFlagAction, reopenFlagAction } from "./actions";

/** Dismiss an open flag with a reason, or put a dismissed one back in the queue. */
export function ReviewForm({ flagId, isDismissed }: { flagId: number; isDismissed: boolean }) {
  const t = useT();
  const dismiss = useFormAction(dismissFlagAction);
  const reopen = useFormAction(reopenFlagAction);
  // The page swaps one form for the other after an answer: the one shown speaks for whichever last succeeded.
  const [shown, other] = isDismissed ? [reopen, dismiss] : [dismiss, reopen];
  const message = shown.state.ok ? shown.state : other.state.ok ? other.state : shown.state;
  const submit = isDismissed ? { label: t("flags.review.reopen"), pendingLabel: t("flags.review.reopening") } : { label: t("flags.review.dismiss"), pendingLabel: t("flags.review.dismissing") };
  return (
    <ActionForm form={shown} className="card space-y-3 p-4" label={submit.label} message={message} hidden={{ flagId }} submit={{ ...submit, className: "btn-secondary" }}>
      {isDismissed ? null : <TextAreaField id="reason" name="reason" label={t("flags.review.reason")} defaultValue={dismiss.state.ok ? "" : (dismiss.values.reason ?? "")} error={dismiss.errors.reason} />}
    </ActionForm>
  );
}
