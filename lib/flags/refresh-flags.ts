import "server-only";
import { pool } from "../db";
import { env } from "../env";
import { logUnexpected } from "../errors";
import type { TSql } from "../ledger/sql";
import { FLAG_CONFIG, type TFlagConfig } from "./config";
import { detectColour, sharedFacts, type TSharedFacts } from "./detect-colour";
import { withFlagTransaction } from "./flag-transaction";
import type { TFinding } from "./types";

export type TRefreshResult = { colourId: number; open: number; cleared: number };

/**
 * Recomputes every flag of one colour and writes the result: found flags are upserted by key (kind + subject),
 * flags of this colour no longer found are marked cleared, dismissed ones stay dismissed. Running it twice
 * changes nothing but last_detected_at. Refreshes of one colour queue behind each other (advisory lock).
 */
export async function refreshFlagsForColour(colourId: number, { config = FLAG_CONFIG, shared }: { config?: TFlagConfig; shared?: TSharedFacts } = {}): Promise<TRefreshResult> {
  return withFlagTransaction(async (sql) => {
    // One snapshot for every query: payments committing meanwhile must not appear in one fact and not in
    // another. A concurrent refresh of the same colour (another process) ends in a serialization failure,
    // and withFlagTransaction runs this again.
    await sql(`SELECT pg_advisory_xact_lock(hashtext('aiqyn.flags'), $1::int)`, [colourId]);
    const findings = await detectColour(sql, colourId, config, shared);
    await upsertFlags(sql, findings);
    const cleared = await sql<{ id: number }>(
      `UPDATE flag SET status = 'cleared' WHERE colour_id = $1 AND status = 'open' AND NOT (key = ANY($2::text[])) RETURNING id`,
      [colourId, findings.map((f) => f.key)],
    );
    return { colourId, open: findings.length, cleared: cleared.length };
  });
}

/** Upserts flags by key, a thousand per statement. */
async function upsertFlags(sql: TSql, findings: readonly TFinding[]) {
  const rows = [...new Map(findings.map((f) => [f.key, f])).values()].map((f) => ({
    key: f.key,
    kind: f.kind,
    subject_type: f.subjectType,
    subject_id: f.subjectId,
    colour_id: f.colourId,
    project_id: f.projectId,
    company_id: f.companyId,
    region: f.region,
    severity: f.severity,
    score: f.score,
    evidence: f.evidence,
    facts: f.facts,
  }));
  for (let at = 0; at < rows.length; at += 1000) {
    await sql(
      `INSERT INTO flag (key, kind, subject_type, subject_id, colour_id, project_id, company_id, region, severity, score, evidence, facts)
       SELECT r.key, r.kind, r.subject_type, r.subject_id, r.colour_id, r.project_id, r.company_id, r.region, r.severity::"FlagSeverity", r.score, r.evidence, r.facts
         FROM jsonb_to_recordset($1::jsonb) AS r(key text, kind text, subject_type text, subject_id text, colour_id int, project_id int, company_id int, region text, severity text, score int, evidence jsonb, facts jsonb)
       ON CONFLICT (key) DO UPDATE SET
         colour_id = EXCLUDED.colour_id, project_id = EXCLUDED.project_id, company_id = EXCLUDED.company_id, region = EXCLUDED.region,
         severity = EXCLUDED.severity, score = EXCLUDED.score, evidence = EXCLUDED.evidence, facts = EXCLUDED.facts,
         last_detected_at = now(),
         status = CASE WHEN flag.status = 'dismissed' THEN 'dismissed'::"FlagStatus" ELSE 'open'::"FlagStatus" END`,
      [JSON.stringify(rows.slice(at, at + 1000))],
    );
  }
}

/** The colours a company holds money or a contract in: those whose flags can name it. */
async function coloursOfCompany(companyId: number): Promise<number[]> {
  const { rows } = await pool().query<{ colour_id: number }>(
    `SELECT colour_id FROM account WHERE organization_id = $1 UNION SELECT colour_id FROM contract WHERE contractor_id = $1 ORDER BY 1`,
    [companyId],
  );
  return rows.map((r) => r.colour_id);
}

/** Every colour a company holds money or a contract in, refreshed one after another. */
export async function refreshFlagsForCompany(companyId: number, options: { config?: TFlagConfig } = {}): Promise<TRefreshResult[]> {
  const results: TRefreshResult[] = [];
  for (const colourId of await coloursOfCompany(companyId)) results.push(await refreshFlagsForColour(colourId, options));
  return results;
}

/**
 * The full recompute: every colour, reporting progress. The facts that span colours (price quartiles per item
 * code, first receipts) are read once, in one snapshot, before the colours; each colour then runs in its own
 * snapshot, a few at a time (FLAG_RECOMPUTE_WORKERS). A payment committing during the recompute is judged
 * against quartiles read a moment earlier — the refresh it schedules judges it again.
 */
