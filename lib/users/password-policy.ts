import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";

// The password rule (ASVS 5.0 V6.2, docs/SECURITY.md section 5): 12 to 128 characters, anything allowed (spaces,
// any script), no composition rules; not one of the ~49,000 most common passwords of public breach corpora shipped
// in @zxcvbn-ts/language-common (decision 0066), nor a word tied to this portal, nor the user's own e-mail or name —
// each also with digits or symbols around it.

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export type TPasswordProblem = "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_COMMON" | "PASSWORD_CONTEXT" | "PASSWORD_PERSONAL";

/** The context words of docs/SECURITY.md section 5 (ASVS 6.1.2 / 6.2.11): keep the two lists the same. */
export const CONTEXT_WORDS: readonly string[] = [
  "aiqyn", "aiqyn-demo", "password", "parol", "пароль", "qwerty", "йцукен", "admin", "administrator", "official",
  "contractor", "investigator", "minfin", "treasury", "kazna", "ministry", "ministerstvo", "министерство", "kazakhstan",
  "qazaqstan", "казахстан", "астана", "astana", "almaty", "алматы", "tenge", "теңге", "budget", "бюджет",
];

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  return common;
}

const squash = (s: string) => s.normalize("NFKC").toLowerCase().replace(/\s+/g, "");

export function passwordProblem(password: string, person: { email: string; name: string }): TPasswordProblem | null {
  // Counted in code points, so a password in Kazakh is not measured in UTF-16 halves.
  const length = [...password.normalize("NFKC")].length;
  if (length < PASSWORD_MIN) return "PASSWORD_TOO_SHORT";
  if (length > PASSWORD_MAX) return "PASSWORD_TOO_LONG";
  const flat = squash(password);
  // The password without the digits and symbols around it ("Password2026!" → "password"); letters of any script stay.
  const core = flat.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  const stem = flat.replace(/[^\p{L}]+$/u, "");
  const list = commonPasswords();
  if (list.has(flat) || (stem.length >= 4 && list.has(stem)) || (core.length >= 4 && list.has(core)) || new Set(flat).size < 4) return "PASSWORD_COMMON";
  if (CONTEXT_WORDS.includes(core)) return "PASSWORD_CONTEXT";
  const email = squash(person.email);
  const personal = [email, email.split("@")[0] ?? "", squash(person.name)].filter((s) => s.length >= 4);
  if (personal.some((p) => flat === p || core === p || core === p.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ""))) return "PASSWORD_PERSONAL";
  return null;
}
