// The shape of a flag kind (one file each beside this one, listed in ./index.ts): what it needs loaded beyond
// the colour's shared facts, a pure decision over plain data, and what it stores — subject, evidence, the
// measured values its page shows. Its words are in the catalogue under flags.kinds.<id>, flags.thresholds.<section>
// and flags.facts.<fact> (checked for every kind and language by ./index.test.ts).
import type { TSql } from "../../ledger/sql";
import type { TFlagConfig } from "../config";
import type { TVerdict } from "../decide";
import type { TColourFacts } from "../facts";
import type { TSeverity } from "../kinds";
import type { TEvidence, TFinding } from "../types";

/** One flag a kind found in a colour, before the engine adds what every flag carries (kind, colour, project, thresholds). */
export type TKindFinding = {
  subjectType: TFinding["subjectType"];
  subjectId: string;
  companyId: number | null;
  verdict: TVerdict<Record<string, unknown>>;
  evidence: Partial<TEvidence>;
};

export type TKindSpec<Id extends string, Own> = {
  id: Id;
  /** The config section of its thresholds (stored with each flag and shown with its definition); null when it has none. */
  thresholds: keyof TFlagConfig | null;
  /**
   * The Open Contracting Partnership's red-flag indicator ids (the 2024 catalogue, as Cardinal implements it) that this
   * kind adapts to coloured payments; empty where the catalogue, which judges tenders and awards, has none that this
   * pattern of payments matches (decision 0161).
   */
  ocp: readonly string[];
  /** The severities it can carry (some rise with how far past the threshold the pattern is). */
  severities: readonly TSeverity[];
  /** The measured values it stores in a flag's facts, each labelled by flags.facts.<key> ("relations" is shown on its own). */
  facts: readonly string[];
  /**
   * Its own fact query, for facts no other kind reads; without it the shared colour facts suffice. It gets the
   * thresholds so that it can leave out, in SQL, rows that cannot make a flag (decision 0250).
   */
  load?: (sql: TSql, colour: TColourFacts, config: TFlagConfig) => Promise<Own>;
  /** The flags it finds in the colour's facts: pure, no database. */
  detect: (colour: TColourFacts, own: Own, config: TFlagConfig) => TKindFinding[];
};

export type TFlagKindDef<Id extends string = string> = Omit<TKindSpec<Id, never>, "load" | "detect"> & {
  /** Loads what the kind needs beyond the shared facts and detects its flags. */
  run: (sql: TSql, colour: TColourFacts, config: TFlagConfig) => Promise<TKindFinding[]>;
};

export function defineKind<const Id extends string, Own = undefined>(spec: TKindSpec<Id, Own>): TFlagKindDef<Id> & { detect: TKindSpec<Id, Own>["detect"] } {
  const { load, detect, ...rest } = spec;
  return {
    ...rest,
    detect,
    // A kind without a query of its own gets undefined for it, which is what Own defaults to.
    run: async (sql, colour, config) => detect(colour, load ? await load(sql, colour, config) : (undefined as Own), config),
  };
}

/** A finding when the verdict fires, none when it is null: kinds push `...found(...)`. */
export function found(verdict: TVerdict<Record<string, unknown>> | null, finding: Omit<TKindFinding, "verdict">): TKindFinding[] {
  return verdict ? [{ ...finding, verdict }] : [];
}
