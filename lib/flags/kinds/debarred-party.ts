import type { TSql } from "../../ledger/sql";
import { localDayOf } from "../../rules/working-calendar";
import type { TVerdict } from "../decide";
import type { TMove } from "../facts";
import { defineKind, found } from "./kind";

/**
 * A period a company was in the register of unreliable participants: from the day it was debarred (an Almaty calendar
 * day, inclusive) until the moment the debarment was lifted (exclusive; null while it lasts).
 */
export type TDebarment = { from: string; until: Date | null };

/** Whether a payment made at `at` fell inside one of the periods. */
export const isDuringDebarment = (at: Date, periods: readonly TDebarment[]): boolean =>
  periods.some((p) => localDayOf(at, "Asia/Almaty") >= p.from && (p.until == null || at.getTime() < p.until.getTime()));

/**
 * A debarred company at any tier of the colour (decisions 0159, 0188): paid while debarred (payments before the
 * debarment are legitimate; lifting it ends the period for later payments but never clears the ones made during it),
 * refused when someone tried to pay it while debarred, given a contract of the colour while it was debarred, or
 * debarred while it was working on the colour's money (paid within `ACTIVE_DAYS` before the debarment: its contract
 * must be stopped). Being debarred, for something else, months after its last payment here is not a fault of this
 * colour's money.
 */
export function decideDebarredParty(f: { signedWhileDebarred: number; paidWhileDebarredTiyn: bigint; refusedPayments: number; debarredWhileActive: boolean }): TVerdict | null {
  if (f.paidWhileDebarredTiyn <= 0n && f.refusedPayments === 0 && f.signedWhileDebarred === 0 && !f.debarredWhileActive) return null;
  const score = f.paidWhileDebarredTiyn > 0n ? 100 : f.refusedPayments > 0 ? Math.min(95, 80 + 5 * f.refusedPayments) : f.signedWhileDebarred > 0 ? 80 : 75;
  return { severity: "high", score, facts: { receivedTiyn: f.paidWhileDebarredTiyn.toString(), refusedPayments: f.refusedPayments } };
}

/** A company paid within this many days before its debarment was still working on the colour when debarred. */
export const ACTIVE_DAYS = 60;

/**
 * Whether the company was working on the colour when the debarment in force began: paid within `ACTIVE_DAYS` before
 * its first day. Its work on the colour must be stopped now. A company never paid here is judged by its refused
 * payments and its signing day instead. A lifted debarment asks nothing more of the colour (payments made during it
 * stay flagged on their own).
 */
export function wasActiveWhenDebarred(paidAt: readonly Date[], periods: readonly TDebarment[]): boolean {
  return periods.filter((p) => p.until == null).some((p) => {
    const start = new Date(`${p.from}T00:00:00+05:00`).getTime();
    return paidAt.some((t) => t.getTime() < start && start - t.getTime() <= ACTIVE_DAYS * 86_400_000);
  });
}

type TOwn = { periods: { organization_id: number; from: string; until: Date | null }[]; refused: { organization_id: number; attempts: number; invoices: number[] | null }[] };

// Periods come from the organisation (the debarment in force) and from the journal's chain 0 (each lifting records the
// day the debarment it ends began, and is dated when it was lifted). If the model gains a table of debarment periods
// (issue 15's import), this query is the one place to read it from.
async function loadDebarments(sql: TSql, colourId: number, companies: number[]): Promise<TOwn> {
  if (!companies.length) return { periods: [], refused: [] };
  const periods = await sql<TOwn["periods"][number]>(
    `SELECT o.id AS organization_id, to_char(o.debarred_on, 'YYYY-MM-DD') AS "from", NULL::timestamptz AS until
       FROM organization o WHERE o.id = ANY($1::int[]) AND o.is_debarred AND o.debarred_on IS NOT NULL
     UNION ALL
     SELECT (j.payload::jsonb->>'companyId')::int, j.payload::jsonb->>'wasDebarredOn', j.created_at
       FROM journal_entry j WHERE j.chain = 0 AND j.kind = 'company.debarment_lifted'
        AND j.payload::jsonb->>'wasDebarredOn' IS NOT NULL AND (j.payload::jsonb->>'companyId')::int = ANY($1::int[])`,
    [companies],
  );
  const refused = await sql<TOwn["refused"][number]>(
    `SELECT organization_id, count(*)::int AS attempts,
            array_agg(DISTINCT document_id::int) FILTER (WHERE document_type = 'invoice' AND document_id IS NOT NULL) AS invoices
       FROM refused_attempt WHERE colour_id = $1 AND 'PAYEE_DEBARRED' = ANY(codes) AND organization_id = ANY($2::int[]) GROUP BY organization_id`,
    [colourId, companies],
  );
  return { periods, refused };
}

export const debarredParty = defineKind({
  id: "debarred_party",
  thresholds: null,
  ocp: [],
  severities: ["high"],
  facts: ["receivedTiyn", "refusedPayments", "debarredFrom"],
  load: (sql, colour) => loadDebarments(sql, colour.colourId, colour.companies.map((c) => c.id)),
  detect: (colour, own, _config) =>
    colour.companies.flatMap((c) => {
      const periods = (own?.periods ?? []).filter((p) => p.organization_id === c.id);
      const refused = own?.refused.find((r) => r.organization_id === c.id);
      const paid: TMove[] = colour.payments.filter((m) => m.to_org === c.id && isDuringDebarment(m.at, periods));
      // A signing day is an Almaty calendar day: judged at its noon, inside the day whatever the time zone.
      const signedWhileDebarred = (c.signed_on ?? []).filter((d) => isDuringDebarment(new Date(d.getTime() + 12 * 3_600_000 - 5 * 3_600_000), periods)).length;
      const debarredWhileActive = wasActiveWhenDebarred(colour.payments.filter((m) => m.to_org === c.id).map((m) => m.at), periods);
      const verdict = decideDebarredParty({ signedWhileDebarred, debarredWhileActive, paidWhileDebarredTiyn: paid.reduce((s, m) => s + m.amount_tiyn, 0n), refusedPayments: refused?.attempts ?? 0 });
      const from = periods.map((p) => p.from).sort()[0];
      return found(verdict && { ...verdict, facts: { ...verdict.facts, ...(from ? { debarredFrom: from } : {}) } }, {
        subjectType: "company",
        subjectId: `colour:${colour.colourId}:company:${c.id}`,
        companyId: c.id,
        evidence: { companies: [c.id], transfers: paid.map((m) => m.id.toString()), contracts: c.contracts, invoices: refused?.invoices ?? [] },
      });
    }),
});
