import "server-only";
import crypto from "node:crypto";
import { env } from "../env";

// Keys of the school-meal vouchers (decision 0156): MEAL_TOKEN_KEY when set, else derived from AUTH_SECRET with
// HKDF under labels of their own, so neither key is stored in the database and the session key never touches data.

// Derived once per source and label (decision 0294): HKDF costs ≈ 0.05–0.07 ms, and the scan path asks for the token
// key on every scan. A changed source (tests switch AUTH_SECRET) derives afresh.
const derived = new Map<string, Buffer>();

function derive(label: string): Buffer {
  const source = env().MEAL_TOKEN_KEY ?? env().AUTH_SECRET;
  const at = `${label}\u0000${source}`;
  let key = derived.get(at);
  if (!key) {
    key = Buffer.from(crypto.hkdfSync("sha256", source, "aiqyn", label, 32));
    derived.set(at, key);
  }
  return Buffer.from(key);
}

/** Signs and checks the rotating QR tokens (lib/meals/token.ts). */
export const mealTokenKey = (): Buffer => derive("meal token v1");

/** The keyed hash a pupil's IIN is stored under: the IIN itself never reaches the database. */
export function pupilIinHash(iin: string): string {
  return crypto.createHmac("sha256", derive("pupil iin v1")).update(iin).digest("hex");
}

/** A voucher's secret (the parent's link or code) is stored only as its sha256. */
export const voucherSecretHash = (secret: string): string => crypto.createHash("sha256").update(secret).digest("hex");
