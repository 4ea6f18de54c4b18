import type { TFlagConfig } from "../config";
import { bpOf, clamp, DAY, type TVerdict } from "../decide";
import { defineKind, found } from "./kind";

/**
 * A colour that paid nothing for `idleDays` and then spent more than `minShareBp` of the money that lay idle — what was
 * minted less what it had paid before the idle period — in its last `lastDays` before expiry (decision 0188: a colour
 * that paid 40 % of itself early and then sat still spends the idle money, not the allocation). The idle period is the
 * `idleDays` before the last period; the colour must have existed for all of it.
 */
export function decideRushBeforeExpiry(f: { mintedAt: Date; expiresAt: Date; mintedTiyn: bigint; payments: readonly { at: Date; amountTiyn: bigint }[] }, c: TFlagConfig["rushBeforeExpiry"]): TVerdict | null {
  const lastFrom = f.expiresAt.getTime() - c.lastDays * DAY;
  const idleFrom = lastFrom - c.idleDays * DAY;
  if (f.mintedAt.getTime() > idleFrom) return null;
  if (f.payments.some((p) => p.at.getTime() >= idleFrom && p.at.getTime() < lastFrom)) return null;
  const last = f.payments.filter((p) => p.at.getTime() >= lastFrom && p.at.getTime() <= f.expiresAt.getTime()).reduce((s, p) => s + p.amountTiyn, 0n);
  const paidBefore = f.payments.filter((p) => p.at.getTime() < idleFrom).reduce((s, p) => s + p.amountTiyn, 0n);
  const idleTiyn = f.mintedTiyn > paidBefore ? f.mintedTiyn - paidBefore : 0n;
  const shareBp = bpOf(last, idleTiyn);
  if (shareBp <= c.minShareBp) return null;
  return { severity: "medium", score: clamp(45 + (shareBp - c.minShareBp) / 100), facts: { shareBp } };
}

// The project's own payments (not the contractors' onward ones) against the calendar of the colour.
export const rushBeforeExpiry = defineKind({
  id: "rush_before_expiry",
  thresholds: "rushBeforeExpiry",
  ocp: [],
  severities: ["medium"],
  facts: ["shareBp", "expiresAt"],
  detect: ({ colourId, colour, payments }, _own, config) => {
    const projectPayments = payments.filter((m) => m.from_kind === "project");
    const verdict = decideRushBeforeExpiry({ mintedAt: colour.minted_at, expiresAt: colour.expires_at, mintedTiyn: colour.minted_tiyn, payments: projectPayments.map((m) => ({ at: m.at, amountTiyn: m.amount_tiyn })) }, config.rushBeforeExpiry);
    const lastFrom = colour.expires_at.getTime() - config.rushBeforeExpiry.lastDays * DAY;
    const rushed = projectPayments.filter((m) => m.at.getTime() >= lastFrom);
    return found(verdict && { ...verdict, facts: { ...verdict.facts, expiresAt: colour.expires_at.toISOString() } }, {
      subjectType: "colour",
      subjectId: String(colourId),
      companyId: null,
      evidence: {
        transfers: rushed.map((m) => m.id.toString()),
        invoices: rushed.flatMap((m) => (m.document_type === "invoice" ? [Number(m.document_id)] : [])),
        companies: rushed.flatMap((m) => (m.to_org ? [m.to_org] : [])),
      },
    });
  },
});
