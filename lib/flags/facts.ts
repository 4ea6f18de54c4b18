import "server-only";
import { groupBy } from "../collections";
import { env } from "../env";
import type { TSql } from "../ledger/sql";

// The facts of one colour that more than one flag kind reads, loaded once per refresh: the colour, its payments
// and exits, its invoices and their lines, the companies holding its contracts, the approvals of its invoices,
// and the facts that span colours (unit-price quartiles, first receipts). A kind that needs more runs its own
// query (lib/flags/kinds/<kind>.ts). Times of invoice payments are the invoice's paid_at (the business time of
// the approval that released it), other transfers their posting time.

export const LIVE_INVOICE = `('submitted', 'approved', 'paid')`;

/** `meal_programme_id`: the school-meal programme the colour pays for, if any (its kinds read meal data only then). */
export type TColourRow = { id: number; project_id: number; region: string | null; minted_tiyn: bigint; expires_at: Date; minted_at: Date; threshold: string | null; meal_programme_id?: number | null };
export type TMove = { id: bigint; actor_id: number | null; amount_tiyn: bigint; kind: string; document_type: string; document_id: bigint | null; from_kind: string; from_org: number | null; to_kind: string; to_key: string; to_org: number | null; at: Date };
export type TInvoiceRow = { id: number; issuer_id: number; contract_id: number; parent_id: number | null; total_tiyn: bigint; issued_on: Date; status: string; created_by_id: number; creator_person: number | null; submitted_at: Date | null; paid_at: Date | null };
/** An invoice line of the colour; `unit` is its estimate item's unit of measure ("м3", "т", "км", "объект", …). */
export type TLineRow = { line_id: number; invoice_id: number; issuer_id: number; contract_id: number; code: string; unit?: string; quantity_milli: bigint; unit_price_tiyn: bigint };
/** A company holding contracts of the colour; `signed_on` is the signing day of each of `contracts`, in the same order. */
export type TCompanyRow = { id: number; registered_on: Date | null; is_debarred: boolean; is_sub: boolean; contracts: number[]; signed_on: Date[] };
export type TCompany = TCompanyRow & { first_transfer: bigint | null; first_colour: number | null; first_at: Date | null };
export type TApprovalRow = { invoice_id: number; user_id: number; person_id: number | null; decided_at: Date };
/** The population of one item code's invoiced unit prices: quartiles, how many prices and from how many projects. */
export type TPriceStats = { q1: number; q3: number; samples: number; projects: number };
export type TFirstReceipt = { transferId: bigint; colourId: number; at: Date };

/**
 * Facts that span every colour — unit-price quartiles per item code, each company's first receipt anywhere.
 * A single colour's refresh reads only what it needs of them; a full recompute reads them once for all
 * colours (sharedFacts) instead of once per colour, which at a million transfers is most of its time.
 */
export type TSharedFacts = { prices: Map<string, TPriceStats>; firstReceipts: Map<number, TFirstReceipt> };

export type TColourFacts = {
  colourId: number;
  colour: TColourRow;
  /** Payments and exits of the colour, reversed ones left out, by id. */
  moves: TMove[];
  payments: TMove[];
  paymentById: Map<string, TMove>;
  /** Invoice id → the payment that paid it. */
  paymentOf: Map<number, TMove>;
  /** What each company received of the colour, and in which transfers. */
  receivedBy: Map<number, { total: bigint; transfers: string[] }>;
  /** Live invoices (submitted, approved, paid) under the colour's contracts, by id. */
  invoices: TInvoiceRow[];
  invoiceById: Map<number, TInvoiceRow>;
  /** The lines of those invoices with their item codes. */
  lines: TLineRow[];
  /** Quartiles of every invoiced unit price of the lines' item codes, across projects. */
  prices: Map<string, TPriceStats>;
  /** Companies holding a contract of the colour, with their first coloured receipt anywhere. */
  companies: TCompany[];
  /** Approvals of the colour's invoices, by invoice. */
  approvalsOf: Map<number, TApprovalRow[]>;
};

/** The transfer ids that paid these invoices (an unpaid invoice has none). */
export const paymentsOfInvoices = (colour: TColourFacts, invoiceIds: readonly number[]): string[] =>
  invoiceIds.flatMap((id) => {
    const payment = colour.paymentOf.get(id);
    return payment ? [payment.id.toString()] : [];
  });

/** What every flag about one invoice points at: the invoice, its contract, its issuer, its payment. */
export const invoiceEvidence = (colour: TColourFacts, invoice: TInvoiceRow) => ({
  invoices: [invoice.id],
  contracts: [invoice.contract_id],
  companies: [invoice.issuer_id],
  transfers: paymentsOfInvoices(colour, [invoice.id]),
});


