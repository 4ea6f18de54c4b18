import "server-only";
import { withdrawInvoice } from "../../invoices/save-invoice";
import { approveInvoice } from "../../invoices/approve-invoice";
import { rejectInvoice } from "../../invoices/reject-invoice";
import { atHistoricMoment } from "../../ledger/history-moment";
import { choice, instant, text } from "../cells";
import { RowRefusal } from "../describe-refusal";
import { type TDocument } from "../import-run";
import { BundleParts, type TImportPhase, type TPhaseContext } from "./phase";

/** approvals.csv: every decision in order; the approval that completes an invoice's approvals pays it. */
export const approvalsPhase: TImportPhase = {
  files: ["approvals.csv"],
  async apply(context) {
    // Each row is a decision of its own: the same invoice is decided on more than once, so no duplicate check.
    // Decisions of different projects touch different balances and journal chains: a few projects at once.
    const parts = new BundleParts(context.run);
    // The invoices are all in (the phase before): their ids by number at once, not one query per invoice.
    await context.find.rememberInvoices();
    await context.run.applyInParts(context.run.singleRows("approvals.csv"), (doc) => parts.ofInvoice(doc.row.issuer_bin, doc.row.invoice_number), (doc) => importDecision(context, doc), context.workers);
  },
};

async function importDecision({ find }: TPhaseContext, doc: TDocument) {
  const row = doc.row;
  const invoice = await find.invoiceByNumber(doc.head, text(row, "issuer_bin"), text(row, "invoice_number"));
  const actor = await find.actorByEmail(doc.head, text(row, "decided_by"));
  const decision = choice(row, "decision", ["approve", "reject", "withdraw"] as const);
  const at = instant(row, "decided_at");
  // A payment the treasury made after the approval that released it (decision 0166): judged and dated then.
  const paidAt = instant(row, "paid_at", { required: false });
  if (paidAt && (decision !== "approve" || (at && paidAt < at))) throw new RowRefusal(doc.head.file, doc.head.line, "Column paid_at: only an approval releases a payment, and not before it was decided.");
  const decide = async () => {
    if (decision === "approve") await approveInvoice({ actor, invoiceId: invoice.id, now: paidAt ?? at ?? new Date() });
    else if (decision === "reject") await rejectInvoice({ actor, invoiceId: invoice.id, reason: text(row, "reason"), now: at ?? new Date() });
    else await withdrawInvoice({ actor, invoiceId: invoice.id });
  };
  // The payment an approval releases, and every journal entry, are dated at the decision (decision 0144), or at
  // paid_at when the bundle gives it, the decision itself still dated at decided_at (decision 0166).
  if (paidAt) await atHistoricMoment(paidAt, decide, at ?? undefined);
  else await (at ? atHistoricMoment(at, decide) : decide());
}
