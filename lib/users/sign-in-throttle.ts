import "server-only";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "../db";
import { env } from "../env";

// Sign-in throttling (decision 0063). An account is never locked as such: anyone who knows an e-mail could
// then lock its owner out. Instead
//  - each (account, address) pair gets a few free failures, then waits twice as long after each further one
//    (up to SIGN_IN_MAX_DELAY_SECONDS); a guesser slows down only themselves, the owner elsewhere signs in;
//  - an address that fails too often over all accounts (SIGN_IN_ADDRESS_MAX_FAILURES in the window) is locked
//    for the window: offices share NAT addresses, so its limit is high.
// Rows of sign_in_throttle: `locked_until` is the earliest next attempt; for a pair `window_start` is its last
// attempt (its failures are forgotten after a quiet window), for an address the start of its counting window.

export const pairKey = (email: string, address: string) => `pair:${email.trim().toLowerCase()}|${address}`;
export const addressKey = (address: string) => `address:${address}`;

/** The wait after the n-th failure of a pair in a row: none for the free ones, then 2, 4, 8 … seconds, capped. */
export function delayAfterFailure(failures: number, free: number, maxSeconds: number): number {
  if (failures <= free) return 0;
  return Math.min(maxSeconds, 2 ** Math.min(failures - free, 30));
}

export type TClaim = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Seconds until the key may try again (at least 1), or 0; measured by the database's clock like the rows. */
async function waitSeconds(key: string): Promise<number> {
  const rows = await prisma().$queryRaw<{ wait: number }[]>`
    SELECT ceil(extract(epoch FROM (locked_until - now())))::int AS wait
    FROM sign_in_throttle WHERE key = ${key} AND locked_until > now()`;
  return rows[0] ? Math.max(1, rows[0].wait) : 0;
}

/** 0 when the address may try, else the seconds until its lock ends. */
export const addressWaitSeconds = (address: string) => waitSeconds(addressKey(address));

/**
 * Takes one attempt for an account from an address, if its wait is over. The attempt counts as a failure at
 * once, in the same statement that checks the wait, so that parallel guesses cannot all pass the check before
 * any of them is counted; a right password clears it (clearPair).
 */
export async function claimAttempt(key: string): Promise<TClaim> {
  const { SIGN_IN_FREE_FAILURES: free, SIGN_IN_MAX_DELAY_SECONDS: max, SIGN_IN_WINDOW_MINUTES: window } = env();
  const failures = Prisma.sql`(CASE WHEN sign_in_throttle.window_start < now() - make_interval(mins => ${window}::int)
    THEN 1 ELSE sign_in_throttle.failures + 1 END)`;
  const wait = (n: Prisma.Sql) =>
    Prisma.sql`make_interval(secs => CASE WHEN ${n} <= ${free}::int THEN 0 ELSE LEAST(${max}::int, power(2, LEAST(${n} - ${free}::int, 30))) END)`;
  const claimed = await prisma().$queryRaw<{ failures: number }[]>`
    INSERT INTO sign_in_throttle (key, failures, window_start, locked_until)
    VALUES (${key}, 1, now(), now() + ${wait(Prisma.sql`1`)})
    ON CONFLICT (key) DO UPDATE SET
      failures = ${failures},
      window_start = now(),
      locked_until = now() + ${wait(failures)}
    WHERE sign_in_throttle.locked_until IS NULL OR sign_in_throttle.locked_until <= now()
    RETURNING failures`;
  if (claimed.length > 0) return { allowed: true };
  // The row's wait was not over. (It may have ended between the two statements: then say 1 second.)
  return { allowed: false, retryAfterSeconds: Math.max(1, await waitSeconds(key)) };
}

/** A right password: the pair's failures are forgotten. */
export async function clearPair(key: string): Promise<void> {
  await prisma().signInThrottle.deleteMany({ where: { key } });
}

/** Counts a failure against the address; past the limit the address is locked for one window. */
export async function recordAddressFailure(address: string): Promise<void> {
  const { SIGN_IN_ADDRESS_MAX_FAILURES: max, SIGN_IN_WINDOW_MINUTES: window } = env();
  // One statement, so concurrent failures cannot both read a stale count.
  await prisma().$executeRaw`
    INSERT INTO sign_in_throttle (key, failures, window_start, locked_until)
    VALUES (${addressKey(address)}, 1, now(), CASE WHEN 1 >= ${max}::int THEN now() + make_interval(mins => ${window}::int) END)
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN sign_in_throttle.window_start < now() - make_interval(mins => ${window}::int)
                      THEN 1 ELSE sign_in_throttle.failures + 1 END,
      window_start = CASE WHEN sign_in_throttle.window_start < now() - make_interval(mins => ${window}::int)
                          THEN now() ELSE sign_in_throttle.window_start END,
      locked_until = CASE WHEN sign_in_throttle.window_start >= now() - make_interval(mins => ${window}::int)
                               AND sign_in_throttle.failures + 1 >= ${max}::int
                          THEN now() + make_interval(mins => ${window}::int)
                          ELSE sign_in_throttle.locked_until END`;
}
