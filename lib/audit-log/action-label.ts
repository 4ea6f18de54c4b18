import { hasMessage, type TTranslate } from "../i18n";

/** The catalogue key of an audit action: its dots become "-", since a key's dots are its path. */
export const auditActionKey = (code: string) => `auditActions.${code.replace(/\./g, "-")}`;

/** An audit action in the reader's words ("user.create" → "User created"); an unknown code shows as itself. */
export function auditActionLabel(t: TTranslate, code: string): string {
  const key = auditActionKey(code);
  return hasMessage(key) ? t(key as never) : code;
}
