import { z } from "zod";
import type { TPurposeRules } from "./types";

// How a colour's purpose rules are stored (colour_rules.rules): amounts as strings, expiry on the colour.
export const ZStoredRules = z.object({
  allowedItemCodes: z.union([z.literal("all"), z.array(z.string())]),
  advanceLimitBp: z.number().int().min(0).max(10000),
  approvalThresholdTiyn: z.string().regex(/^\d+$/),
  exits: z.object({
    wages: z.object({ allowed: z.boolean(), maxShareBp: z.number().int().min(0).max(10000) }),
    taxes: z.object({ allowed: z.boolean(), maxShareBp: z.number().int().min(0).max(10000) }),
  }),
});
export type TStoredRules = z.infer<typeof ZStoredRules>;

export function toStoredRules(r: Omit<TPurposeRules, "version" | "expiresAt">): TStoredRules {
  return { allowedItemCodes: r.allowedItemCodes === "all" ? "all" : [...r.allowedItemCodes], advanceLimitBp: r.advanceLimitBp, approvalThresholdTiyn: r.approvalThresholdTiyn.toString(), exits: r.exits };
}

// Payments of one colour read the same rules JSON again and again: validate each distinct text once. Keyed
// by content, not by colour id, so a cached entry can never stand for other rules.
const validated = new Map<string, TStoredRules>();

export function fromStoredRules(json: unknown, version: number, expiresAt: Date): TPurposeRules {
  const key = JSON.stringify(json);
  let r = validated.get(key);
  if (!r) {
    r = ZStoredRules.parse(json);
    if (validated.size > 10_000) validated.clear();
    validated.set(key, r);
  }
  return { ...r, version, expiresAt, approvalThresholdTiyn: BigInt(r.approvalThresholdTiyn) };
}
