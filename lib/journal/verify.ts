import "server-only";
import { auditRead } from "../audit";
import type { TActor } from "../actor";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { env } from "../env";
import { ForbiddenError } from "../errors";
import type { TBrokenEntry } from "../ledger/journal-chain";
import { verifyDatabaseJournal } from "../ledger/verify-journal";

/** One re-check of the whole journal and the moment it started: every entry written before then was read. */
export type TJournalVerification = {
  verifiedAt: Date;
  checked: number;
  chains: number;
  /** The first 50 chains' heads, for the page. */
  heads: { chain: number; seq: bigint; hash: string }[];
  firstBroken: TBrokenEntry | null;
};

type TState = { running: TRun | null; latest: TJournalVerification | null };
type TRun = { promise: Promise<TJournalVerification>; listeners: Set<(checked: number) => void> };

// A full re-check reads every entry. Six at once froze the sign-in page (issue 13, finding 11), so a process runs
// one at a time (decision 0061): a request that comes while one runs waits for it and shares its result and
// progress; one that comes within JOURNAL_VERIFY_REUSE_SECONDS after it gets that result, with its moment. Kept
// on globalThis so that every route bundle of the process sees the same one.
const holder = globalThis as unknown as { aiqynJournalVerification?: { running: TRun | null; latest: TJournalVerification | null } };
const state = () => (holder.aiqynJournalVerification ??= { running: null, latest: null });

/**
 * The whole journal re-checked for an investigator or an administrator, or the check that is running or has just
 * run (see above). `onProgress` hears the entries checked so far while the caller waits. `reuseWithinMs` overrides
 * the setting.
 */
export async function verifyJournal({ actor, onProgress, reuseWithinMs, now = new Date() }: { actor: TActor; onProgress?: (checked: number) => void; reuseWithinMs?: number; now?: Date }): Promise<TJournalVerification> {
  if (!actor.isSystem && actor.role !== "investigator" && actor.role !== "admin") throw new ForbiddenError();
  const s = state();
  const reuseMs = reuseWithinMs ?? env().JOURNAL_VERIFY_REUSE_SECONDS * 1000;
  const result = await sharedVerification(s, now, reuseMs, onProgress);
  // Every request is recorded, also one that joined a running check or was given a recent one.
  await auditRead(actor, "journal.verify", undefined, {
    verifiedAt: result.verifiedAt.toISOString(),
    checked: result.checked,
    chains: result.chains,
    firstBroken: result.firstBroken ? (JSON.parse(JSON.stringify(result.firstBroken, (_k, v) => (typeof v === "bigint" ? v.toString() : v))) as Prisma.InputJsonValue) : null,
  });
  return result;
}

async function sharedVerification(s: TState, now: Date, reuseMs: number, onProgress?: (checked: number) => void): Promise<TJournalVerification> {
  if (!s.running && s.latest && now.getTime() - s.latest.verifiedAt.getTime() < reuseMs) return s.latest;
  // Decided and recorded before the first await, so that calls made together find this run.
  const run = s.running ?? startRun(s, now);
  if (onProgress) run.listeners.add(onProgress);
  try {
    return await run.promise;
  } finally {
    if (onProgress) run.listeners.delete(onProgress);
  }
}

/** How long a finished check is reused, for the page to say so. */
export function verificationReuseSeconds(): number {
  return env().JOURNAL_VERIFY_REUSE_SECONDS;
}

function startRun(s: TState, startedAt: Date): TRun {
  const listeners = new Set<(checked: number) => void>();
  const tell = (checked: number) =>
    listeners.forEach((listen) => {
      try {
        listen(checked);
      } catch {
        // A caller that went away (its stream closed) must not stop the check the others wait for.
      }
    });
  const promise = verifyDatabaseJournal(prisma(), { onProgress: tell })
    .then((verifier) => {
      const chains = verifier.chains();
      const result = { verifiedAt: startedAt, checked: verifier.checked, chains: chains.length, heads: chains.slice(0, 50).map(({ chain, seq, hash }) => ({ chain, seq, hash })), firstBroken: verifier.firstBroken };
      s.latest = result;
      return result;
    })
    .finally(() => {
      s.running = null;
    });
  s.running = { promise, listeners };
  return s.running;
}
