import "server-only";
import { isEmbeddedDatabase, readDb, readPool } from "../db";
import type { TReleaseKind } from "./format";
import type { TLineageSource, TOcdsProcess, TOcdsTransaction, TReleaseRef } from "./types";

// Reading contracting processes and the publication order of their releases. Everything here is public: no
// person, no IIN, no user is read (parties.ts groups individual entrepreneurs).

const ORG = { select: { id: true, kind: true, name: true, bin: true } } as const;

/** Payments posted for a contract's invoices, and reversals of them (which take the amount back): of the given
 *  contracts (`contract`), or the given transfers (`transfer`, the bulk export's page). */
const transactionsSql = (of: "contract" | "transfer") => `
  SELECT t.id::text AS id, t.created_at, t.amount_tiyn::text AS amount, i.contract_id, i.number
    FROM transfer t JOIN invoice i ON i.id = t.document_id
   WHERE t.kind = 'payment' AND t.document_type = 'invoice' AND ${of === "contract" ? "i.contract_id = ANY($1::int[])" : "t.id = ANY($1::bigint[])"}
  UNION ALL
  SELECT r.id::text, r.created_at, (-r.amount_tiyn)::text, i.contract_id, i.number
    FROM transfer r JOIN transfer o ON o.id = r.reverses_id JOIN invoice i ON i.id = o.document_id
   WHERE r.kind = 'reversal' AND o.kind = 'payment' AND o.document_type = 'invoice' AND ${of === "contract" ? "i.contract_id = ANY($1::int[])" : "r.id = ANY($1::bigint[])"}`;
const TRANSACTIONS_SQL = transactionsSql("contract");
const TRANSACTIONS_BY_ID_SQL = transactionsSql("transfer");

const LINEAGE_SQL = `
  SELECT lc.transfer_id::text AS transfer_id, lc.lot_id::text AS lot_id, lc.amount_tiyn::text AS amount,
         s.id::text AS source_id, s.kind AS source_kind, si.contract_id AS source_contract
    FROM lot_consumption lc JOIN lot l ON l.id = lc.lot_id JOIN transfer s ON s.id = l.transfer_id
    LEFT JOIN invoice si ON s.kind = 'payment' AND s.document_type = 'invoice' AND si.id = s.document_id
   WHERE lc.transfer_id = ANY($1::bigint[])
   ORDER BY lc.transfer_id, lc.lot_id`;

const refusalsSql = (of: "contract" | "attempt") => `
  SELECT a.id::text AS id, a.created_at, a.amount_tiyn::text AS amount, a.codes, i.contract_id
    FROM refused_attempt a JOIN invoice i ON i.id = a.document_id
   WHERE a.document_type IN ('invoice', 'invoice_submission') AND ${of === "contract" ? "i.contract_id = ANY($1::int[])" : "a.id = ANY($1::bigint[])"}`;
const REFUSALS_SQL = refusalsSql("contract");
const REFUSALS_BY_ID_SQL = refusalsSql("attempt");

type TTxRow = { id: string; created_at: Date; amount: string; contract_id: number; number: string };
type TLineageRow = { transfer_id: string; lot_id: string; amount: string; source_id: string; source_kind: string; source_contract: number | null };
type TRefusalRow = { id: string; created_at: Date; amount: string | null; codes: string[]; contract_id: number };

function sourceOf(row: TLineageRow): TLineageSource {
  if (row.source_kind === "mint") return { kind: "allocation" };
  if (row.source_contract !== null) return { kind: "transaction", contractId: row.source_contract, transferId: BigInt(row.source_id) };
  return { kind: "other" };
}

async function transactionsOf(sql: string, ids: readonly (number | string)[]): Promise<Map<number, TOcdsTransaction[]>> {
  if (ids.length === 0) return new Map();
  const { rows } = await (await readPool()).query<TTxRow>(sql, [ids]);
  const lineage = new Map<string, TOcdsTransaction["lineage"]>();
  if (rows.length > 0) {
    const { rows: lots } = await (await readPool()).query<TLineageRow>(LINEAGE_SQL, [rows.map((r) => r.id)]);
    for (const l of lots) {
      const list = lineage.get(l.transfer_id) ?? [];
      list.push({ lotId: BigInt(l.lot_id), amountTiyn: BigInt(l.amount), source: sourceOf(l) });
      lineage.set(l.transfer_id, list);
    }
  }
  const out = new Map<number, TOcdsTransaction[]>();
  for (const r of rows.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1))) {
    const list = out.get(r.contract_id) ?? [];
    list.push({ transferId: BigInt(r.id), createdAt: r.created_at, amountTiyn: BigInt(r.amount), invoiceNumber: r.number, lineage: lineage.get(r.id) ?? [] });
    out.set(r.contract_id, list);
  }
  return out;
}

