import crypto from "node:crypto";

// A password an administrator hands over once (new account, reset). 16 characters from an alphabet without
// look-alikes (no 0/O, 1/l/I), about 80 bits; it only opens the password-change page.
const ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A one-time password opens the account for this long (decision 0079, ASVS 6.4.1); then the administrator issues another. */
export const ONE_TIME_PASSWORD_HOURS = 72;

export const oneTimePasswordExpiry = (now = new Date()) => new Date(now.getTime() + ONE_TIME_PASSWORD_HOURS * 3600_000);

export function newOneTimePassword(): string {
  const chars = Array.from({ length: 16 }, () => ALPHABET[crypto.randomInt(ALPHABET.length)]).join("");
  return chars.match(/.{4}/g)!.join("-");
}
