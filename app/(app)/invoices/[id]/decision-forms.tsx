"use client";

import { formCard } from "@/components/form-card";
import { FormMessage } from "@/components/form-message";
import { useT } from "@/components/i18n-provider";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { approveInvoiceAction, rejectInvoiceAction } from "./actions";

/**
 * Stays mounted after a decision (the buttons go), so the outcome stays on screen when the page refreshes.
 * `refused`: the review finds violations the rules refuse; "Approve" is held back, with the reason beside it
 * (the server refuses such an approval all the same).
 */
export function DecisionForms({ invoiceId, number, canApprove, decidable, refused = false }: { invoiceId: number; number: string; canApprove: boolean; decidable: boolean; refused?: boolean }) {
  const t = useT();
  const approve = useFormAction(approveInvoiceAction);
  const reject = useFormAction(rejectInvoiceAction);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <form key={approve.formKey} action={approve.formAction} className={formCard((decidable && canApprove) || Boolean(approve.state.message))} aria-label={t("invoices.approve")}>
        <FormMessage state={approve.state} />
        <input type="hidden" name="invoiceId" value={invoiceId} />
        <input type="hidden" name="number" value={number} />
        {decidable && canApprove ? (
          <>
            <SubmitButton className="btn-primary" pendingLabel={t("invoices.approving")} disabled={refused} describedBy={refused ? "approve-refused" : undefined}>
              {t("invoices.approve")}
            </SubmitButton>
            {refused ? (
              <p id="approve-refused" className="text-sm text-red-800">
                {t("polish.approveRefused")}
              </p>
            ) : null}
          </>
        ) : null}
      </form>
      <form key={reject.formKey} action={reject.formAction} className={formCard(decidable || Boolean(reject.state.message))} aria-label={t("invoices.reject")} noValidate>
        <FormMessage state={reject.state} />
        <input type="hidden" name="invoiceId" value={invoiceId} />
        {decidable ? (
          <>
            <label htmlFor="reason" className="block text-sm font-medium text-slate-700">
              {t("invoices.rejectReason")}
            </label>
            <textarea
              id="reason"
              name="reason"
              rows={2}
              className="input"
              defaultValue={reject.state.ok ? "" : (reject.values.reason ?? "")}
              aria-invalid={reject.errors.reason ? true : undefined}
              aria-describedby={reject.errors.reason ? "reason-error" : undefined}
            />
            {reject.errors.reason ? (
              <p id="reason-error" className="text-xs text-red-700">
                {reject.errors.reason}
              </p>
            ) : null}
            <SubmitButton className="btn-danger" pendingLabel={t("invoices.rejecting")}>
              {t("invoices.reject")}
            </SubmitButton>
          </>
        ) : null}
      </form>
    </div>
  );
}
