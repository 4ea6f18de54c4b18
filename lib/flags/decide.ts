// What every flag kind's decision shares: the verdict it returns and the arithmetic of scores. The decisions
// themselves live with their kind, one file each (lib/flags/kinds/<kind>.ts).
import type { TSeverity } from "./kinds";

/** A decision that a flag fires: how serious, how strongly (0–100), and the measured values it stores. */
export type TVerdict<F = Record<string, string | number>> = { severity: TSeverity; score: number; facts: F };

export const DAY = 86_400_000;
/** A score rounded and held within 0–100. */
export const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));
/** a / b in basis points, rounded down; 0 when b is 0. */
export const bpOf = (a: bigint, b: bigint): number => (b <= 0n ? 0 : Number((a * 10000n) / b));

// The flag page lists a round-trip's relations with this type.
export type { TTie } from "./kinds/round-trip";
