// The parts of the bundle added for issue 15's import item 3 (decisions 0163–0165): a company's people with the
// day each role began, users' persons, relations between persons, wages and taxes exits, debarments. Each writes
// rows in the column order of lib/import/format.ts; what cannot be written is named in `warnings`.
import "server-only";
import { prisma } from "../db";
import { writeAmount, writeDay, writeInstant } from "./cells";

type TDb = ReturnType<typeof prisma>;
type TAdd = (file: "person-relations.csv" | "exits.csv" | "debarments.csv", row: string[]) => void;

/** person-relations.csv: each relation once (from the person with the lower id), both persons by IIN. */
export async function exportPersonRelations(db: TDb, add: TAdd, warnings: string[]) {
  const relations = await db.personRelation.findMany({ orderBy: { id: "asc" }, include: { person: true, related: true } });
  let unnamed = 0;
  for (const r of relations) {
    if (r.personId > r.relatedId) continue;
    if (!r.person.iin || !r.related.iin) unnamed++;
    else add("person-relations.csv", [r.person.iin, r.related.iin, r.kind]);
  }
  if (unnamed) warnings.push(`${unnamed} relation(s) between persons without an IIN cannot be exported (the bundle names persons by IIN).`);
}

/**
 * exits.csv: every wages and taxes exit, dated as the ledger dated it, in the order of those moments. Ties are put in
 * the order of what the rows say, not of ids: the import replays a few projects at once (decision 0215), so ids
 * interleave projects differently from one import to the next, and export → import → export must give the same file.
 */
export async function exitRows(db: TDb, add: TAdd, refs: Map<number, string>, bins: Map<number, string>, email: (id: number | null) => string) {
  const exits = await db.$queryRaw<{ colour_id: number; organization_id: number; kind: string; amount_tiyn: bigint; created_at: Date; actor_id: number | null }[]>`
    SELECT t.colour_id, f.organization_id, substr(a.holder_key, 6) AS kind, t.amount_tiyn, t.created_at, t.actor_id
    FROM transfer t JOIN account f ON f.id = t.from_account_id JOIN account a ON a.id = t.to_account_id
    WHERE t.kind = 'exit' AND a.holder_key IN ('exit:wages', 'exit:taxes') AND f.organization_id IS NOT NULL
    ORDER BY t.created_at, t.id`;
  const rows = exits.map((e) => ({ at: e.created_at.getTime(), row: [bins.get(e.organization_id) ?? "", refs.get(e.colour_id) ?? "", e.kind, writeAmount(e.amount_tiyn), writeInstant(e.created_at), email(e.actor_id)] }));
  // Stable: rows equal in moment and content keep their posting order (and are interchangeable anyway).
  rows.sort((a, b) => a.at - b.at || compareRows(a.row, b.row));
  for (const { row } of rows) add("exits.csv", row);
  return exits.length;
}

/** Rows in plain code-unit order of their cells (no locale): the same on every machine. */
export function compareRows(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length - b.length;
}

/** debarments.csv: the companies in the register now, with the day and the reason. */
export async function exportDebarments(db: TDb, add: TAdd) {
  const debarred = await db.organization.findMany({ where: { kind: "company", isDebarred: true, bin: { not: null } }, orderBy: { id: "asc" } });
  for (const o of debarred) add("debarments.csv", [o.bin!, writeDay(o.debarredOn), o.debarredReason ?? ""]);
}

/** What moved money but is not in the format: a final supplier's release, returns, reversals, and top-ups (one allocation each). */
export async function warnUnexportedTransfers(db: TDb, warnings: string[]) {
  const unexported = await db.$queryRaw<{ kind: string; n: bigint }[]>`
    SELECT t.kind::text, count(*)::bigint AS n FROM transfer t JOIN account a ON a.id = t.to_account_id
    WHERE t.kind IN ('exit', 'return', 'reversal') AND a.holder_key NOT IN ('exit:wages', 'exit:taxes') GROUP BY t.kind ORDER BY t.kind`;
  for (const u of unexported) warnings.push(`${u.n} transfer(s) of kind ${u.kind} are not in the format and are not exported.`);
  const topUps = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*)::bigint AS n FROM transfer WHERE kind = 'mint' AND document_type = 'allocation' GROUP BY colour_id HAVING count(*) > 1`;
  if (topUps.length) warnings.push(`${topUps.length} allocation(s) were topped up: each is exported as one allocation of its whole minted amount.`);
}

type TInvoiceDecisions = { id: number; issuerId: number; number: string; status: string; paidAt: Date | null; submittedAt: Date | null; createdAt: Date; createdById: number; decisions: { id: number; invoiceId: number; userId: number; decision: string; decidedAt: Date; reason: string | null }[] };

/** approvals.csv: every decision, then withdrawals (which the model does not date). */
export function approvalRows(invoices: TInvoiceDecisions[], add: (file: "approvals.csv", row: string[]) => void, bins: Map<number, string>, email: (id: number | null) => string, warnings: string[]) {
  // Decisions in the order they were taken; the approval that paid an invoice carries the invoice's paid_at when
  // the payment came later (decision 0166). A releasing decision recorded before decisions were dated (at the
  // import's clock, after the payment) is written at the payment's moment. Decisions taken at the same moment are
  // in the order of what their rows say, those of one invoice in the order they were recorded — not by id across
  // invoices: the import replays a few projects at once (decision 0215), so ids interleave projects differently
  // from one import to the next, and export → import → export must give the same file.
  const byInvoice = new Map(invoices.map((i) => [i.id, i]));
  const decisions = invoices.flatMap((i) => i.decisions).sort((a, b) => a.id - b.id);
  const rows = decisions.map((d, order) => {
    const invoice = byInvoice.get(d.invoiceId)!;
    const releasing = invoice.status === "paid" && d.decision === "approve" && d.id === Math.max(...invoice.decisions.filter((x) => x.decision === "approve").map((x) => x.id));
    const paidAt = releasing ? invoice.paidAt : null;
    const decidedAt = paidAt && d.decidedAt > paidAt ? paidAt : d.decidedAt;
    return { at: decidedAt.getTime(), invoice: invoice.id, order, row: [bins.get(invoice.issuerId) ?? "", invoice.number, d.decision, email(d.userId), writeInstant(decidedAt), d.reason ?? "", paidAt && paidAt > decidedAt ? writeInstant(paidAt) : ""] };
  });
  rows.sort((a, b) => a.at - b.at || (a.invoice === b.invoice ? a.order - b.order : compareRows(a.row, b.row)));
  for (const { row } of rows) add("approvals.csv", row);
  for (const i of invoices.filter((x) => x.status === "withdrawn")) {
    add("approvals.csv", [bins.get(i.issuerId) ?? "", i.number, "withdraw", email(i.createdById), writeInstant(i.submittedAt ?? i.createdAt), "", ""]);
    warnings.push(`Invoice ${i.number} of ${bins.get(i.issuerId)} was withdrawn: the withdrawal is exported after every other decision.`);
  }
}
