// The risk score of a project or a company from its open flags (docs/decisions/0040-risk-score.md):
// each flag is a chance p = weight(severity) × score / 100 that something is wrong, and the risk is the
// chance that at least one is: 100 × (1 − Π (1 − p)). Bounded by 100, never lowered by another flag, and
// several weak flags add up without one strong flag being drowned.
import type { TSeverity } from "./kinds";

export const SEVERITY_WEIGHT: Record<TSeverity, number> = { high: 1, medium: 0.6, low: 0.3 };

export function riskScore(flags: readonly { severity: TSeverity; score: number }[]): number {
  let clean = 1;
  for (const f of flags) clean *= 1 - (SEVERITY_WEIGHT[f.severity] * Math.max(0, Math.min(100, f.score))) / 100;
  return Math.round(100 * (1 - clean));
}
