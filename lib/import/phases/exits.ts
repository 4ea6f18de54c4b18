import "server-only";
import { exitCircuit } from "../../contractors/exit-circuit";
import { atHistoricMoment } from "../../ledger/history-moment";
import { amount, choice, instant, text } from "../cells";
import { type TDocument } from "../import-run";
import { BundleParts, type TImportPhase, type TPhaseContext } from "./phase";

/** exits.csv: wages and taxes a company paid out of a colour, each judged by the colour's rules at its own moment. */
export const exitsPhase: TImportPhase = {
  files: ["exits.csv"],
  async apply(context) {
    // Exits of different projects touch different accounts and journal chains: a few projects at once.
    const parts = new BundleParts(context.run);
    await context.run.applyInParts(context.run.singleRows("exits.csv"), (doc) => parts.ofAllocation(doc.row.allocation_ref), (doc) => importExit(context, doc), context.workers);
  },
};

async function importExit({ find }: TPhaseContext, doc: TDocument) {
  const r = doc.row;
  const company = await find.organizationByBin(doc.head, "company_bin", text(r, "company_bin"), "company");
  const colour = await find.colourByRef(doc.head, text(r, "allocation_ref"));
  const kind = choice(r, "kind", ["wages", "taxes"] as const);
  const amountTiyn = amount(r, "amount");
  const at = instant(r, "paid_at")!;
  const actor = await find.optionalActor(doc.head, text(r, "paid_by", { required: false }));
  // The row's place is its idempotency key: importing the same bundle twice pays nothing twice.
  const idempotencyKey = `import:exit:${company.bin}:${colour.id}:${kind}:${at.toISOString()}:${amountTiyn}`;
  // Dated at its own moment (decision 0144): the transfer, the lots it consumes and its journal entry.
  await atHistoricMoment(at, () => exitCircuit({ actor, colourId: colour.id, organizationId: company.id, kind, amountTiyn, idempotencyKey, now: at }));
}