/** Every fact of one colour that the kinds share; null for a colour that does not exist. */
export async function loadColourFacts(sql: TSql, colourId: number, shared?: TSharedFacts): Promise<TColourFacts | null> {
  const [colour] = await sql<TColourRow>(
    `SELECT c.id, c.project_id, p.region, c.minted_tiyn, c.expires_at,
            c.created_at AS minted_at,
            (SELECT r.rules->>'approvalThresholdTiyn' FROM colour_rules r WHERE r.colour_id = c.id ORDER BY r.version DESC LIMIT 1) AS threshold,
            (SELECT m.id FROM meal_programme m WHERE m.colour_id = c.id) AS meal_programme_id
       FROM colour c JOIN project p ON p.id = c.project_id WHERE c.id = $1`,
    [colourId],
  );
  if (!colour) return null;
  const moves = await sql<TMove>(
    `SELECT t.id, t.actor_id, t.amount_tiyn, t.kind, t.document_type, t.document_id, fa.holder_kind AS from_kind, fa.organization_id AS from_org,
            ta.holder_kind AS to_kind, ta.holder_key AS to_key, ta.organization_id AS to_org, coalesce(i.paid_at, t.created_at) AS at
       FROM transfer t
       JOIN account fa ON fa.id = t.from_account_id
       JOIN account ta ON ta.id = t.to_account_id
       LEFT JOIN invoice i ON t.document_type = 'invoice' AND i.id = t.document_id
      WHERE t.colour_id = $1 AND t.kind IN ('payment', 'exit') AND NOT EXISTS (SELECT 1 FROM transfer r WHERE r.reverses_id = t.id)
      ORDER BY t.id`,
    [colourId],
  );
  const invoices = await sql<TInvoiceRow>(
    `SELECT i.id, i.issuer_id, i.contract_id, k.parent_id, i.total_tiyn, i.issued_on, i.status, i.created_by_id, u.person_id AS creator_person, i.submitted_at, i.paid_at
       FROM invoice i JOIN contract k ON k.id = i.contract_id LEFT JOIN app_user u ON u.id = i.created_by_id
      WHERE k.colour_id = $1 AND i.status IN ${LIVE_INVOICE} ORDER BY i.id`,
    [colourId],
  );
  const lines = await sql<TLineRow>(
    `SELECT l.id AS line_id, i.id AS invoice_id, i.issuer_id, i.contract_id, e.code, e.unit, l.quantity_milli, l.unit_price_tiyn
       FROM contract k JOIN invoice i ON i.contract_id = k.id AND i.status IN ${LIVE_INVOICE}
       JOIN invoice_line l ON l.invoice_id = i.id JOIN estimate_item e ON e.id = l.estimate_item_id
      WHERE k.colour_id = $1`,
    [colourId],
  );
  const companyRows = await sql<TCompanyRow>(
    `SELECT o.id, o.registered_on, o.is_debarred, bool_or(k.parent_id IS NOT NULL) AS is_sub, array_agg(k.id ORDER BY k.id) AS contracts,
            array_agg(k.signed_on ORDER BY k.id) AS signed_on
       FROM contract k JOIN organization o ON o.id = k.contractor_id WHERE k.colour_id = $1 GROUP BY o.id`,
    [colourId],
  );
  const approvals = await sql<TApprovalRow>(
    `SELECT d.invoice_id, d.user_id, u.person_id, d.decided_at FROM invoice_decision d JOIN invoice i ON i.id = d.invoice_id
       JOIN contract k ON k.id = i.contract_id LEFT JOIN app_user u ON u.id = d.user_id
      WHERE k.colour_id = $1 AND d.decision = 'approve'`,
    [colourId],
  );
  // Quartiles per item code come from the recompute's shared facts, or for one colour's refresh from factsFor()
  // (computed by the database, cached a minute: a code's quartiles over thousands of prices barely move).
  const spanning = shared ?? (await factsFor(sql, [...new Set(lines.map((l) => l.code))], companyRows.map((c) => c.id)));
  // The driver may hand a date[] back as text: every signing day becomes a Date here, once.
  const companies = companyRows.map((c) => ({ ...c, signed_on: (c.signed_on ?? []).map((d) => new Date(d)) }));
  return colourFactsOf({ colourId, colour, moves, invoices, lines, companyRows: companies, approvals, shared: spanning });
}

/** The colour's facts with the lookups every kind uses, from the rows the loader read. */
export function colourFactsOf(rows: { colourId: number; colour: TColourRow; moves: TMove[]; invoices: TInvoiceRow[]; lines: TLineRow[]; companyRows: TCompanyRow[]; approvals: TApprovalRow[]; shared: TSharedFacts }): TColourFacts {
  const payments = rows.moves.filter((m) => m.kind === "payment");
  const receivedBy = new Map<number, { total: bigint; transfers: string[] }>();
  for (const m of payments) {
    if (m.to_kind !== "company" || m.to_org == null) continue;
    const r = receivedBy.get(m.to_org) ?? { total: 0n, transfers: [] };
    r.total += m.amount_tiyn;
    r.transfers.push(m.id.toString());
    receivedBy.set(m.to_org, r);
  }
  return {
    colourId: rows.colourId,
    colour: rows.colour,
    moves: rows.moves,
    payments,
    paymentById: new Map(payments.map((m) => [m.id.toString(), m])),
    paymentOf: new Map(payments.filter((m) => m.document_type === "invoice").map((m) => [Number(m.document_id), m])),
    receivedBy,
    invoices: rows.invoices,
    invoiceById: new Map(rows.invoices.map((i) => [i.id, i])),
    lines: rows.lines,
    prices: rows.shared.prices,
    companies: rows.companyRows.map((c) => {
      const f = rows.shared.firstReceipts.get(c.id);
      return { ...c, first_transfer: f?.transferId ?? null, first_colour: f?.colourId ?? null, first_at: f?.at ?? null };
    }),
    approvalsOf: groupBy(rows.approvals, (a) => a.invoice_id),
  };
}

