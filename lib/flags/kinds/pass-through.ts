import type { TFlagConfig } from "../config";
import { bpOf, clamp, DAY, type TVerdict } from "../decide";
import { groupBy } from "../facts";
import { defineKind, found } from "./kind";

/**
 * A company forwarded at least `minForwardedBp` of what it received of a colour to other companies, each
 * tiyn within `windowDays` of its arrival (lot lineage), and paid out at most `maxOwnWorkBp` as wages.
 */
export function decidePassThrough(f: { receivedTiyn: bigint; forwardedInWindowTiyn: bigint; wagesTiyn: bigint }, c: TFlagConfig["passThrough"]): TVerdict | null {
  if (f.receivedTiyn <= 0n) return null;
  const forwardedBp = bpOf(f.forwardedInWindowTiyn, f.receivedTiyn);
  const ownWorkBp = bpOf(f.wagesTiyn, f.receivedTiyn);
  if (forwardedBp < c.minForwardedBp || ownWorkBp > c.maxOwnWorkBp) return null;
  return { severity: "high", score: clamp(60 + (forwardedBp - c.minForwardedBp) / 25), facts: { forwardedBp, ownWorkBp } };
}

/** A tiyn a company received (in) and paid on to another company (out), followed through the lot it landed in. */
type TFlow = { org: number; in_id: bigint; out_id: bigint; amount: bigint; in_at: Date; out_at: Date };

export const passThrough = defineKind({
  id: "pass_through",
  thresholds: "passThrough",
  severities: ["high"],
  facts: ["forwardedBp", "ownWorkBp", "receivedTiyn", "forwardedTiyn"],
  // Driven from the colour's transfers (transfer (colour_id, id) index): lot has no colour index, and filtering
  // lot.colour_id read the whole lot table for every colour.
  load: (sql, colour) =>
    sql<TFlow>(
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
      [colour.colourId],
    ),
  detect: (colour, flows, config) => {
    const wagesBy = new Map<number, bigint>();
    for (const m of colour.moves) if (m.kind === "exit" && m.to_key === "exit:wages" && m.from_org != null) wagesBy.set(m.from_org, (wagesBy.get(m.from_org) ?? 0n) + m.amount_tiyn);
    const flowsOf = groupBy(flows, (f) => f.org);
    return [...colour.receivedBy].flatMap(([org, received]) => {
      const mine = (flowsOf.get(org) ?? []).filter((f) => f.out_at.getTime() - f.in_at.getTime() <= config.passThrough.windowDays * DAY);
      const forwarded = mine.reduce((s, f) => s + f.amount, 0n);
      const verdict = decidePassThrough({ receivedTiyn: received.total, forwardedInWindowTiyn: forwarded, wagesTiyn: wagesBy.get(org) ?? 0n }, config.passThrough);
      if (!verdict) return [];
      const outIds = [...new Set(mine.map((f) => f.out_id.toString()))];
      const involved = [...received.transfers, ...outIds].flatMap((id) => colour.paymentById.get(id) ?? []);
      return found({ ...verdict, facts: { ...verdict.facts, receivedTiyn: received.total.toString(), forwardedTiyn: forwarded.toString() } }, {
        subjectType: "company",
        subjectId: `colour:${colour.colourId}:company:${org}`,
        companyId: org,
        evidence: {
          transfers: [...received.transfers, ...outIds],
          companies: [org, ...outIds.flatMap((id) => colour.paymentById.get(id)?.to_org ?? [])],
          invoices: involved.flatMap((m) => (m.document_type === "invoice" ? [Number(m.document_id)] : [])),
        },
      });
    });
  },
});
