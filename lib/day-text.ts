// A calendar day as people here type and read it (dd.mm.yyyy, as lib/dates.ts prints dates) and as the forms
// submit it (ISO yyyy-mm-dd, what zDay and the form schemas parse). Used by components/date-field.tsx.

const TYPED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The ISO day for a typed "31.12.2026" (or "1.2.2026"); an ISO day as it is; anything else as typed, so that the server names it malformed. */
export function dayFromText(text: string): string {
  const value = text.trim();
  const typed = TYPED.exec(value);
  if (typed) return `${typed[3]}-${typed[2]!.padStart(2, "0")}-${typed[1]!.padStart(2, "0")}`;
  return value;
}

/** "31.12.2026" for the ISO day "2026-12-31"; any other text as it is (a refused entry shown back as typed). */
export function textFromDay(day: string | null | undefined): string {
  if (!day) return "";
  const iso = ISO.exec(day);
  return iso ? `${iso[3]}.${iso[2]}.${iso[1]}` : day;
}

/** The pattern the visible field accepts (an HTML pattern attribute: anchored by the browser). */
export const DAY_TEXT_PATTERN = "\\d{1,2}\\.\\d{1,2}\\.\\d{4}";
