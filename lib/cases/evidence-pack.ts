import "server-only";
import crypto from "node:crypto";
import type { TActor } from "../actor";
import { toCsv } from "../csv";
import { prisma } from "../db";
import { exportJournal } from "../ledger/verify-journal";
import { tiynToDecimalString } from "../money";
import { createZip, type TZipEntry } from "../zip";
import { traceMoney, type TTrace } from "../trace/trace";
import { getCase } from "./list-cases";

const json = (value: unknown) => JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v), 2);

/**
 * One download with everything a prosecutor needs: the case and its history, its transfers as CSV and JSON, the
 * traces of its evidence, and the journal chains of every colour involved — complete from the first entry, so
 * `npm run journal:verify -- --file journal.jsonl` re-checks every hash offline. A manifest lists each file's SHA-256.
 */
export async function buildEvidencePack({ actor, caseId, now = new Date() }: { actor: TActor; caseId: number; now?: Date }) {
  const c = await getCase({ actor, caseId });
  const db = prisma();
  const transferIds = c.items.filter((i) => i.type === "transfer").map((i) => BigInt(i.id));
  const invoiceIds = c.items.filter((i) => i.type === "invoice").map((i) => BigInt(i.id));
  const transfers = await db.$queryRaw<{ id: bigint; colour_id: number; kind: string; amount_tiyn: bigint; created_at: Date; document_type: string; document_id: bigint | null; from_key: string; from_name: string | null; to_key: string; to_name: string | null }[]>`
    SELECT t.id, t.colour_id, t.kind::text AS kind, t.amount_tiyn, t.created_at, t.document_type, t.document_id,
           fa.holder_key AS from_key, fo.name AS from_name, ta.holder_key AS to_key, tor.name AS to_name
    FROM transfer t
    JOIN account fa ON fa.id = t.from_account_id LEFT JOIN organization fo ON fo.id = fa.organization_id
    JOIN account ta ON ta.id = t.to_account_id LEFT JOIN organization tor ON tor.id = ta.organization_id
    WHERE t.id = ANY(${transferIds}::bigint[]) OR (t.document_type = 'invoice' AND t.document_id = ANY(${invoiceIds}::bigint[]))
    ORDER BY t.id`;

  const traces: { item: string; direction: string; trace: TTrace }[] = [];
  for (const item of c.items) {
    const subject =
      item.type === "transfer" || item.type === "company" || item.type === "colour" || item.type === "project" ? { kind: item.type, id: Number(item.id) } : null;
    if (!subject) continue;
    const directions = item.type === "colour" || item.type === "project" ? (["forward"] as const) : (["backward", "forward"] as const);
    for (const direction of directions) traces.push({ item: `${item.type}:${item.id}`, direction, trace: await traceMoney({ actor, subject, direction }) });
  }

  const chains = [...new Set([...c.items.flatMap((i) => i.colourIds), ...transfers.map((t) => t.colour_id)])].sort((a, b) => a - b);
  const journal: string[] = [];
  for (const chain of chains) for await (const line of exportJournal(db, { chain })) journal.push(line);
  const heads = await db.journalHead.findMany({ where: { chain: { in: chains } }, orderBy: { chain: "asc" } });
  const publication = await db.journalPublication.findFirst({ orderBy: { id: "desc" } });

  const files: TZipEntry[] = [
    { name: "case.json", data: json({ case: c.case, createdBy: c.createdByName, items: c.items, events: c.events, colours: c.colours, frozenAccounts: c.frozenAccounts, exportedAt: now.toISOString() }) },
    {
      name: "transfers.csv",
      data: toCsv([
        ["transfer", "created_at", "colour", "kind", "from", "from_name", "to", "to_name", "amount_kzt", "document_type", "document_id"],
        ...transfers.map((t) => [t.id, t.created_at.toISOString(), t.colour_id, t.kind, t.from_key, t.from_name, t.to_key, t.to_name, tiynToDecimalString(t.amount_tiyn), t.document_type, t.document_id]),
      ]),
    },
    { name: "transfers.json", data: json(transfers) },
    { name: "trace.json", data: json(traces) },
    { name: "journal.jsonl", data: journal.join("\n") + (journal.length ? "\n" : "") },
  ];
  const readme = [
    `Evidence pack — case #${c.case.id}: ${c.case.title}`,
    `Exported ${now.toISOString()} by ${actor.name}.`,
    "",
    "Files:",
    "  case.json       the case, its evidence, its history and the freezes in force",
    "  transfers.csv   the case's transfers (attached payments and the payments of attached invoices)",
    "  transfers.json  the same, as JSON (amounts in tiyn)",
    "  trace.json      forward and backward traces of the attached payments, companies, colours and projects",
    "  journal.jsonl   the complete hash chains of every colour involved, from their first entry",
    "  manifest.json   the SHA-256 of each file",
    "",
    "To verify the journal offline, with the Aiqyn source:",
    "  npm run journal:verify -- --file journal.jsonl",
    "Each entry's hash is sha256(previous hash | chain | sequence | kind | payload). The chain heads at export were:",
    ...heads.map((h) => `  chain ${h.chain}: entry ${h.seq}, hash ${h.hash}`),
    publication ? `The latest published journal digest was ${publication.digest} (${publication.publishedAt.toISOString()}).` : "No journal head had been published yet.",
    "",
  ].join("\n");
  files.push({ name: "README.txt", data: readme });
  const manifest = Object.fromEntries(files.map((f) => [f.name, crypto.createHash("sha256").update(f.data).digest("hex")]));
  files.push({ name: "manifest.json", data: json({ case: c.case.id, exportedAt: now.toISOString(), sha256: manifest }) });
  return { fileName: `aiqyn-case-${c.case.id}-${now.toISOString().slice(0, 10)}.zip`, zip: createZip(files, now) };
}
