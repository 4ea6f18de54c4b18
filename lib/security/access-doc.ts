import { renderAccessTable } from "./access-table";

// The generated table sits between these markers in docs/SECURITY.md; the prose around it is written by hand.
export const TABLE_START = "<!-- access-table:start (generated from lib/security/access-table.ts: npm run docs:access) -->";
export const TABLE_END = "<!-- access-table:end -->";

/** The document's table as written, or null when the markers are missing. */
export function accessTableIn(markdown: string): string | null {
  const start = markdown.indexOf(TABLE_START);
  const end = markdown.indexOf(TABLE_END);
  if (start < 0 || end < start) return null;
  return markdown.slice(start + TABLE_START.length, end).trim();
}

/** The document with its table replaced by the generated one. */
export function replaceAccessTable(markdown: string): string {
  const start = markdown.indexOf(TABLE_START);
  const end = markdown.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`docs/SECURITY.md has no ${TABLE_START} … ${TABLE_END} block`);
  return `${markdown.slice(0, start + TABLE_START.length)}\n${renderAccessTable()}\n${markdown.slice(end)}`;
}
