import type { TSql } from "../../ledger/sql";
import type { TFlagConfig } from "../config";
import { bpOf, clamp, DAY, type TVerdict } from "../decide";
import { groupBy } from "../../collections";
import { defineKind, found } from "./kind";

/**
 * A company forwarded at least `minForwardedBp` of everything it received of a colour to other companies, the
 * typical tenge (the amount-weighted median) within `windowDays` of its arrival (lot lineage), while its own work
 * — the value of the items it billed and did not buy from its subcontractors — is at most `maxOwnWorkBp` of what it
 * received (decision 0159). Shares are over the whole colour and in integer tiyn: holding one round's money longer
 * does not hide the others, and no float decides a threshold.
 */
export function decidePassThrough(f: { receivedTiyn: bigint; forwardedTiyn: bigint; ownWorkTiyn: bigint; medianHoldingMs: number | null }, c: TFlagConfig["passThrough"]): TVerdict | null {
  if (f.receivedTiyn <= 0n || f.medianHoldingMs == null) return null;
  const forwardedBp = bpOf(f.forwardedTiyn, f.receivedTiyn);
  const ownWorkBp = bpOf(f.ownWorkTiyn, f.receivedTiyn);
  if (forwardedBp < c.minForwardedBp || ownWorkBp > c.maxOwnWorkBp || f.medianHoldingMs > c.windowDays * DAY) return null;
  return { severity: "high", score: clamp(60 + (forwardedBp - c.minForwardedBp) / 25 + (c.maxOwnWorkBp - ownWorkBp) / 100), facts: { forwardedBp, ownWorkBp, holdingDays: Math.round(f.medianHoldingMs / (DAY / 10)) / 10 } };
}

/** A tiyn a company received (in) and paid on to another company (out), followed through the lot it landed in. */
export type TFlow = { org: number; in_id: bigint; out_id: bigint; amount: bigint; in_at: Date; out_at: Date };
/** What a company billed of one estimate item (up) and what its subcontractors billed it for the same item (down), paid invoices only. */
export type TItemBill = { company: number; item: number; side: "up" | "down"; amount: bigint };

/** The amount-weighted median of how long forwarded money stayed; null when nothing was forwarded. */
export function medianHoldingMs(flows: readonly Pick<TFlow, "amount" | "in_at" | "out_at">[]): number | null {
  const total = flows.reduce((s, f) => s + f.amount, 0n);
  if (total <= 0n) return null;
  const sorted = flows.map((f) => ({ ms: f.out_at.getTime() - f.in_at.getTime(), amount: f.amount })).sort((a, b) => a.ms - b.ms);
  let seen = 0n;
  for (const f of sorted) {
    seen += f.amount;
    if (seen * 2n >= total) return f.ms;
  }
  return sorted[sorted.length - 1]!.ms;
}

/** Own work: per estimate item, what the company billed beyond what it bought of that item from its subcontractors. */
export function ownWorkOf(bills: readonly TItemBill[]): bigint {
  const byItem = new Map<number, bigint>();
  for (const b of bills) byItem.set(b.item, (byItem.get(b.item) ?? 0n) + (b.side === "up" ? b.amount : -b.amount));
  return [...byItem.values()].reduce((s, v) => (v > 0n ? s + v : s), 0n);
}

// Driven from the colour's transfers (transfer (colour_id, id) index): lot has no colour index, and filtering
// lot.colour_id read the whole lot table for every colour.
async function loadPassThrough(sql: TSql, colourId: number): Promise<{ flows: TFlow[]; bills: TItemBill[] }> {
  const flows = await sql<TFlow>(
    `SELECT a.organization_id AS org, tin.id AS in_id, tout.id AS out_id, lc.amount_tiyn AS amount,
            coalesce(iin.paid_at, tin.created_at) AS in_at, coalesce(iout.paid_at, tout.created_at) AS out_at
       FROM transfer tin JOIN lot ON lot.transfer_id = tin.id
       JOIN account a ON a.id = lot.account_id AND a.holder_kind = 'company'
       LEFT JOIN invoice iin ON tin.document_type = 'invoice' AND iin.id = tin.document_id
       JOIN lot_consumption lc ON lc.lot_id = lot.id
       JOIN transfer tout ON tout.id = lc.transfer_id AND tout.kind = 'payment'
       JOIN account ta ON ta.id = tout.to_account_id AND ta.holder_kind = 'company'
       LEFT JOIN invoice iout ON tout.document_type = 'invoice' AND iout.id = tout.document_id
      WHERE tin.colour_id = $1 AND tin.kind = 'payment'
        AND NOT EXISTS (SELECT 1 FROM transfer r WHERE r.reverses_id = tout.id)`,
    [colourId],
  );
  const bills = await sql<TItemBill>(
    `SELECT company, item, side, sum(amount)::bigint AS amount FROM (
       SELECT i.issuer_id AS company, l.estimate_item_id AS item, 'up' AS side, l.amount_tiyn AS amount
         FROM contract k JOIN invoice i ON i.contract_id = k.id AND i.status = 'paid' JOIN invoice_line l ON l.invoice_id = i.id
        WHERE k.colour_id = $1
       UNION ALL
       SELECT p.contractor_id, l.estimate_item_id, 'down', l.amount_tiyn
         FROM contract k JOIN contract p ON p.id = k.parent_id JOIN invoice i ON i.contract_id = k.id AND i.status = 'paid'
         JOIN invoice_line l ON l.invoice_id = i.id
        WHERE k.colour_id = $1
     ) b GROUP BY company, item, side`,
    [colourId],
  );
  return { flows, bills };
}

export const passThrough = defineKind({
  id: "pass_through",
  thresholds: "passThrough",
  ocp: [],
  severities: ["high"],
  facts: ["forwardedBp", "ownWorkBp", "holdingDays", "receivedTiyn", "forwardedTiyn", "ownWorkTiyn"],
  load: (sql, colour) => loadPassThrough(sql, colour.colourId),
  detect: (colour, own, config) => {
    const flowsOf = groupBy(own?.flows ?? [], (f) => f.org);
    const billsOf = groupBy(own?.bills ?? [], (b) => Number(b.company));
    return [...colour.receivedBy].flatMap(([org, received]) => {
      const mine = (flowsOf.get(org) ?? []).filter((f) => f.amount > 0n);
      const forwarded = mine.reduce((s, f) => s + BigInt(f.amount), 0n);
      const ownWork = ownWorkOf((billsOf.get(org) ?? []).map((b) => ({ ...b, item: Number(b.item), amount: BigInt(b.amount) })));
      const verdict = decidePassThrough({ receivedTiyn: received.total, forwardedTiyn: forwarded, ownWorkTiyn: ownWork, medianHoldingMs: medianHoldingMs(mine) }, config.passThrough);
      if (!verdict) return [];
      const outIds = [...new Set(mine.map((f) => f.out_id.toString()))];
      const involved = [...received.transfers, ...outIds].flatMap((id) => colour.paymentById.get(id) ?? []);
      return found({ ...verdict, facts: { ...verdict.facts, receivedTiyn: received.total.toString(), forwardedTiyn: forwarded.toString(), ownWorkTiyn: ownWork.toString() } }, {
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
