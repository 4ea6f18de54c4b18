import "server-only";
import { auditRead } from "../audit";
import crypto from "node:crypto";
import type { TActor } from "../actor";
import { csvDecimal, toCsv } from "../csv";
import { prisma } from "../db";
import { latestPublication } from "../journal/publication";
import { transferReceipts } from "../journal/receipt";
import { signingKey } from "../journal/signing-key";
import { exportJournal } from "../ledger/verify-journal";
import { tiynToDecimalString } from "../money";
import { createZip, type TZipEntry } from "../zip";
import { traceMoney, type TTrace } from "../trace/trace";
import type { TTraceDirection, TTraceSubject } from "../trace/trace-types";
import { getCase } from "./list-cases";
import { almatyDay } from "../dates";

const json = (value: unknown) => JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v), 2);

/** What the pack says about the journal's heads: the included chains' heads and the latest publication. */
export type TPackHeads = {
  /** The last entry of each chain in journal.jsonl: what `journal:verify --file` prints at the end. */
  chains: { chain: number; seq: string; hash: string }[];
  /**
   * The latest publication (lib/journal/publication.ts): its digest is sha256 of every published head as
   * "chain:seq:hash" lines joined by "\n", so the heads below re-compute it; those of the included chains
   * must appear in journal.jsonl with the same hash. mismatchesAtExport: published heads the database no longer
   * held at export (should be empty).
   */
  publication: { id: number; publishedAt: string; digest: string; entries: string; heads: { chain: number; seq: string; hash: string }[]; includedChains: number[]; mismatchesAtExport: { chain: number; seq: string; hash: string }[] } | null;
};

/**
 * One download with everything a prosecutor needs: the case and its history, its transfers as CSV and JSON (the
 * attached payments, those of attached invoices and the evidence of attached flags), the traces of its evidence,
 * and the journal chains of every colour involved — complete from the first entry, so
 * `npm run journal:verify -- --file journal.jsonl` re-checks every hash offline — with the chain heads and the
 * latest published heads to compare them with. A manifest lists each file's SHA-256.
 */
