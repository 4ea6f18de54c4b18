import * as OTPAuth from "otpauth";

// RFC 6238 time-based codes as every authenticator app reads them: SHA-1, 6 digits, 30-second steps. Pure
// functions over a base32 secret and a moment; the database side (replay, throttling) is in verify-second-factor.ts.

export const PERIOD_SECONDS = 30;
/** A code of the step before or after the current one is accepted too: phones and servers drift. */
export const WINDOW_STEPS = 1;

function totp(secret: string, label = "") {
  return new OTPAuth.TOTP({ issuer: "Aiqyn", label, algorithm: "SHA1", digits: 6, period: PERIOD_SECONDS, secret: OTPAuth.Secret.fromBase32(secret) });
}

/** A new random secret (160 bits, RFC 4226's recommendation), in base32. */
export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

export function stepAt(moment: number): number {
  return Math.floor(moment / 1000 / PERIOD_SECONDS);
}

export function codeAt(secret: string, step: number): string {
  return totp(secret).generate({ timestamp: step * PERIOD_SECONDS * 1000 });
}

/** The time step whose code this is (within the window around `moment`), or null. */
export function matchingStep(secret: string, code: string, moment: number): number | null {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secret).validate({ token, timestamp: moment, window: WINDOW_STEPS });
  return delta === null ? null : stepAt(moment) + delta;
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function enrolmentUri(secret: string, email: string): string {
  return totp(secret, email).toString();
}
