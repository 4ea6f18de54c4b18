import type { TFlagConfig } from "../config";
import { clamp, DAY, type TVerdict } from "../decide";
import { defineKind, found } from "./kind";

/** The most refused attempts within any `windowDays`, when that is at least `minAttempts`; else null. */
export function decideRefusedAttempts(times: readonly Date[], c: TFlagConfig["refusedAttempts"]): TVerdict | null {
  const t = times.map((d) => d.getTime()).sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; j < t.length; j++) {
    while (t[j]! - t[i]! > c.windowDays * DAY) i++;
    best = Math.max(best, j - i + 1);
  }
  if (best < c.minAttempts) return null;
  return { severity: best >= 2 * c.minAttempts ? "medium" : "low", score: clamp(30 + 10 * (best - c.minAttempts)), facts: { attempts: best } };
}

type TRefusals = { organization_id: number; at: Date[]; actors: number[] | null; documents: string[] | null };

export const refusedAttempts = defineKind({
  id: "refused_attempts",
  thresholds: "refusedAttempts",
  ocp: [],
  severities: ["low", "medium"],
  facts: ["attempts"],
  load: (sql, colour) =>
    sql<TRefusals>(
      `SELECT organization_id, array_agg(created_at ORDER BY created_at) AS at, array_agg(DISTINCT actor_id) FILTER (WHERE actor_id IS NOT NULL) AS actors,
            array_agg(DISTINCT document_id::text) FILTER (WHERE document_type = 'invoice' AND document_id IS NOT NULL) AS documents
       FROM refused_attempt WHERE colour_id = $1 AND organization_id IS NOT NULL GROUP BY organization_id`,
      [colour.colourId],
    ),
  detect: (colour, refusals, config) =>
    refusals.flatMap((r) =>
      found(decideRefusedAttempts(r.at, config.refusedAttempts), {
        subjectType: "company",
        subjectId: `colour:${colour.colourId}:company:${r.organization_id}`,
        companyId: r.organization_id,
        // Refusals of the system actor (seeds, imports: actor 0) name no account.
        evidence: { companies: [r.organization_id], users: (r.actors ?? []).filter((a) => a > 0), invoices: (r.documents ?? []).map(Number) },
      }),
    ),
});
