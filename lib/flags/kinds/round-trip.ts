import type { TFlagConfig } from "../config";
import { clamp, type TVerdict } from "../decide";
import { groupBy } from "../../collections";
import { paymentsOfInvoices, type TInvoiceRow } from "../facts";
import type { TSql } from "../../ledger/sql";
import { defineKind, found } from "./kind";

export type TParty = { organizationId: number; personIds: readonly number[]; address: string | null; bankAccount: string | null };
export type TTieRole = "payer" | "earlier_tier" | "approver";
export type TTie = { role: TTieRole; via: "person" | "address" | "bank_account"; organizationId?: number; userId?: number; personId?: number };

/** Addresses compare without case, punctuation or repeated spaces: "Almaty, Abay 1" = "almaty abay 1". */
export const normalizeAddress = (a: string | null | undefined) => (a ?? "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const normalizeAccount = (a: string | null | undefined) => (a ?? "").replace(/\s+/g, "").toUpperCase();

/**
 * Ties between the payee and the payer, an earlier tier of the same contract chain, or an official who
 * approved the payment: a shared director or founder, the same address, the same bank account; an approver is
 * tied when the person behind the account is a director or founder of the payee, or lives at its address.
 */
export function findTies(payee: TParty, upstream: readonly (TParty & { role: "payer" | "earlier_tier" })[], approvers: readonly { userId: number; personId: number | null; personAddress: string | null }[], c: TFlagConfig["roundTrip"]): TTie[] {
  const ties: TTie[] = [];
  const payeeAddress = normalizeAddress(payee.address);
  const payeeAccount = normalizeAccount(payee.bankAccount);
  for (const u of upstream) {
    if (u.organizationId === payee.organizationId) continue;
    if (c.byPerson) for (const p of u.personIds) if (payee.personIds.includes(p)) ties.push({ role: u.role, via: "person", organizationId: u.organizationId, personId: p });
    if (c.byAddress && payeeAddress && payeeAddress === normalizeAddress(u.address)) ties.push({ role: u.role, via: "address", organizationId: u.organizationId });
    if (c.byBankAccount && payeeAccount && payeeAccount === normalizeAccount(u.bankAccount)) ties.push({ role: u.role, via: "bank_account", organizationId: u.organizationId });
  }
  for (const a of approvers) {
    if (a.personId == null) continue;
    if (c.byPerson && payee.personIds.includes(a.personId)) ties.push({ role: "approver", via: "person", userId: a.userId, personId: a.personId });
    if (c.byAddress && payeeAddress && payeeAddress === normalizeAddress(a.personAddress)) ties.push({ role: "approver", via: "address", userId: a.userId, personId: a.personId });
  }
  return ties;
}

export function decideRoundTrip(ties: readonly TTie[]): TVerdict | null {
  if (ties.length === 0) return null;
  const strong = ties.some((t) => t.via !== "address");
  const approver = ties.some((t) => t.role === "approver");
  return { severity: "high", score: clamp((strong ? 80 : 60) + (approver ? 20 : 0) + 5 * (ties.length - 1)), facts: { ties: ties.length } };
}

type TChainLink = { invoice_id: number; org: number; depth: number; contract_id: number };
type TApprover = { invoice_id: number; user_id: number; person_id: number | null; person_address: string | null };

/** The contracts above each paid invoice's contract: its payer (depth 1) and the earlier tiers. */
export function contractChain(paid: readonly TInvoiceRow[], contracts: readonly { id: number; parent_id: number | null; contractor_id: number }[]): TChainLink[] {
  const contractById = new Map(contracts.map((k) => [k.id, k]));
  const chain: TChainLink[] = [];
  for (const inv of paid) {
    let k = contractById.get(inv.contract_id);
    for (let depth = 1; k?.parent_id != null && depth < 20; depth++) {
      const parent = contractById.get(k.parent_id);
      if (!parent) break;
      chain.push({ invoice_id: inv.id, org: parent.contractor_id, depth, contract_id: parent.id });
      k = parent;
    }
  }
  return chain;
}

async function partiesOf(sql: TSql, orgIds: number[]): Promise<Map<number, TParty>> {
  const rows = await sql<{ id: number; address: string | null; bank_account: string | null; persons: number[] | null }>(
    `SELECT o.id, o.address, o.bank_account, array_agg(DISTINCT cp.person_id) FILTER (WHERE cp.person_id IS NOT NULL) AS persons
       FROM organization o LEFT JOIN company_person cp ON cp.organization_id = o.id WHERE o.id = ANY($1::int[]) GROUP BY o.id`,
    [orgIds],
  );
  return new Map(rows.map((r) => [r.id, { organizationId: r.id, personIds: r.persons ?? [], address: r.address, bankAccount: r.bank_account }]));
}

export const roundTrip = defineKind({
  id: "round_trip",
  thresholds: "roundTrip",
  ocp: ["R044"],
  severities: ["high"],
  facts: ["ties", "relations"],
  load: async (sql, colour) => {
    const paid = colour.invoices.filter((i) => i.status === "paid");
    if (!paid.length) return { chain: [], approvers: [], parties: new Map<number, TParty>() };
    // Every contract of the chain is in this colour: load them once and climb parents here, rather than a
    // recursive query per paid invoice (12 ms a colour at a million transfers).
    const contracts = await sql<{ id: number; parent_id: number | null; contractor_id: number }>(`SELECT id, parent_id, contractor_id FROM contract WHERE colour_id = $1`, [colour.colourId]);
    const chain = contractChain(paid, contracts);
    const approvers = await sql<TApprover>(
      `SELECT d.invoice_id, d.user_id, u.person_id, p.address AS person_address
         FROM invoice_decision d LEFT JOIN app_user u ON u.id = d.user_id LEFT JOIN person p ON p.id = u.person_id
        WHERE d.invoice_id = ANY($1::int[]) AND d.decision = 'approve'`,
      [paid.map((i) => i.id)],
    );
    const parties = await partiesOf(sql, [...new Set([...paid.map((i) => i.issuer_id), ...chain.map((c) => c.org)])]);
    return { chain, approvers, parties };
  },
  detect: (colour, { chain, approvers, parties }, config) => {
    const byPayee = new Map<number, { ties: TTie[]; invoices: number[]; contracts: number[] }>();
    const chainOf = groupBy(chain, (c) => c.invoice_id);
    const approversOf = groupBy(approvers, (a) => a.invoice_id);
    for (const inv of colour.invoices.filter((i) => i.status === "paid")) {
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
    return [...byPayee].flatMap(([payee, acc]) => {
      const verdict = decideRoundTrip(acc.ties);
      return found(verdict && { ...verdict, facts: { ...verdict.facts, relations: acc.ties } }, {
        subjectType: "company",
        subjectId: `colour:${colour.colourId}:company:${payee}`,
        companyId: payee,
        evidence: {
          invoices: acc.invoices,
          contracts: acc.contracts,
          transfers: paymentsOfInvoices(colour, acc.invoices),
          companies: [payee, ...acc.ties.flatMap((t) => (t.organizationId ? [t.organizationId] : []))],
          persons: acc.ties.flatMap((t) => (t.personId ? [t.personId] : [])),
          users: acc.ties.flatMap((t) => (t.userId ? [t.userId] : [])),
        },
      });
    });
  },
});