export async function buildEvidencePack({ actor, caseId, now = new Date() }: { actor: TActor; caseId: number; now?: Date }) {
  const c = await getCase({ actor, caseId });
  const db = prisma();
  const transferIds = [...new Set(c.items.flatMap((i) => i.transferIds))].map(BigInt);
  const invoiceIds = c.items.filter((i) => i.type === "invoice").map((i) => BigInt(i.id));
  const transfers = await db.$queryRaw<{ id: bigint; colour_id: number; kind: string; amount_tiyn: bigint; created_at: Date; document_type: string; document_id: bigint | null; from_key: string; from_name: string | null; to_key: string; to_name: string | null }[]>`
    SELECT t.id, t.colour_id, t.kind::text AS kind, t.amount_tiyn, t.created_at, t.document_type, t.document_id,
           fa.holder_key AS from_key, ta.holder_key AS to_key,
           -- Every account has a name a reader can follow: the company, the project's own account, the colour's issuance, an exit.
           COALESCE(fo.name, fp.name || ' (project account)', CASE fa.holder_kind WHEN 'issuance' THEN 'Issuance of colour ' || t.colour_id ELSE fa.holder_key END) AS from_name,
           COALESCE(tor.name, tp.name || ' (project account)', CASE ta.holder_kind WHEN 'issuance' THEN 'Issuance of colour ' || t.colour_id ELSE ta.holder_key END) AS to_name
    FROM transfer t
    JOIN account fa ON fa.id = t.from_account_id LEFT JOIN organization fo ON fo.id = fa.organization_id LEFT JOIN project fp ON fp.id = fa.project_id
    JOIN account ta ON ta.id = t.to_account_id LEFT JOIN organization tor ON tor.id = ta.organization_id LEFT JOIN project tp ON tp.id = ta.project_id
    WHERE t.id = ANY(${transferIds}::bigint[]) OR (t.document_type = 'invoice' AND t.document_id = ANY(${invoiceIds}::bigint[]))
    ORDER BY t.id`;

  // Payments and companies both ways; colours and projects forward (backward they only reach their budget
  // line); a flag through its colour, forward. Each subject and direction once.
  const traces: { item: string; direction: string; trace: TTrace }[] = [];
  const traced = new Set<string>();
  const traceOnce = async (item: string, subject: TTraceSubject, direction: TTraceDirection) => {
    const key = `${subject.kind}:${subject.id}:${direction}`;
    if (traced.has(key)) return;
    traced.add(key);
    traces.push({ item, direction, trace: await traceMoney({ actor, subject, direction }) });
  };
  for (const item of c.items) {
    const ref = `${item.type}:${item.id}`;
    if (item.type === "transfer" || item.type === "company") {
      for (const direction of ["backward", "forward"] as const) await traceOnce(ref, { kind: item.type, id: Number(item.id) }, direction);
    } else if (item.type === "colour" || item.type === "project") {
      await traceOnce(ref, { kind: item.type, id: Number(item.id) }, "forward");
    } else if (item.type === "flag") {
      for (const colourId of item.colourIds) await traceOnce(ref, { kind: "colour", id: colourId }, "forward");
    }
  }

  const chains = [...new Set([...c.items.flatMap((i) => i.colourIds), ...transfers.map((t) => t.colour_id)])].sort((a, b) => a - b);
  const journal: string[] = [];
  const lastOf = new Map<number, { chain: number; seq: string; hash: string }>();
  for (const chain of chains) {
    for await (const line of exportJournal(db, { chain })) {
      journal.push(line);
      const e = JSON.parse(line) as { chain: number; seq: string; hash: string };
      lastOf.set(e.chain, { chain: e.chain, seq: e.seq, hash: e.hash });
    }
  }
  const { publication, mismatches } = await latestPublication({ actor });
  const published = (publication?.heads ?? []) as { chain: number; seq: string; hash: string }[];
  const heads: TPackHeads = {
    chains: [...lastOf.values()],
    publication: publication
      ? {
          id: publication.id,
          publishedAt: publication.publishedAt.toISOString(),
          digest: publication.digest,
          entries: publication.entries.toString(),
          heads: published,
          includedChains: published.filter((h) => lastOf.has(h.chain)).map((h) => h.chain),
          mismatchesAtExport: mismatches,
        }
      : null,
  };

  // Each transfer's journal entry with its inclusion proof to a signed checkpoint (decision 0133).
  const receipts = await transferReceipts({ actor, journalLines: journal, transferIds: new Set(transfers.map((t) => t.id.toString())) });
  const files: TZipEntry[] = [
    { name: "case.json", data: json({ case: c.case, createdBy: c.createdByName, items: c.items, events: c.events, colours: c.colours, frozenAccounts: c.frozenAccounts, exportedAt: now.toISOString() }) },
    {
      name: "transfers.csv",
      data: toCsv([
        ["transfer", "created_at", "colour", "kind", "from", "from_name", "to", "to_name", "amount_kzt", "document_type", "document_id"],
        ...transfers.map((t) => [t.id, t.created_at.toISOString(), t.colour_id, t.kind, t.from_key, t.from_name, t.to_key, t.to_name, csvDecimal(tiynToDecimalString(t.amount_tiyn)), t.document_type, t.document_id]),
      ]),
    },
    { name: "transfers.json", data: json(transfers) },
    { name: "trace.json", data: json(traces) },
    { name: "journal.jsonl", data: journal.join("\n") + (journal.length ? "\n" : "") },
    { name: "heads.json", data: json(heads) },
    { name: "receipts.json", data: json(receipts) },
    { name: "journal-public-key.pem", data: signingKey().publicPem },
  ];
  files.push({ name: "README.txt", data: evidenceReadme({ caseRow: c.case, actorName: actor.name, now, lastOf, published, publication }) });
  const manifest = Object.fromEntries(files.map((f) => [f.name, crypto.createHash("sha256").update(f.data).digest("hex")]));
  files.push({ name: "manifest.json", data: json({ case: c.case.id, exportedAt: now.toISOString(), sha256: manifest }) });
  const zip = createZip(files, now);
  await auditRead(actor, "case.evidence_pack", `case:${c.case.id}`, { transfers: transfers.length, journalEntries: journal.length });
  return { fileName: `aiqyn-case-${c.case.id}-${almatyDay(now)}.zip`, zip };
}

