import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";

// The password rule (ASVS 5.0 V6.2): 12 to 128 characters, anything allowed (spaces, any script), no composition
// rules, and not one of the ~49,000 most common passwords of public breach corpora shipped in
// @zxcvbn-ts/language-common (decision 0066), nor such a password with digits or symbols added at the end, nor the
// user's own e-mail or name.

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export type TPasswordProblem = "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_COMMON" | "PASSWORD_PERSONAL";

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
  const stem = flat.replace(/[\d\W_]+$/u, "");
  const list = commonPasswords();
  if (list.has(flat) || (stem.length >= 4 && list.has(stem)) || new Set(flat).size < 4) return "PASSWORD_COMMON";
  const email = squash(person.email);
  const personal = [email, email.split("@")[0] ?? "", squash(person.name)].filter((s) => s.length >= 4);
  if (personal.some((p) => flat === p || stem === p)) return "PASSWORD_PERSONAL";
  return null;
}
