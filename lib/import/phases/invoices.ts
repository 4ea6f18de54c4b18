import "server-only";
import { saveInvoice } from "../../invoices/save-invoice";
import { atHistoricMoment } from "../../ledger/history-moment";
import { amount, choice, day, instant, quantity, text } from "../cells";
import { type TDocument } from "../import-run";
import { BundleParts, binNumberKey, day0, type TImportPhase, type TPhaseContext } from "./phase";

/** invoices.csv with invoice-lines.csv: submitted at their own moment (or kept as drafts). */
export const invoicesPhase: TImportPhase = {
  files: ["invoices.csv", "invoice-lines.csv"],
  async apply(context) {
    // No phase from here on adds a contract: one found by its number alone can be remembered.
    context.find.contractsComplete = true;
    const docs = context.run.documents("invoices.csv", (r) => binNumberKey(r.issuer_bin, r.invoice_number), "invoice-lines.csv", (r) => binNumberKey(r.issuer_bin, r.invoice_number), (k) => `invoice ${k.replace("|", " of BIN ")}`);
    // Invoices of different projects bill different estimates under different contracts and journal chains: a few
    // projects at once, each project's in file order (each submission judged against what was billed before it).
    // A purpose rule's refusal names the line it concerns: reported at that row of invoice-lines.csv.
    const parts = new BundleParts(context.run);
    await context.run.applyInParts(docs, (doc) => parts.ofInvoice(doc.row.issuer_bin, doc.row.invoice_number), (doc) => importInvoice(context, doc), context.workers, (doc) => doc.children);
  },
};

async function importInvoice({ run, find }: TPhaseContext, doc: TDocument) {
  const r = doc.row;
  const bin = text(r, "issuer_bin");
  const number = text(r, "invoice_number");
  const contract = await find.contractByNumber(doc.head, "issuer_bin", bin, "contract_number", text(r, "contract_number"));
  const actor = await find.actorByEmail(doc.head, text(r, "submitted_by"));
  const submittedAt = instant(r, "submitted_at", { required: false });
  const lines: { estimateItemId: number; quantityMilli: bigint; unitPriceTiyn: bigint }[] = [];
  for (const c of doc.children) {
    const item = await run.cell(c, () => find.estimateItem(c, contract.projectId, text(c.row, "item_code")));
    lines.push(run.cell(c, () => ({ estimateItemId: item.id, quantityMilli: quantity(c.row, "quantity"), unitPriceTiyn: amount(c.row, "unit_price") })));
  }
  const save = () =>
    saveInvoice({
      actor,
      now: submittedAt ?? new Date(),
      input: { contractId: contract.id, number, kind: choice(r, "kind", ["work", "advance"] as const), issuedOn: day0(day(r, "issued_on")!), lines, submissionKey: `import:${bin}:${number}`, intent: submittedAt ? "submit" : "draft" },
    });
  // A submission's journal entry is dated at the submission (decision 0144).
  await (submittedAt ? atHistoricMoment(submittedAt, save) : save());
}