export async function recomputeAllFlags({ config = FLAG_CONFIG, onProgress, workers = env().FLAG_RECOMPUTE_WORKERS }: { config?: TFlagConfig; onProgress?: (done: number, total: number) => void; workers?: number } = {}): Promise<{ colours: number; open: number; cleared: number }> {
  const { rows } = await pool().query<{ id: number }>(`SELECT id FROM colour ORDER BY id`);
  const shared = await withFlagTransaction(sharedFacts);
  let open = 0;
  let cleared = 0;
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < rows.length) {
      const colourId = rows[next++]!.id;
      const result = await refreshFlagsForColour(colourId, { config, shared });
      open += result.open;
      cleared += result.cleared;
      onProgress?.(++done, rows.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(workers, rows.length)) }, worker));
  return { colours: rows.length, open, cleared };
}

// Refreshes after payments run in the background, after a short quiet period (FLAG_REFRESH_DELAY_MS), one colour at a time: a payment
// never waits for them, a burst of payments in one colour (or in many) costs one refresh per colour, and the
// refreshes never crowd out the payments themselves. Recomputing a colour on every payment cost 35 ms of
// database time per payment and took the payment benchmark from 477 to 13 payments/s (docs/PERFORMANCE.md).
const pending = new Set<number>();
let timer: ReturnType<typeof setTimeout> | null = null;
let draining: Promise<void> | null = null;

/**
 * For callers that just moved money (after the commit): schedules a refresh of the colour's flags, within a
 * few seconds. Never throws; a failed refresh is logged and the next refresh or a full recompute catches up.
 */
export function scheduleFlagRefresh(colourId: number | null | undefined): void {
  if (colourId == null) return;
  if (held) {
    held.colours.add(colourId);
    return;
  }
  pending.add(colourId);
  if (!timer && !draining) timer = later();
}

// A pending refresh does not keep a command-line process alive; it settles (or a recompute catches up) instead.
const later = () => setTimeout(startDrain, env().FLAG_REFRESH_DELAY_MS).unref();

function startDrain(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = null;
  draining ??= (async () => {
    while (pending.size) {
      const colourId = pending.values().next().value as number;
      pending.delete(colourId);
      try {
        await refreshFlagsForColour(colourId);
      } catch (error) {
        logUnexpected(error, `flag refresh of colour ${colourId} after a payment`);
      }
    }
  })().finally(() => {
    draining = null;
    // Colours scheduled while the last refresh ran wait for their own quiet period.
    if (pending.size && !timer) timer = later();
  });
  return draining;
}

const lookups = new Set<Promise<void>>();

/**
 * For callers that changed what the flags judge about a company without moving money (debarred or lifted, its
 * people, address or bank account), after the commit: the background form of refreshFlagsForCompany — each of
 * its colours goes through scheduleFlagRefresh, so it queues with the refreshes payments scheduled. Never throws.
 */
export function scheduleCompanyFlagRefresh(companyId: number | null | undefined): void {
  if (companyId == null) return;
  if (held) {
    held.companies.add(companyId);
    return;
  }
  const lookup = coloursOfCompany(companyId)
    .then((colours) => colours.forEach(scheduleFlagRefresh))
    .catch((error: unknown) => {
      logUnexpected(error, `flag refresh of company ${companyId}`);
    })
    .finally(() => lookups.delete(lookup));
  lookups.add(lookup);
}

// While a bulk import runs, refreshes are held rather than run: every payment, submission and company it replays
// would otherwise refresh its colours in the background, competing with the import for the node process and the
// database, only to be recomputed again once the import has written the rest (issue 15, import item 4).
let held: { colours: Set<number>; companies: Set<number> } | null = null;

/**
 * Holds the refreshes scheduled until the returned release is called: then they are scheduled as usual, or
 * dropped (`{ drop: true }`) by a caller that recomputes every colour's flags itself.
 */
export function holdFlagRefreshes(): (options?: { drop?: boolean }) => void {
  const mine = { colours: new Set<number>(), companies: new Set<number>() };
  held = mine;
  return ({ drop = false } = {}) => {
    if (held === mine) held = null;
    if (drop) return;
    mine.colours.forEach(scheduleFlagRefresh);
    mine.companies.forEach(scheduleCompanyFlagRefresh);
  };
}

/** Runs every scheduled refresh now and waits for them (tests, seeds and CLI commands before they close the pool). */
export async function settleFlagRefreshes(): Promise<void> {
  while (lookups.size || pending.size || draining) {
    if (lookups.size) await Promise.all([...lookups]);
    else if (draining) await draining;
    else await startDrain();
  }
  if (timer) clearTimeout(timer);
  timer = null;
}
