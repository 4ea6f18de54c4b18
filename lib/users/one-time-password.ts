import crypto from "node:crypto";

// A password an administrator hands over once (new account, reset). 16 characters from an alphabet without
// look-alikes (no 0/O, 1/l/I), about 80 bits; it only opens the password-change page.
const ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export function newOneTimePassword(): string {
  const chars = Array.from({ length: 16 }, () => ALPHABET[crypto.randomInt(ALPHABET.length)]).join("");
  return chars.match(/.{4}/g)!.join("-");
}