/**
 * Unit-price quartiles per item code and each company's first receipt, read by the database: for every code and
 * company, or only for those given (then through the estimate_item (code) and account (organization_id) indexes).
 */
async function readFacts(sql: TSql, only?: { codes: readonly string[]; companies: readonly number[] }): Promise<TSharedFacts> {
  const prices = only && !only.codes.length ? [] : await sql<{ code: string } & TPriceStats>(
    `SELECT e.code, percentile_cont(0.25) WITHIN GROUP (ORDER BY l.unit_price_tiyn) AS q1,
            percentile_cont(0.75) WITHIN GROUP (ORDER BY l.unit_price_tiyn) AS q3, count(*)::int AS samples,
            count(DISTINCT e.project_id)::int AS projects
       FROM estimate_item e JOIN invoice_line l ON l.estimate_item_id = e.id
       JOIN invoice i ON i.id = l.invoice_id AND i.status IN ${LIVE_INVOICE}
      ${only ? "WHERE e.code = ANY($1::text[])" : ""} GROUP BY e.code`,
    only ? [only.codes] : [],
  );
  const first = only && !only.companies.length ? [] : await sql<{ org: number; id: bigint; colour_id: number; at: Date }>(
    `SELECT DISTINCT ON (a.organization_id) a.organization_id AS org, t.id, t.colour_id, coalesce(i.paid_at, t.created_at) AS at
       FROM account a JOIN transfer t ON t.to_account_id = a.id AND t.kind = 'payment'
       LEFT JOIN invoice i ON t.document_type = 'invoice' AND i.id = t.document_id
      WHERE a.holder_kind = 'company' ${only ? "AND a.organization_id = ANY($1::int[])" : ""}
      ORDER BY a.organization_id, coalesce(i.paid_at, t.created_at), t.id`,
    only ? [only.companies] : [],
  );
  return {
    prices: new Map(prices.map((p) => [p.code, { q1: Number(p.q1), q3: Number(p.q3), samples: p.samples, projects: p.projects }])),
    firstReceipts: new Map(first.map((f) => [f.org, { transferId: BigInt(f.id), colourId: f.colour_id, at: f.at }])),
  };
}

/** Every code's quartiles and every company's first receipt: what a full recompute reads once. */
export const sharedFacts = (sql: TSql): Promise<TSharedFacts> => readFacts(sql);

type TCached<V> = { value: V; at: number };
const cachedPrices = new Map<string, TCached<TPriceStats | null>>();
const cachedFirst = new Map<number, TCached<TFirstReceipt>>();

/**
 * The shared facts one colour's refresh needs — quartiles of its item codes, first receipts of its companies —
 * cached for FLAG_FACTS_CACHE_MS. Without the cache a refresh after a payment recomputed the quartiles over every
 * price of each code (0.4–0.7 s a colour at a million transfers). A company with no receipt yet is never cached:
 * its first one must be seen at once.
 */
export async function factsFor(sql: TSql, codes: readonly string[], companies: readonly number[], ttlMs = env().FLAG_FACTS_CACHE_MS): Promise<TSharedFacts> {
  const now = Date.now();
  const isStale = (hit: TCached<unknown> | undefined) => !hit || now - hit.at >= ttlMs;
  const staleCodes = codes.filter((c) => isStale(cachedPrices.get(c)));
  const staleCompanies = companies.filter((c) => isStale(cachedFirst.get(c)));
  if (staleCodes.length || staleCompanies.length) {
    if (cachedPrices.size > 50_000) cachedPrices.clear();
    if (cachedFirst.size > 200_000) cachedFirst.clear();
    const read = await readFacts(sql, { codes: staleCodes, companies: staleCompanies });
    for (const code of staleCodes) cachedPrices.set(code, { value: read.prices.get(code) ?? null, at: now });
    for (const company of staleCompanies) {
      const first = read.firstReceipts.get(company);
      if (first) cachedFirst.set(company, { value: first, at: now });
      else cachedFirst.delete(company);
    }
  }
  const prices = new Map<string, TPriceStats>();
  for (const code of codes) {
    const stats = cachedPrices.get(code)?.value;
    if (stats) prices.set(code, stats);
  }
  const firstReceipts = new Map<number, TFirstReceipt>();
  for (const company of companies) {
    const first = cachedFirst.get(company)?.value;
    if (first) firstReceipts.set(company, first);
  }
  return { prices, firstReceipts };
}
