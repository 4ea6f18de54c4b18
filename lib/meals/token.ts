import crypto from "node:crypto";

// The rotating QR token (decision 0156): HMAC-SHA256 under a server key over the voucher and the 30-second time
// slice, cut to 128 bits. The parent's page shows a new one every slice; the canteen's scan is accepted in the slice
// it was made in and the one after (a scan just after the QR changed), never later, never earlier.

export const SLICE_MS = 30_000;
const VERSION = "m1";
const TOKEN = /^m1\.([0-9a-z]{1,10})\.([0-9a-z]{1,12})\.([A-Za-z0-9_-]{22})$/;

export type TTokenCheck =
  | { ok: true; voucherId: number; slice: bigint }
  | { ok: false; code: "MEAL_TOKEN_MALFORMED" | "MEAL_TOKEN_FORGED" | "MEAL_TOKEN_EXPIRED" };

export const sliceOf = (at: Date): bigint => BigInt(Math.floor(at.getTime() / SLICE_MS));

function mac(key: Buffer, voucherId: number, slice: bigint): Buffer {
  return crypto.createHmac("sha256", key).update(`aiqyn meal token|${VERSION}|${voucherId}|${slice}`).digest().subarray(0, 16);
}

/** The token the parent's page shows at `at` for a voucher. */
export function mealToken(key: Buffer, voucherId: number, at: Date): string {
  const slice = sliceOf(at);
  return `${VERSION}.${voucherId.toString(36)}.${slice.toString(36)}.${mac(key, voucherId, slice).toString("base64url")}`;
}

/** Reads a scanned token as of the moment it was scanned: its voucher and slice, or why it is refused. */
export function verifyMealToken(key: Buffer, token: string, scannedAt: Date): TTokenCheck {
  const m = typeof token === "string" && token.length <= 64 ? TOKEN.exec(token) : null;
  if (!m) return { ok: false, code: "MEAL_TOKEN_MALFORMED" };
  const voucherId = parseInt(m[1]!, 36);
  const slice = BigInt(parseInt(m[2]!, 36));
  if (!Number.isSafeInteger(voucherId) || voucherId <= 0 || voucherId > 2_147_483_647) return { ok: false, code: "MEAL_TOKEN_MALFORMED" };
  const given = Buffer.from(m[3]!, "base64url");
  if (given.length !== 16 || !crypto.timingSafeEqual(given, mac(key, voucherId, slice))) return { ok: false, code: "MEAL_TOKEN_FORGED" };
  const now = sliceOf(scannedAt);
  if (slice !== now && slice !== now - 1n) return { ok: false, code: "MEAL_TOKEN_EXPIRED" };
  return { ok: true, voucherId, slice };
}
