import "server-only";
import type { TSql } from "../ledger/sql";
import type { TFlagConfig } from "./config";
import {
  averageUnitPrice,
  decideConcentration,
  decideDebarredParty,
  decideDuplicateInvoice,
  decideFastApproval,
  decideMarkup,
  decideNewCompany,
  decideOutOfHours,
  decidePassThrough,
  decideRefusedAttempts,
  decideRoundTrip,
  decideRushBeforeExpiry,
  decideSameApprover,
  decideSplitInvoices,
  decideUnitPriceOutlier,
  findDuplicateInvoices,
  findSplitInvoices,
  findTies,
  fenceOf,
  sameApprovers,
  type TParty,
  type TVerdict,
} from "./decide";
import { env } from "../env";
import { KIND_CONFIG, KINDS_WITHOUT_THRESHOLDS, type TFlagKind } from "./kinds";
import { evidenceOf, type TEvidence, type TFinding } from "./types";

// Gathers the facts of one colour with SQL and asks the pure decisions in decide.ts which flags fire.
// Times of invoice payments are the invoice's paid_at (the business time of the approval that released it),
// other transfers their posting time.

const DAY = 86_400_000;
const LIVE_INVOICE = `('submitted', 'approved', 'paid')`;

type TColourRow = { id: number; project_id: number; region: string | null; minted_tiyn: bigint; expires_at: Date; minted_at: Date; threshold: string };
type TMove = { id: bigint; actor_id: number | null; amount_tiyn: bigint; kind: string; document_type: string; document_id: bigint | null; from_kind: string; from_org: number | null; to_kind: string; to_key: string; to_org: number | null; at: Date };
type TInvoiceRow = { id: number; issuer_id: number; contract_id: number; parent_id: number | null; total_tiyn: bigint; issued_on: Date; status: string; created_by_id: number; creator_person: number | null; submitted_at: Date | null; paid_at: Date | null };

/**
 * Facts that span every colour — unit-price quartiles per item code, each company's first receipt anywhere.
 * A single colour's refresh reads only what it needs of them; a full recompute reads them once for all
 * colours (sharedFacts) instead of once per colour, which at a million transfers is most of its time.
 */
export type TSharedFacts = {
  prices: Map<string, TPriceStats>;
  firstReceipts: Map<number, TFirstReceipt>;
};

type TPriceStats = { q1: number; q3: number; samples: number };
type TFirstReceipt = { transferId: bigint; colourId: number; at: Date };

/**
 * Unit-price quartiles per item code and each company's first receipt, read by the database: for every code and
 * company, or only for those given (then through the estimate_item (code) and account (organization_id) indexes).
 */