/** The pack's README: what each file holds and how to verify the journal offline against the published heads. */
function evidenceReadme({ caseRow, actorName, now, lastOf, published, publication }: {
  caseRow: { id: number; title: string };
  actorName: string;
  now: Date;
  lastOf: Map<number, { chain: number; seq: number | bigint | string; hash: string }>;
  published: { chain: number; seq: number | bigint | string; hash: string }[];
  publication: { id: number; publishedAt: Date; digest: string; entries: number | bigint } | null;
}): string {
  const includedPublished = published.filter((h) => lastOf.has(h.chain));
  return [
    `Evidence pack — case #${caseRow.id}: ${caseRow.title}`,
    `Exported ${now.toISOString()} by ${actorName}.`,
    "",
    "Files:",
    "  case.json       the case, its evidence, its history and the freezes in force",
    "  transfers.csv   the case's transfers: attached payments, the payments of attached invoices and the evidence",
    "                  payments of attached flags",
    "  transfers.json  the same, as JSON (amounts in tiyn)",
    "  trace.json      traces of the attached payments and companies (backward and forward) and of the colours,",
    "                  projects and flags' colours (forward)",
    "  journal.jsonl   the complete hash chains of every colour involved, from their first entry",
    "  heads.json      the last entry of each chain in journal.jsonl, and the latest published journal heads",
    "  receipts.json   each transfer's journal entry with its inclusion proof to a checkpoint the portal signed;",
    "                  save one receipt as a file and check it with",
    "                    npm run journal:verify-receipt -- RECEIPT.json --key journal-public-key.pem",
    "  journal-public-key.pem  the portal's public key (compare it with /api/open/journal/public-key)",
    "  manifest.json   the SHA-256 of each file",
    "",
    "How to verify the journal offline (with the Aiqyn source, Node 20; no database needed):",
    "  1. In the Aiqyn source directory run",
    "       npm run journal:verify -- --file journal.jsonl",
    "     with the path where you unzipped journal.jsonl (e.g. --file ~/case-pack/journal.jsonl).",
    "     It re-computes every entry's hash, sha256(previous hash | chain | sequence | kind | payload), checks",
    "     that each chain starts from the genesis hash (64 zeros) and that every entry links to the one before.",
    "     It exits 0 and prints each chain's head entry and hash, or exits 1 naming the first broken entry.",
    "  2. Compare the heads it prints with the chain heads at export (also in heads.json):",
    ...(lastOf.size ? [...lastOf.values()].map((h) => `       chain ${h.chain}: entry ${h.seq}, hash ${h.hash}`) : ["       (no chain: the case touches no colour)"]),
    "  3. Compare with the published heads (printed in a gazette or on the public site, so they cannot be changed",
    "     afterwards). The latest publication's digest is sha256 of every published head as \"chain:seq:hash\"",
    "     lines joined by a newline; heads.json lists them all so the digest can be re-computed. For each chain in",
    "     this pack that the publication covers, the entry with the published sequence number in journal.jsonl",
    "     must carry the published hash:",
    ...(publication
      ? [
          `       publication #${publication.id} of ${publication.publishedAt.toISOString()}, digest ${publication.digest}, ${publication.entries} entries`,
          ...(includedPublished.length ? includedPublished.map((h) => `       chain ${h.chain}: entry ${h.seq}, hash ${h.hash}`) : ["       (none of this pack's chains existed when it was published)"]),
        ]
      : ["       (no journal head had been published yet)"]),
    "",
  ].join("\n");
}
