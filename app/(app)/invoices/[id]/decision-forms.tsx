"use client";

import { formCard } from "@/components/form-card";
import { ActionForm } from "@/components/action-form";
import { useT } from "@/components/i18n-provider";
import { SubmitButton } from "@/components/submit-button";
import { TextAreaField } from "@/components/text-area-field";
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
      <ActionForm form={approve} className={formCard((decidable && canApprove) || Boolean(approve.state.message))} label={t("invoices.approve")} hidden={{ invoiceId, number }}>
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
      </ActionForm>
      <ActionForm form={reject} className={formCard(decidable || Boolean(reject.state.message))} label={t("invoices.reject")} hidden={{ invoiceId }} submit={decidable ? { label: t("invoices.reject"), className: "btn-danger", pendingLabel: t("invoices.rejecting") } : null}>
        {decidable ? <TextAreaField id="reason" name="reason" label={t("invoices.rejectReason")} defaultValue={reject.state.ok ? "" : (reject.values.reason ?? "")} error={reject.errors.reason} /> : null}
      </ActionForm>
    </div>
  );
}
