import "server-only";
import { formatDateTime } from "../dates";
import { readPool } from "../db";
import { env } from "../env";
import { logUnexpected } from "../errors";
import { translator, type TLocale } from "../i18n";

/**
 * Cached aggregates for the heavy public pages (issue 16 "Fast", decision 0171): the home's national figures and
 * the region, ministry and budget-line profiles sum every transfer, seconds on the national dataset. A result is
 * kept with the ledger's mark at the time it was computed — the journal's length (every posting and every decision
 * appends an entry) and the latest transfer — and reused while the mark is the same. After a posting the next
 * request starts one refresh and waits up to REFRESH_WAIT_MS for it; past that (the national sums take seconds)
 * requests get the kept result, with its own "as of", until the refresh is done. PUBLIC_CACHE_MAX_SECONDS bounds a result's age whatever the mark (0 = no cache:
 * every call computes, as the integration tests want).
 */

export type TCached<T> = {
  value: T;
  /** When the figures were computed. */
  computedAt: Date;
  /** The latest posting they include (null: no posting yet). */
  postingsUpTo: Date | null;
};

type TEntry = TCached<unknown> & { mark: string };

const MAX_ENTRIES = 500;
/** The request that finds the ledger moved waits this long for the new figures before it answers with the kept ones. */
const REFRESH_WAIT_MS = 1_500;

const store = globalThis as unknown as {
  aiqynAggregates?: Map<string, TEntry>;
  aiqynAggregateRefreshes?: Map<string, Promise<TEntry>>;
  aiqynLedgerMark?: Promise<{ mark: string; latest: Date | null }>;
};
const entries = () => (store.aiqynAggregates ??= new Map());
const refreshes = () => (store.aiqynAggregateRefreshes ??= new Map());

/**
 * The ledger's mark (two index lookups and a tiny table, well under a millisecond). Requests that ask while one read
 * is on its way share it; none reuses an older one, so a page loaded after a posting knows of it.
 */
function ledgerMark(): Promise<{ mark: string; latest: Date | null }> {
  store.aiqynLedgerMark ??= (async () => {
    // The raw driver: asked on every public answer (the page cache too, decision 0244), Prisma's own cost would be most of it.
    const { rows } = await (await readPool()).query<{ entries: string; transfer: string; latest: Date | null }>(
      `SELECT (SELECT coalesce(sum(seq), 0) FROM journal_head)::text AS entries,
         coalesce(t.id, 0)::text AS transfer, t.created_at AS latest
       FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT id, created_at FROM transfer ORDER BY id DESC LIMIT 1) t ON TRUE`,
    );
    const r = rows[0]!;
    return { mark: `${r.entries}:${r.transfer}`, latest: r.latest };
  })().finally(() => {
    store.aiqynLedgerMark = undefined;
  });
  return store.aiqynLedgerMark;
}

/**
 * The production server's page cache (scripts/lib/page-cache.mjs, decision 0244) keeps a public answer while this
 * mark stays the same; it finds the reader here, on globalThis, once the app has loaded this module.
 */
export function registerPublicMark(): void {
  (globalThis as unknown as { aiqynPublicMark?: () => Promise<string> }).aiqynPublicMark ??= async () => (await ledgerMark()).mark;
}
registerPublicMark();

/** Computes once for all concurrent callers of a key and keeps the result (the oldest entry goes past MAX_ENTRIES). */
function refresh(key: string, compute: () => Promise<unknown>, mark: { mark: string; latest: Date | null }): Promise<TEntry> {
  const running = refreshes().get(key);
  if (running) return running;
  const computedAt = new Date();
  const job = compute()
    .then((value) => {
      const entry: TEntry = { value, computedAt, postingsUpTo: mark.latest, mark: mark.mark };
      entries().delete(key);
      entries().set(key, entry);
      if (entries().size > MAX_ENTRIES) entries().delete(entries().keys().next().value!);
      return entry;
    })
    .finally(() => refreshes().delete(key));
  refreshes().set(key, job);
  return job;
}

/** `compute()`'s result for `key`, reused while the ledger has not moved (see above). */
export async function cachedAggregate<T>(key: string, compute: () => Promise<T>): Promise<TCached<T>> {
  const maxSeconds = env().PUBLIC_CACHE_MAX_SECONDS;
  if (maxSeconds === 0) {
    const { latest } = await ledgerMark();
    return { value: await compute(), computedAt: new Date(), postingsUpTo: latest };
  }
  const mark = await ledgerMark();
  const kept = entries().get(key) as (TEntry & { value: T }) | undefined;
  const fresh = kept && Date.now() - kept.computedAt.getTime() < maxSeconds * 1_000;
  if (kept && fresh && kept.mark === mark.mark) return kept;
  if (kept && fresh) {
    // The ledger moved. The request that starts the refresh waits for it a little (a small ledger's sums take
    // milliseconds: its reader sees their own posting); everyone else, and that request once the wait is over, gets
    // the kept figures with their own "as of" while the one refresh runs.
    const started = !refreshes().has(key);
    const job = refresh(key, compute, mark);
    job.catch((error) => logUnexpected(error, `Refreshing the public aggregate ${key}`));
    if (!started) return kept;
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), REFRESH_WAIT_MS).unref());
    return ((await Promise.race([job.catch(() => null), timeout])) as (TEntry & { value: T }) | null) ?? kept;
  }
  return (await refresh(key, compute, mark)) as TEntry & { value: T };
}

/** Forgets every kept aggregate (tests; an operator's script after a bulk import). */
export function clearAggregates(): void {
  entries().clear();
}

/** "Figures computed …, from the postings up to …": shown above every cached figure (decision 0171). */
export function figuresAsOfText(asOf: { computedAt: Date; postingsUpTo: Date | null }, locale: TLocale): string {
  const t = translator(locale);
  const computed = formatDateTime(asOf.computedAt);
  return asOf.postingsUpTo ? t("scale.figuresAsOf", { computed, postings: formatDateTime(asOf.postingsUpTo) }) : t("scale.figuresAsOfNoPostings", { computed });
}
