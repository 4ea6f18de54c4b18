// Kazakh IBAN (ISO 13616): "KZ", two check digits, then 16 letters or digits (3-digit bank code + account),
// 20 characters in all. The check digits make the number, read as digits with letters A=10…Z=35 and the
// country code moved to the end, equal 1 modulo 97.

export type TIbanProblem = "format" | "checksum";

/** Strips spaces and upper-cases, as people type and print IBANs in groups of four. */
export function normalizeIban(value: string): string {
  return value.replace(/[\s\u00A0]/g, "").toUpperCase();
}

function mod97(text: string): number {
  let rest = 0;
  for (const ch of text) {
    const code = ch >= "A" && ch <= "Z" ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of code) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest;
}

/** Why a (normalised) string is not a Kazakh IBAN, or null when it is one. */
export function ibanProblem(value: string): TIbanProblem | null {
  if (!/^KZ\d{2}[0-9A-Z]{16}$/.test(value)) return "format";
  // ISO 13616 check digits run 02–98: 00, 01 and 99 are never issued, though 00 can pass the modulo (it is 97's twin).
  const check = Number(value.slice(2, 4));
  if (check < 2 || check > 98) return "checksum";
  return mod97(value.slice(4) + value.slice(0, 4)) === 1 ? null : "checksum";
}

export const isValidIban = (value: string) => ibanProblem(normalizeIban(value)) === null;

/** A valid IBAN for a 3-digit bank code and a 13-character account: for seed data and tests. */
export function makeIban(bank: string, account: string): string {
  const bban = `${bank}${account}`.toUpperCase();
  if (!/^[0-9A-Z]{16}$/.test(bban)) throw new Error(`bank + account must be 16 characters: ${bban}`);
  const check = 98 - mod97(`${bban}KZ00`);
  return `KZ${String(check).padStart(2, "0")}${bban}`;
}

/** "KZ86125KZT5004100100" → "KZ86 125K ZT50 0410 0100": how banks print it. */
export function formatIban(value: string): string {
  return normalizeIban(value).replace(/(.{4})(?=.)/g, "$1 ");
}
