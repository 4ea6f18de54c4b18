import "server-only";
import type { TSql } from "../ledger/sql";
import type { TFlagConfig } from "./config";
import { loadColourFacts, type TSharedFacts } from "./facts";
import { KIND_DEFS } from "./kinds/index";
import { evidenceOf, type TFinding } from "./types";

export { factsFor, sharedFacts, type TSharedFacts } from "./facts";

/**
 * Every flag of one colour: its facts loaded once (lib/flags/facts.ts), then each kind (lib/flags/kinds) loads
 * what only it needs and decides. A flag's key is kind + subject; its stored facts carry the thresholds it was
 * judged with.
 */
export async function detectColour(sql: TSql, colourId: number, config: TFlagConfig, shared?: TSharedFacts): Promise<TFinding[]> {
  const colour = await loadColourFacts(sql, colourId, shared);
  if (!colour) return [];
  const findings: TFinding[] = [];
  for (const kind of KIND_DEFS) {
    const thresholds = kind.thresholds ? config[kind.thresholds] : {};
    for (const f of await kind.run(sql, colour, config)) {
      findings.push({
        key: `${kind.id}:${f.subjectType}:${f.subjectId}`,
        kind: kind.id,
        subjectType: f.subjectType,
        subjectId: f.subjectId,
        colourId,
        projectId: colour.colour.project_id,
        companyId: f.companyId,
        region: colour.colour.region,
        severity: f.verdict.severity,
        score: f.verdict.score,
        evidence: evidenceOf(f.evidence),
        facts: { ...f.verdict.facts, thresholds },
      });
    }
  }
  return findings;
}