const CONTRACT_PARTS = {
  contractor: ORG,
  parent: { select: { contractor: ORG } },
  project: { select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true, region: true, ministry: ORG } },
  colour: { select: { id: true, mintedTiyn: true, expiresAt: true, budgetLine: { select: { code: true, specifics: true, fiscalYear: true, name: true } } } },
} as const;

const SUBCONTRACT = { id: true, valueTiyn: true, createdAt: true, contractor: ORG } as const;

const validIds = (ids: readonly number[]) => [...new Set(ids)].filter((id) => Number.isInteger(id) && id > 0 && id <= 2_147_483_647);

function refusalsOf(rows: TRefusalRow[]): Map<number, TOcdsProcess["refusals"]> {
  const out = new Map<number, TOcdsProcess["refusals"]>();
  for (const r of rows) {
    const list = out.get(r.contract_id) ?? [];
    list.push({ id: BigInt(r.id), createdAt: r.created_at, amountTiyn: r.amount === null ? null : BigInt(r.amount), codes: r.codes });
    out.set(r.contract_id, list);
  }
  return out;
}

type TContractRow = Awaited<ReturnType<typeof contractRows>>[number];
type TSubcontractRow = { id: number; valueTiyn: bigint; createdAt: Date; contractor: TOcdsProcess["supplier"] };

async function contractRows(ids: number[]) {
  return (await readDb()).contract.findMany({ where: { id: { in: ids } }, include: CONTRACT_PARTS });
}

function processOf(c: TContractRow, subcontracts: TSubcontractRow[], transactions: TOcdsTransaction[], refusals: TOcdsProcess["refusals"]): TOcdsProcess {
  return {
    contract: { id: c.id, number: c.number, valueTiyn: c.valueTiyn, signedOn: c.signedOn, endsOn: c.endsOn, status: c.status, createdAt: c.createdAt, parentId: c.parentId },
    buyer: c.parent ? c.parent.contractor : c.project.ministry,
    supplier: c.contractor,
    project: { id: c.project.id, name: c.project.name, region: c.project.region },
    colour: { id: c.colour.id, mintedTiyn: c.colour.mintedTiyn, expiresAt: c.colour.expiresAt },
    budgetLine: c.colour.budgetLine,
    subcontracts: subcontracts.map((s) => ({ id: s.id, valueTiyn: s.valueTiyn, createdAt: s.createdAt, supplier: s.contractor })),
    transactions,
    refusals,
  };
}

/** The contracting processes of these contracts, keyed by contract id; unknown ids are left out. */
export async function loadProcesses(contractIds: readonly number[]): Promise<Map<number, TOcdsProcess>> {
  const ids = validIds(contractIds);
  const out = new Map<number, TOcdsProcess>();
  if (ids.length === 0) return out;
  const [contracts, subcontracts, transactions, refusalRows] = await Promise.all([
    contractRows(ids),
    (await readDb()).contract.findMany({ where: { parentId: { in: ids } }, select: { ...SUBCONTRACT, parentId: true }, orderBy: { id: "asc" } }),
    transactionsOf(TRANSACTIONS_SQL, ids),
    (await readPool()).query<TRefusalRow>(REFUSALS_SQL, [ids]).then((r) => refusalsOf(r.rows)),
  ]);
  const subsOf = groupBy(subcontracts, (s) => s.parentId!);
  for (const c of contracts) out.set(c.id, processOf(c, subsOf.get(c.id) ?? [], transactions.get(c.id) ?? [], refusalRows.get(c.id) ?? []));
  return out;
}

/**
 * The processes of a page of release refs holding only the parts those releases refer to (the subcontracts,
 * transactions and refused attempts named by the refs): what releaseOf needs to build exactly those releases, read
 * with one query per kind (the bulk export; loadProcesses reads a busy contract's every payment for each page).
 */