async function readFacts(sql: TSql, only?: { codes: readonly string[]; companies: readonly number[] }) {
  const prices = only && !only.codes.length ? [] : await sql<{ code: string } & TPriceStats>(
    `SELECT e.code, percentile_cont(0.25) WITHIN GROUP (ORDER BY l.unit_price_tiyn) AS q1,
            percentile_cont(0.75) WITHIN GROUP (ORDER BY l.unit_price_tiyn) AS q3, count(*)::int AS samples
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
    prices: new Map(prices.map((p) => [p.code, { q1: Number(p.q1), q3: Number(p.q3), samples: p.samples }])),
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

export async function detectColour(sql: TSql, colourId: number, config: TFlagConfig, shared?: TSharedFacts): Promise<TFinding[]> {
  const [colour] = await sql<TColourRow>(
    `SELECT c.id, c.project_id, p.region, c.minted_tiyn, c.expires_at,
            c.created_at AS minted_at,
            (SELECT r.rules->>'approvalThresholdTiyn' FROM colour_rules r WHERE r.colour_id = c.id ORDER BY r.version DESC LIMIT 1) AS threshold
       FROM colour c JOIN project p ON p.id = c.project_id WHERE c.id = $1`,
    [colourId],
  );
  if (!colour) return [];
  const findings: TFinding[] = [];
  const push = (kind: TFlagKind, subjectType: TFinding["subjectType"], subjectId: string, companyId: number | null, verdict: TVerdict<Record<string, unknown>> | null, evidence: Partial<TEvidence>) => {
    if (!verdict) return;
    const thresholds = KINDS_WITHOUT_THRESHOLDS.includes(kind) ? {} : config[KIND_CONFIG[kind]];
    findings.push({
      key: `${kind}:${subjectType}:${subjectId}`,
      kind,
      subjectType,
      subjectId,
      colourId,
      projectId: colour.project_id,
      companyId,
      region: colour.region,
      severity: verdict.severity,
      score: verdict.score,
      evidence: evidenceOf(evidence),
      facts: { ...verdict.facts, thresholds },
    });
  };

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
  const payments = moves.filter((m) => m.kind === "payment");
  const receivedBy = new Map<number, { total: bigint; transfers: string[] }>();
  for (const m of payments) {
    if (m.to_kind !== "company" || m.to_org == null) continue;
    const r = receivedBy.get(m.to_org) ?? { total: 0n, transfers: [] };
    r.total += m.amount_tiyn;
    r.transfers.push(m.id.toString());
    receivedBy.set(m.to_org, r);
  }

  const invoices = await sql<TInvoiceRow>(
    `SELECT i.id, i.issuer_id, i.contract_id, k.parent_id, i.total_tiyn, i.issued_on, i.status, i.created_by_id, u.person_id AS creator_person, i.submitted_at, i.paid_at
       FROM invoice i JOIN contract k ON k.id = i.contract_id LEFT JOIN app_user u ON u.id = i.created_by_id
      WHERE k.colour_id = $1 AND i.status IN ${LIVE_INVOICE} ORDER BY i.id`,
    [colourId],
  );
  const paymentOf = new Map(payments.filter((m) => m.document_type === "invoice").map((m) => [Number(m.document_id), m]));

  // ── pass-through: each received tiyn followed through the lots it landed in ──
  // Driven from the colour's transfers (transfer (colour_id, id) index): lot has no colour index, and filtering
  // lot.colour_id read the whole lot table for every colour.
  const flows = await sql<{ org: number; in_id: bigint; out_id: bigint; amount: bigint; in_at: Date; out_at: Date }>(
    `SELECT a.organization_id AS org, tin.id AS in_id, tout.id AS out_id, lc.amount_tiyn AS amount,
            coalesce(iin.paid_at, tin.created_at) AS in_at, coalesce(iout.paid_at, tout.created_at) AS out_at
       FROM transfer tin JOIN lot ON lot.transfer_id = tin.id
       JOIN account a ON a.id = lot.account_id AND a.holder_kind = 'company'
       LEFT JOIN invoice iin ON tin.document_type = 'invoice' AND iin.id = tin.document_id
       JOIN lot_consumption lc ON lc.lot_id = lot.id
       JOIN transfer tout ON tout.id = lc.transfer_id AND tout.kind = 'payment'
       JOIN account ta ON ta.id = tout.to_account_id AND ta.holder_kind = 'company'
       LEFT JOIN invoice iout ON tout.document_type = 'invoice' AND iout.id = tout.document_id
      WHERE tin.colour_id = $1 AND tin.kind = 'payment'`,
    [colourId],
  );
  const wagesBy = new Map<number, bigint>();
  for (const m of moves) if (m.kind === "exit" && m.to_key === "exit:wages" && m.from_org != null) wagesBy.set(m.from_org, (wagesBy.get(m.from_org) ?? 0n) + m.amount_tiyn);
  const flowsOf = groupBy(flows, (f) => f.org);
  const paymentById = new Map(payments.map((m) => [m.id.toString(), m]));
  for (const [org, received] of receivedBy) {
    const mine = (flowsOf.get(org) ?? []).filter((f) => f.out_at.getTime() - f.in_at.getTime() <= config.passThrough.windowDays * DAY);
    const forwarded = mine.reduce((s, f) => s + f.amount, 0n);
    const verdict = decidePassThrough({ receivedTiyn: received.total, forwardedInWindowTiyn: forwarded, wagesTiyn: wagesBy.get(org) ?? 0n }, config.passThrough);
    const outIds = [...new Set(mine.map((f) => f.out_id.toString()))];
    if (!verdict) continue;
    const involved = [...received.transfers, ...outIds].flatMap((id) => paymentById.get(id) ?? []);
    push("pass_through", "company", `colour:${colourId}:company:${org}`, org, { ...verdict, facts: { ...verdict.facts, receivedTiyn: received.total.toString(), forwardedTiyn: forwarded.toString() } }, {
      transfers: [...received.transfers, ...outIds],
      companies: [org, ...outIds.flatMap((id) => paymentById.get(id)?.to_org ?? [])],
      invoices: involved.flatMap((m) => (m.document_type === "invoice" ? [Number(m.document_id)] : [])),
    });
  }

  // ── round-trip: the payee against its payer, earlier tiers and approving officials ──
  const paid = invoices.filter((i) => i.status === "paid");
  if (paid.length) {
    // Every contract of the chain is in this colour: load them once and climb parents here, rather than a
    // recursive query per paid invoice (12 ms a colour at a million transfers).
    const contracts = await sql<{ id: number; parent_id: number | null; contractor_id: number }>(`SELECT id, parent_id, contractor_id FROM contract WHERE colour_id = $1`, [colourId]);
    const contractById = new Map(contracts.map((k) => [k.id, k]));
    const chain: { invoice_id: number; org: number; depth: number; contract_id: number }[] = [];
    for (const inv of paid) {
      let k = contractById.get(inv.contract_id);
      for (let depth = 1; k?.parent_id != null && depth < 20; depth++) {
        const parent = contractById.get(k.parent_id);
        if (!parent) break;
        chain.push({ invoice_id: inv.id, org: parent.contractor_id, depth, contract_id: parent.id });
        k = parent;
      }
    }
    const approvers = await sql<{ invoice_id: number; user_id: number; person_id: number | null; person_address: string | null }>(
      `SELECT d.invoice_id, d.user_id, u.person_id, p.address AS person_address
         FROM invoice_decision d LEFT JOIN app_user u ON u.id = d.user_id LEFT JOIN person p ON p.id = u.person_id
        WHERE d.invoice_id = ANY($1::int[]) AND d.decision = 'approve'`,
      [paid.map((i) => i.id)],
    );
    const orgIds = [...new Set([...paid.map((i) => i.issuer_id), ...chain.map((c) => c.org)])];
    const parties = await partiesOf(sql, orgIds);
    const byPayee = new Map<number, { ties: ReturnType<typeof findTies>; invoices: number[]; contracts: number[] }>();
    const chainOf = groupBy(chain, (c) => c.invoice_id);
    const approversOf = groupBy(approvers, (a) => a.invoice_id);
    for (const inv of paid) {
      const payee = parties.get(inv.issuer_id)!;
      const upstream = (chainOf.get(inv.id) ?? []).map((c) => ({ ...parties.get(c.org)!, role: c.depth === 1 ? ("payer" as const) : ("earlier_tier" as const) }));
      const ties = findTies(payee, upstream, (approversOf.get(inv.id) ?? []).map((a) => ({ userId: a.user_id, personId: a.person_id, personAddress: a.person_address })), config.roundTrip);
      if (!ties.length) continue;
      const acc = byPayee.get(inv.issuer_id) ?? { ties: [], invoices: [], contracts: [] };
      for (const t of ties) if (!acc.ties.some((x) => JSON.stringify(x) === JSON.stringify(t))) acc.ties.push(t);
      acc.invoices.push(inv.id);
      acc.contracts.push(inv.contract_id, ...(chainOf.get(inv.id) ?? []).map((c) => c.contract_id));
      byPayee.set(inv.issuer_id, acc);
    }
    for (const [payee, acc] of byPayee) {
      const verdict = decideRoundTrip(acc.ties);
      push("round_trip", "company", `colour:${colourId}:company:${payee}`, payee, verdict && { ...verdict, facts: { ...verdict.facts, relations: acc.ties } }, {
        invoices: acc.invoices,
        contracts: acc.contracts,
        transfers: acc.invoices.flatMap((id) => (paymentOf.get(id) ? [paymentOf.get(id)!.id.toString()] : [])),
        companies: [payee, ...acc.ties.flatMap((t) => (t.organizationId ? [t.organizationId] : []))],
        persons: acc.ties.flatMap((t) => (t.personId ? [t.personId] : [])),
        users: acc.ties.flatMap((t) => (t.userId ? [t.userId] : [])),
      });
    }
  }

  // ── split invoices and duplicates ──
  const threshold = BigInt(colour.threshold ?? "0");
  const byIssuer = new Map<number, TInvoiceRow[]>();
  for (const i of invoices) byIssuer.set(i.issuer_id, [...(byIssuer.get(i.issuer_id) ?? []), i]);
  if (threshold > 0n) {
    for (const [issuer, list] of byIssuer) {
      const ids = findSplitInvoices(list.map((i) => ({ id: i.id, on: i.issued_on, totalTiyn: i.total_tiyn })), threshold, config.splitInvoices);
      const sum = list.filter((i) => ids.includes(i.id)).reduce((s, i) => s + i.total_tiyn, 0n);
      push("split_invoices", "company", `colour:${colourId}:company:${issuer}`, issuer, decideSplitInvoices(ids, sum, threshold), {
        invoices: ids,
        companies: [issuer],
        contracts: list.filter((i) => ids.includes(i.id)).map((i) => i.contract_id),
        transfers: ids.flatMap((id) => (paymentOf.get(id) ? [paymentOf.get(id)!.id.toString()] : [])),
      });
    }
  }
  for (const group of findDuplicateInvoices(invoices.map((i) => ({ id: i.id, issuerId: i.issuer_id, on: i.issued_on, totalTiyn: i.total_tiyn })), config.duplicateInvoice)) {
    const rows = invoices.filter((i) => group.includes(i.id));
    const verdict = decideDuplicateInvoice(group);
    push("duplicate_invoice", "invoice", String(group[0]), rows[0]!.issuer_id, verdict && { ...verdict, facts: { ...verdict.facts, totalTiyn: rows[0]!.total_tiyn.toString() } }, {
      invoices: group,
      companies: [rows[0]!.issuer_id],
      contracts: rows.map((r) => r.contract_id),
      transfers: group.flatMap((id) => (paymentOf.get(id) ? [paymentOf.get(id)!.id.toString()] : [])),
    });
  }

  // ── markup between tiers: what a company billed upward for an item against what it paid one tier down ──
  const tierLines = await sql<{ parent_contract: number; company: number; item: number; code: string; side: string; invoice_id: number; quantity_milli: bigint; unit_price_tiyn: bigint }>(
    `SELECT k.id AS parent_contract, k.contractor_id AS company, l.estimate_item_id AS item, e.code, 'up' AS side, i.id AS invoice_id, l.quantity_milli, l.unit_price_tiyn
       FROM contract k JOIN invoice i ON i.contract_id = k.id AND i.status IN ${LIVE_INVOICE}
       JOIN invoice_line l ON l.invoice_id = i.id JOIN estimate_item e ON e.id = l.estimate_item_id
      WHERE k.colour_id = $1 AND EXISTS (SELECT 1 FROM contract s WHERE s.parent_id = k.id)
     UNION ALL
     SELECT s.parent_id, k.contractor_id, l.estimate_item_id, e.code, 'down', i.id, l.quantity_milli, l.unit_price_tiyn
       FROM contract s JOIN contract k ON k.id = s.parent_id JOIN invoice i ON i.contract_id = s.id AND i.status = 'paid'
       JOIN invoice_line l ON l.invoice_id = i.id JOIN estimate_item e ON e.id = l.estimate_item_id
      WHERE s.colour_id = $1`,
    [colourId],
  );
  const invoiceById = new Map(invoices.map((i) => [i.id, i]));
  for (const [key, lines] of groupBy(tierLines, (l) => `${l.parent_contract}:${l.item}`)) {
    const up = lines.filter((l) => l.side === "up");
    const down = lines.filter((l) => l.side === "down");
    const upPrice = averageUnitPrice(up.map((l) => ({ quantityMilli: l.quantity_milli, unitPriceTiyn: l.unit_price_tiyn })));
    const downPrice = averageUnitPrice(down.map((l) => ({ quantityMilli: l.quantity_milli, unitPriceTiyn: l.unit_price_tiyn })));
    if (upPrice == null || downPrice == null) continue;
    const verdict = decideMarkup({ upUnitPriceTiyn: upPrice, downUnitPriceTiyn: downPrice }, config.markup);
    const downInvoices = down.map((l) => l.invoice_id);
    const downIssuers = downInvoices.flatMap((id) => invoiceById.get(id)?.issuer_id ?? []);
    push("markup", "contract_item", key.replace(":", ":item:"), lines[0]!.company, verdict && { ...verdict, facts: { ...verdict.facts, itemCode: lines[0]!.code } }, {
      invoices: [...up.map((l) => l.invoice_id), ...downInvoices],
      contracts: [lines[0]!.parent_contract, ...downInvoices.flatMap((id) => invoiceById.get(id)?.contract_id ?? [])],
      companies: [lines[0]!.company, ...downIssuers],
      transfers: downInvoices.flatMap((id) => (paymentOf.get(id) ? [paymentOf.get(id)!.id.toString()] : [])),
    });
  }

  // ── unit-price outliers: this colour's lines against every price of the same item code ──
  // Quartiles per item code come from the recompute's shared facts, or for one colour's refresh from factsFor()
  // (computed by the database, cached a minute: a code's quartiles over thousands of prices barely move).
  const lines = await sql<{ line_id: number; invoice_id: number; issuer_id: number; contract_id: number; code: string; unit_price_tiyn: bigint }>(
    `SELECT l.id AS line_id, i.id AS invoice_id, i.issuer_id, i.contract_id, e.code, l.unit_price_tiyn
       FROM contract k JOIN invoice i ON i.contract_id = k.id AND i.status IN ${LIVE_INVOICE}
       JOIN invoice_line l ON l.invoice_id = i.id JOIN estimate_item e ON e.id = l.estimate_item_id
      WHERE k.colour_id = $1`,
    [colourId],
  );
  type TCompanyBase = { id: number; registered_on: Date | null; is_debarred: boolean; is_sub: boolean; contracts: number[] };
  const companyRows = await sql<TCompanyBase>(
    `SELECT o.id, o.registered_on, o.is_debarred, bool_or(k.parent_id IS NOT NULL) AS is_sub, array_agg(k.id) AS contracts
       FROM contract k JOIN organization o ON o.id = k.contractor_id WHERE k.colour_id = $1 GROUP BY o.id`,
    [colourId],
  );
  const facts = shared ?? (await factsFor(sql, [...new Set(lines.map((l) => l.code))], companyRows.map((c) => c.id)));
  const priced = lines.flatMap((p) => {
    const stats = facts.prices.get(p.code);
    return stats ? [{ ...p, ...stats }] : [];
  });
  const fences = new Map<string, bigint | null>();
  for (const p of priced) {
    if (!fences.has(p.code)) fences.set(p.code, fenceOf({ q1: Number(p.q1), q3: Number(p.q3) }, p.samples, config.unitPriceOutlier));
    const verdict = decideUnitPriceOutlier({ unitPriceTiyn: p.unit_price_tiyn, fenceTiyn: fences.get(p.code)! });
    push("unit_price_outlier", "invoice_line", String(p.line_id), p.issuer_id, verdict && { ...verdict, facts: { ...verdict.facts, itemCode: p.code, samples: p.samples } }, {
      invoices: [p.invoice_id],
      contracts: [p.contract_id],
      companies: [p.issuer_id],
      transfers: paymentOf.get(p.invoice_id) ? [paymentOf.get(p.invoice_id)!.id.toString()] : [],
    });
  }

  // ── new companies, concentration, debarred parties ──
  const companies = companyRows.map((c) => {
    const f = facts.firstReceipts.get(c.id);
    return { ...c, first_transfer: f?.transferId ?? null, first_colour: f?.colourId ?? null, first_at: f?.at ?? null };
  });
  for (const c of companies) {
    const received = receivedBy.get(c.id);
    if (c.first_at && c.first_colour === colourId) {
      const verdict = decideNewCompany({ registeredOn: c.registered_on, firstReceiptAt: c.first_at }, config.newCompany);
      push("new_company", "company", String(c.id), c.id, verdict && { ...verdict, facts: { ...verdict.facts, registeredOn: c.registered_on?.toISOString().slice(0, 10) ?? "", firstReceiptAt: c.first_at.toISOString() } }, {
        companies: [c.id],
        transfers: [c.first_transfer!.toString()],
        contracts: c.contracts,
      });
    }
    if (c.is_sub && received) {
      const verdict = decideConcentration({ receivedTiyn: received.total, mintedTiyn: colour.minted_tiyn }, config.concentration);
      push("concentration", "company", `colour:${colourId}:company:${c.id}`, c.id, verdict && { ...verdict, facts: { ...verdict.facts, receivedTiyn: received.total.toString(), mintedTiyn: colour.minted_tiyn.toString() } }, {
        companies: [c.id],
        transfers: received.transfers,
        contracts: c.contracts,
      });
    }
    push("debarred_party", "company", `colour:${colourId}:company:${c.id}`, c.id, decideDebarredParty({ isDebarred: c.is_debarred, receivedTiyn: received?.total ?? 0n }), {
      companies: [c.id],
      transfers: received?.transfers ?? [],
      contracts: c.contracts,
    });
  }

  // ── rush before expiry: the project's own payments against the calendar of the colour ──
  const projectPayments = payments.filter((m) => m.from_kind === "project");
  const rush = decideRushBeforeExpiry({ mintedAt: colour.minted_at, expiresAt: colour.expires_at, mintedTiyn: colour.minted_tiyn, payments: projectPayments.map((m) => ({ at: m.at, amountTiyn: m.amount_tiyn })) }, config.rushBeforeExpiry);
  const lastFrom = colour.expires_at.getTime() - config.rushBeforeExpiry.lastDays * DAY;
  const rushed = projectPayments.filter((m) => m.at.getTime() >= lastFrom);
  push("rush_before_expiry", "colour", String(colourId), null, rush && { ...rush, facts: { ...rush.facts, expiresAt: colour.expires_at.toISOString() } }, {
    transfers: rushed.map((m) => m.id.toString()),
    invoices: rushed.flatMap((m) => (m.document_type === "invoice" ? [Number(m.document_id)] : [])),
    companies: rushed.flatMap((m) => (m.to_org ? [m.to_org] : [])),
  });

  // ── repeated refused attempts ──
  const refused = await sql<{ organization_id: number; at: Date[]; actors: number[]; documents: string[] }>(
    `SELECT organization_id, array_agg(created_at ORDER BY created_at) AS at, array_agg(DISTINCT actor_id) FILTER (WHERE actor_id IS NOT NULL) AS actors,
            array_agg(DISTINCT document_id::text) FILTER (WHERE document_type = 'invoice' AND document_id IS NOT NULL) AS documents
       FROM refused_attempt WHERE colour_id = $1 AND organization_id IS NOT NULL GROUP BY organization_id`,
    [colourId],
  );
  for (const r of refused) {
    push("refused_attempts", "company", `colour:${colourId}:company:${r.organization_id}`, r.organization_id, decideRefusedAttempts(r.at, config.refusedAttempts), {
      companies: [r.organization_id],
      users: (r.actors ?? []).filter((a) => a > 0),
      invoices: (r.documents ?? []).map(Number),
    });
  }

  // ── approval anomalies ──
  const decisions = await sql<{ invoice_id: number; user_id: number; person_id: number | null; decided_at: Date }>(
    `SELECT d.invoice_id, d.user_id, u.person_id, d.decided_at FROM invoice_decision d JOIN invoice i ON i.id = d.invoice_id
       JOIN contract k ON k.id = i.contract_id LEFT JOIN app_user u ON u.id = d.user_id
      WHERE k.colour_id = $1 AND d.decision = 'approve'`,
    [colourId],
  );
  const decisionsOf = groupBy(decisions, (d) => d.invoice_id);
  for (const inv of invoices) {
    const mine = decisionsOf.get(inv.id) ?? [];
    if (!mine.length) continue;
    const payment = paymentOf.get(inv.id);
    const evidence = { invoices: [inv.id], contracts: [inv.contract_id], companies: [inv.issuer_id], transfers: payment ? [payment.id.toString()] : [] };
    const same = sameApprovers({ creatorUserId: inv.created_by_id, creatorPersonId: inv.creator_person, approvers: mine.map((d) => ({ userId: d.user_id, personId: d.person_id })) });
    push("approval_same_person", "invoice", String(inv.id), inv.issuer_id, decideSameApprover(same), { ...evidence, users: [inv.created_by_id, ...same], persons: inv.creator_person ? [inv.creator_person] : [] });
    // The approval that released a payment happened at the invoice's paid_at; the others when they were recorded.
    const releaser = payment?.actor_id ?? null;
    const times = mine.map((d) => ({ userId: d.user_id, at: d.user_id === releaser && inv.paid_at ? inv.paid_at : d.decided_at }));
    const outOfHours = decideOutOfHours(times.map((t) => t.at), config.approvalOutOfHours);
    push("approval_out_of_hours", "invoice", String(inv.id), inv.issuer_id, outOfHours && { ...outOfHours, facts: { ...outOfHours.facts, times: times.map((t) => t.at.toISOString()) } }, { ...evidence, users: times.map((t) => t.userId) });
    const fast = decideFastApproval({ submittedAt: inv.submitted_at, releasedAt: inv.status === "paid" ? inv.paid_at : null }, config.approvalFast);
    push("approval_fast", "invoice", String(inv.id), inv.issuer_id, fast, { ...evidence, users: releaser ? [releaser] : [] });
  }

  return findings;
}

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

async function partiesOf(sql: TSql, orgIds: number[]): Promise<Map<number, TParty>> {
  const rows = await sql<{ id: number; address: string | null; bank_account: string | null; persons: number[] | null }>(
    `SELECT o.id, o.address, o.bank_account, array_agg(DISTINCT cp.person_id) FILTER (WHERE cp.person_id IS NOT NULL) AS persons
       FROM organization o LEFT JOIN company_person cp ON cp.organization_id = o.id WHERE o.id = ANY($1::int[]) GROUP BY o.id`,
    [orgIds],
  );
  return new Map(rows.map((r) => [r.id, { organizationId: r.id, personIds: r.persons ?? [], address: r.address, bankAccount: r.bank_account }]));
}
