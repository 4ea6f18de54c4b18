import crypto from "node:crypto";
import { promisify } from "node:util";

const scrypt = promisify(crypto.scrypt) as (pw: string, salt: Buffer, len: number, opts: crypto.ScryptOptions) => Promise<Buffer>;

// scrypt with N=2^15, r=8, p=1 (OWASP's minimum is 2^17 with p=1 for interactive logins at ~64 MiB;
// 2^15 keeps a sign-in near 50 ms on this 2-core machine while still costing an attacker 32 MiB a guess).
const N = 2 ** 15;
const R = 8;
const P = 1;
const KEYLEN = 32;
const MAXMEM = 64 * 1024 * 1024;

export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(16);
  const key = await scrypt(password, salt, KEYLEN, { N, r: R, p: P, maxmem: MAXMEM });
  return `scrypt$${N}$${R}$${P}$${salt.toString("base64url")}$${key.toString("base64url")}`;
}

/**
 * The stored "hash" of an invited account (the import's migrated users, decision 0145): no password opens it until
 * an administrator hands out a one-time password (lib/users/reset-password.ts), which the user then changes.
 */
export const INVITED_PASSWORD_HASH = "invited";

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  // As slow as a real check, so an invited account cannot be told apart by timing.
  if (stored === INVITED_PASSWORD_HASH) return (await burnPasswordCheck(password), false);
  const [scheme, n, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, "base64url");
  const actual = await scrypt(password, Buffer.from(salt, "base64url"), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: MAXMEM,
  });
  return crypto.timingSafeEqual(expected, actual);
}

/** Spends the same time as a real check, so an unknown e-mail cannot be told apart by timing. */
let dummy: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummy ??= hashPassword("not-a-real-password");
  await verifyPassword(password, await dummy);
}
