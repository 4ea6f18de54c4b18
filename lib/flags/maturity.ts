// When a share-based flag may be raised (decision 0162). "Most of the colour" means nothing after its first payment:
// a young colour's first subcontract payment is 100 % of what it has paid out, and the flag it raised cleared as the
// project went on — hundreds of times in a year's import. So share-based kinds wait until the colour is mature: it has
// paid out at least `minPaidOutBp` of what was minted into it, or it has been active for `minActiveDays` (its latest
// payment that long after it was minted), or it has expired. Time is the data's own (the latest payment), never the
// machine's clock, so a replayed history matures exactly as it did when it happened.
import { bpOf, DAY } from "./decide";
import type { TColourFacts } from "./facts";

/** What the colour paid out of the project's account: the first tier's receipts, counted once whatever happens below. */
export const paidOutOf = (colour: TColourFacts): bigint => colour.payments.reduce((s, m) => (m.from_kind === "project" ? s + m.amount_tiyn : s), 0n);

export type TMaturity = { isMature: boolean; paidOutBp: number; activeDays: number };

/** How mature the colour is; a kind that waits for maturity carries the two thresholds in its own config section. */
export function maturityOf(colour: TColourFacts, c: { minPaidOutBp: number; minActiveDays: number }): TMaturity {
  const paidOutBp = bpOf(paidOutOf(colour), colour.colour.minted_tiyn);
  const last = colour.moves.reduce((t, m) => Math.max(t, m.at.getTime()), colour.colour.minted_at.getTime());
  const activeDays = Math.floor((last - colour.colour.minted_at.getTime()) / DAY);
  const hasExpired = last >= colour.colour.expires_at.getTime();
  return { isMature: hasExpired || paidOutBp >= c.minPaidOutBp || activeDays >= c.minActiveDays, paidOutBp, activeDays };
}
