import { formatDate } from "../dates";
import { formatTiyn } from "../money";
import type { TPurposeRules } from "../rules/types";

/** One sentence of a colour's purpose rules: a catalogue key under allocations.explain and its parameters. */
export type TRuleSentence = { key: string; params: Record<string, string | number> };

const pct = (bp: number) => `${(bp / 100).toLocaleString("ru-RU", { maximumFractionDigits: 2 })} %`;

/**
 * A colour's purpose rules in plain words, in the order an official reads them: what may be bought, until
 * when, how much in advance, who must approve, what may leave the coloured circuit.
 */
export function explainRules(rules: Pick<TPurposeRules, "allowedItemCodes" | "advanceLimitBp" | "approvalThresholdTiyn" | "exits" | "expiresAt">, estimateItemCount: number): TRuleSentence[] {
  const out: TRuleSentence[] = [];
  out.push(
    rules.allowedItemCodes === "all"
      ? { key: "itemsAll", params: { count: estimateItemCount } }
      : { key: "itemsSome", params: { count: rules.allowedItemCodes.length, total: estimateItemCount, codes: rules.allowedItemCodes.join(", ") } },
  );
  out.push({ key: "expiry", params: { date: formatDate(rules.expiresAt) } });
  out.push(rules.advanceLimitBp === 0 ? { key: "advanceNone", params: {} } : { key: "advance", params: { share: pct(rules.advanceLimitBp) } });
  out.push(rules.approvalThresholdTiyn === 0n ? { key: "thresholdAll", params: {} } : { key: "threshold", params: { amount: formatTiyn(rules.approvalThresholdTiyn) } });
  for (const kind of ["wages", "taxes"] as const) {
    const exit = rules.exits[kind];
    out.push(exit.allowed && exit.maxShareBp > 0 ? { key: `${kind}Allowed`, params: { share: pct(exit.maxShareBp) } } : { key: `${kind}None`, params: {} });
  }
  out.push({ key: "chain", params: {} });
  return out;
}
