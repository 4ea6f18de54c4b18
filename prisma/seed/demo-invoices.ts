import type { TActor } from "../../lib/actor";
import { saveInvoice, submitDraftInvoice } from "../../lib/invoices/save-invoice";
import { atHistoricMoment } from "../../lib/ledger/history-moment";
import { RuleRefusal } from "../../lib/ledger/refusal";

// The demo's invoices go through the invoice form's own use case (saveInvoice): the purpose rules judge every
// submission, as on the screen (decision 0118). Submitted on the morning of their issue date, so that the rules
// judge them on the day the story says, not on the day the seed runs.
export type TDemoInvoice = {
  contractId: number;
  number: string;
  kind?: "work" | "advance";
  issuedOn: string;
  lines: { estimateItemId: number; quantityMilli: bigint; unitPriceTiyn: bigint }[];
};

const morningOf = (day: string) => new Date(`${day}T04:00:00Z`);

function inputOf(invoice: TDemoInvoice, intent: "draft" | "submit") {
  return { contractId: invoice.contractId, number: invoice.number, kind: invoice.kind ?? "work", issuedOn: new Date(invoice.issuedOn), lines: invoice.lines, submissionKey: `demo:${invoice.number}`, intent };
}

/** A contractor submits an invoice the rules accept. */
export function submitDemoInvoice(actor: TActor, invoice: TDemoInvoice) {
  // Its journal entries dated then too (decision 0144).
  return atHistoricMoment(morningOf(invoice.issuedOn), () => saveInvoice({ actor, input: inputOf(invoice, "submit"), now: morningOf(invoice.issuedOn) }));
}

/**
 * A contractor saves a draft that breaks a purpose rule and presses "Submit": the rules refuse it, the refusal is
 * recorded against the draft (a refused attempt the investigators and the contractor see), the draft stays.
 * The seed stops if the rules let it through: the demo would then tell a story the portal does not.
 */
export async function refusedDemoInvoice(actor: TActor, invoice: TDemoInvoice) {
  const draft = await saveInvoice({ actor, input: inputOf(invoice, "draft"), now: morningOf(invoice.issuedOn) });
  try {
    await submitDraftInvoice({ actor, invoiceId: draft.id, now: morningOf(invoice.issuedOn) });
  } catch (error) {
    if (error instanceof RuleRefusal) return draft;
    throw error;
  }
  throw new Error(`demo: ${invoice.number} was meant to be refused by the purpose rules, and was accepted`);
}