export async function loadPageProcesses(refs: readonly TReleaseRef[]): Promise<Map<number, TOcdsProcess>> {
  const ids = validIds(refs.map((r) => r.contractId));
  const out = new Map<number, TOcdsProcess>();
  if (ids.length === 0) return out;
  const named = (kind: TReleaseKind) => refs.filter((r) => r.kind === kind).map((r) => r.ref);
  const subIds = validIds(named("subcontract").map(Number));
  const [contracts, subcontracts, transactions, refusalRows] = await Promise.all([
    contractRows(ids),
    subIds.length === 0 ? [] : (await readDb()).contract.findMany({ where: { id: { in: subIds } }, select: { ...SUBCONTRACT, parentId: true }, orderBy: { id: "asc" } }),
    transactionsOf(TRANSACTIONS_BY_ID_SQL, named("payment").map(String)),
    named("refused").length === 0 ? new Map<number, TOcdsProcess["refusals"]>() : (await readPool()).query<TRefusalRow>(REFUSALS_BY_ID_SQL, [named("refused").map(String)]).then((r) => refusalsOf(r.rows)),
  ]);
  const subsOf = groupBy(subcontracts, (s) => s.parentId!);
  for (const c of contracts) out.set(c.id, processOf(c, subsOf.get(c.id) ?? [], transactions.get(c.id) ?? [], refusalRows.get(c.id) ?? []));
  return out;
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const list = out.get(key(item)) ?? [];
    list.push(item);
    out.set(key(item), list);
  }
  return out;
}

/** One row per release: contracts, subcontracts, payments (and their reversals), refused attempts. */
const REFS_UNION = `
    SELECT c.created_at AS date, 'contract' AS kind, c.id::bigint AS ref, c.id AS contract_id FROM contract c
    UNION ALL
    SELECT c.created_at, 'subcontract', c.id::bigint, c.parent_id FROM contract c WHERE c.parent_id IS NOT NULL
    UNION ALL
    SELECT t.created_at, 'payment', t.id, i.contract_id
      FROM transfer t JOIN invoice i ON i.id = t.document_id WHERE t.kind = 'payment' AND t.document_type = 'invoice'
    UNION ALL
    SELECT r.created_at, 'payment', r.id, i.contract_id
      FROM transfer r JOIN transfer o ON o.id = r.reverses_id JOIN invoice i ON i.id = o.document_id
     WHERE r.kind = 'reversal' AND o.kind = 'payment' AND o.document_type = 'invoice'
    UNION ALL
    SELECT a.created_at, 'refused', a.id, i.contract_id
      FROM refused_attempt a JOIN invoice i ON i.id = a.document_id WHERE a.document_type IN ('invoice', 'invoice_submission')
`;

/**
 * The next page of releases after a cursor, in publication order (date, kind, ref): the keyset the API pages on.
 * Each branch of the union is one kind, so the cursor becomes a plain row bound on that branch's own
 * (created_at, id) — `$3`…`$6` per kind, computed in releaseRefsAfter — and each branch reads its first `$2` rows
 * through a partial index in that order (migration 20261210060000); only those few rows are merged and sorted.
 * Sorting the whole union for every page took ~50 s a page on the national dataset (decision 0220).
 */
const REFS_SQL = `
  SELECT date, kind, ref::text AS ref, contract_id FROM (
    (SELECT c.created_at AS date, 'contract' AS kind, c.id::bigint AS ref, c.id AS contract_id FROM contract c
      WHERE (c.created_at, c.id) > ($1::timestamptz, $3::bigint) ORDER BY c.created_at, c.id LIMIT $2)
    UNION ALL
    (SELECT c.created_at, 'subcontract', c.id::bigint, c.parent_id FROM contract c
      WHERE c.parent_id IS NOT NULL AND (c.created_at, c.id) > ($1::timestamptz, $6::bigint) ORDER BY c.created_at, c.id LIMIT $2)
    UNION ALL
    (SELECT t.created_at, 'payment', t.id, i.contract_id
      FROM transfer t JOIN invoice i ON i.id = t.document_id
     WHERE t.kind = 'payment' AND t.document_type = 'invoice' AND (t.created_at, t.id) > ($1::timestamptz, $4::bigint)
     ORDER BY t.created_at, t.id LIMIT $2)
    UNION ALL
    (SELECT r.created_at, 'payment', r.id, i.contract_id
      FROM transfer r JOIN transfer o ON o.id = r.reverses_id JOIN invoice i ON i.id = o.document_id
     WHERE r.kind = 'reversal' AND o.kind = 'payment' AND o.document_type = 'invoice' AND (r.created_at, r.id) > ($1::timestamptz, $4::bigint)
     ORDER BY r.created_at, r.id LIMIT $2)
    UNION ALL
    (SELECT a.created_at, 'refused', a.id, i.contract_id
      FROM refused_attempt a JOIN invoice i ON i.id = a.document_id
     WHERE a.document_type IN ('invoice', 'invoice_submission') AND (a.created_at, a.id) > ($1::timestamptz, $5::bigint)
     ORDER BY a.created_at, a.id LIMIT $2)
  ) r
  ORDER BY r.date, r.kind COLLATE "C", r.ref
  LIMIT $2`;

