// What the school-meal kinds share (decision 0205): they read meal data only for a colour that pays a meal programme
// (`meal_programme_id` among the colour's facts), and keep at most MEAL_EVIDENCE_MAX meal or scan ids as evidence —
// the measured values carry the totals.
import type { TSql } from "../../ledger/sql";
import type { TFlagConfig } from "../config";
import type { TColourFacts } from "../facts";

export const MEAL_EVIDENCE_MAX = 100;

/** The kind's own query for a meal colour (its programme id as $1, then `extra`); nothing for any other colour. */
export function mealRows<R>(text: string, extra: (colour: TColourFacts, config: TFlagConfig) => unknown[] = () => []) {
  return async (sql: TSql, colour: TColourFacts, config: TFlagConfig): Promise<R[]> => {
    const programmeId = colour.colour.meal_programme_id;
    return programmeId == null ? [] : sql<R>(text, [programmeId, ...extra(colour, config)]);
  };
}

/** `YYYY-MM-DD` of a date column read as text or Date. */
export const dayText = (d: Date | string): string => (typeof d === "string" ? d.slice(0, 10) : d.toISOString().slice(0, 10));

/** Ids for the evidence, capped. */
export const capped = (ids: readonly (string | number | bigint)[] | null | undefined): string[] => (ids ?? []).slice(0, MEAL_EVIDENCE_MAX).map(String);
