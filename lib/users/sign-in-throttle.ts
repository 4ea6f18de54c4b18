import "server-only";
import { prisma } from "../db";
import { env } from "../env";

// Failed sign-ins are counted per account and per client address in a fixed window. Past the limit the
// key is locked for one window. Addresses get a higher limit: a ministry's staff share one NAT address.
const ADDRESS_FACTOR = 10;

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (address: string) => `address:${address}`;

/** Minutes until the first locked key unlocks, or 0 when none is locked. */
export async function lockedMinutes(keys: string[]): Promise<number> {
  const rows = await prisma().signInThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: new Date() } } });
  if (rows.length === 0) return 0;
  const until = Math.max(...rows.map((r) => r.lockedUntil!.getTime()));
  return Math.max(1, Math.ceil((until - Date.now()) / 60000));
}

export async function recordFailure(key: string): Promise<void> {
  const { SIGN_IN_MAX_FAILURES, SIGN_IN_WINDOW_MINUTES } = env();
  const max = key.startsWith("address:") ? SIGN_IN_MAX_FAILURES * ADDRESS_FACTOR : SIGN_IN_MAX_FAILURES;
  // One statement, so concurrent failures cannot both read a stale count.
  await prisma().$executeRaw`
    INSERT INTO sign_in_throttle (key, failures, window_start, locked_until)
    VALUES (${key}, 1, now(), NULL)
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN sign_in_throttle.window_start < now() - make_interval(mins => ${SIGN_IN_WINDOW_MINUTES}::int)
                      THEN 1 ELSE sign_in_throttle.failures + 1 END,
      window_start = CASE WHEN sign_in_throttle.window_start < now() - make_interval(mins => ${SIGN_IN_WINDOW_MINUTES}::int)
                          THEN now() ELSE sign_in_throttle.window_start END,
      locked_until = CASE WHEN sign_in_throttle.window_start >= now() - make_interval(mins => ${SIGN_IN_WINDOW_MINUTES}::int)
                               AND sign_in_throttle.failures + 1 >= ${max}::int
                          THEN now() + make_interval(mins => ${SIGN_IN_WINDOW_MINUTES}::int)
                          ELSE sign_in_throttle.locked_until END`;
}

export async function clearFailures(key: string): Promise<void> {
  await prisma().signInThrottle.deleteMany({ where: { key } });
}