/** The kinds in their publication order (`kind COLLATE "C"`: plain code-point order, which JavaScript's < is). */
const REF_KINDS = ["contract", "payment", "refused", "subcontract"] as const satisfies readonly TReleaseKind[];

/** Every release in publication order, for one server-side cursor (the bulk export). */
const ALL_REFS_SQL = `
  SELECT date, kind, ref::text AS ref, contract_id FROM (${REFS_UNION}) r
  ORDER BY r.date, r.kind COLLATE "C", r.ref`;

export type TCursor = { date: Date; kind: TReleaseKind; ref: bigint };

/** The next `limit` releases after the cursor (from the first with none), in publication order. */
export async function releaseRefsAfter(cursor: TCursor | null, limit: number): Promise<TReleaseRef[]> {
  // A branch of kind k continues after (date, ref) > (cursor date, bound): every ref of the cursor's date when k sorts
  // after the cursor's kind, those after the cursor's ref when it is the same kind, none when it sorts before.
  const bound = (kind: TReleaseKind) => (!cursor || kind > cursor.kind ? "-1" : kind === cursor.kind ? cursor.ref.toString() : "9223372036854775807");
  const params = [cursor ? cursor.date : "-infinity", limit, ...REF_KINDS.map(bound)];
  const { rows } = await (await readPool()).query<{ date: Date; kind: TReleaseKind; ref: string; contract_id: number }>(REFS_SQL, params);
  return rows.map((r) => ({ date: r.date, kind: r.kind, ref: BigInt(r.ref), contractId: r.contract_id }));
}

/**
 * Every release in publication order, a page at a time, through one server-side cursor in one read-only snapshot:
 * the database sorts once and the process holds one page (the bulk export; paging with releaseRefsAfter sorts the
 * whole union again for every page — hours on the national dataset).
 */
export async function* allReleaseRefs(pageSize: number): AsyncGenerator<TReleaseRef[]> {
  const client = await (await readPool()).connect();
  let open = false;
  let released = false;
  try {
    // The embedded database is one session behind every connection: a cursor's open transaction there holds the page's
    // own queries on the other connections until it ends (a deadlock). Its datasets are small: one query, then pages.
    if (await isEmbeddedDatabase(client)) {
      const { rows } = await client.query<{ date: Date; kind: TReleaseKind; ref: string; contract_id: number }>(ALL_REFS_SQL);
      client.release();
      released = true;
      for (let at = 0; at < rows.length; at += pageSize) yield rows.slice(at, at + pageSize).map((r) => ({ date: r.date, kind: r.kind, ref: BigInt(r.ref), contractId: r.contract_id }));
      return;
    }
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    open = true;
    await client.query(`DECLARE release_refs NO SCROLL CURSOR FOR ${ALL_REFS_SQL}`);
    for (;;) {
      const { rows } = await client.query<{ date: Date; kind: TReleaseKind; ref: string; contract_id: number }>(`FETCH ${Math.trunc(pageSize)} FROM release_refs`);
      if (rows.length > 0) yield rows.map((r) => ({ date: r.date, kind: r.kind, ref: BigInt(r.ref), contractId: r.contract_id }));
      if (rows.length < pageSize) break;
    }
    await client.query("COMMIT");
    open = false;
  } finally {
    if (open) await client.query("ROLLBACK").catch(() => undefined);
    if (!released) client.release();
  }
}

/** Contract ids after `afterId`, in id order: the record list's keyset. */
export async function contractIdsAfter(afterId: number, limit: number): Promise<number[]> {
  const rows = await (await readDb()).contract.findMany({ where: { id: { gt: afterId } }, select: { id: true }, orderBy: { id: "asc" }, take: limit });
  return rows.map((r) => r.id);
}
