// Bounds what goes into the audit log. Pure, so that it can be tested without a database. A value a user typed
// (a reason, an e-mail tried at sign-in) can be of any length; the log keeps enough to read what happened and
// says where it cut ("…[+N]"), never the whole of a 1 MB input.

const MAX_TEXT = 500;
const MAX_ITEMS = 20;
const MAX_KEYS = 20;
const MAX_DEPTH = 3;
const MAX_JSON = 4000;

/** Text cut to `max` characters with the number of characters left out; NUL and other control characters shown as U+FFFD. */
export function boundAuditText(text: string, max = MAX_TEXT): string {
  // Control characters (NUL breaks PostgreSQL text, line breaks forge log lines in plain-text exports) are replaced.
  const clean = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "\uFFFD");
  return clean.length <= max ? clean : `${clean.slice(0, max)}…[+${clean.length - max}]`;
}

function bound(value: unknown, depth: number): unknown {
  if (value === null || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "string") return boundAuditText(value);
  if (depth >= MAX_DEPTH) return "…";
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((v) => bound(v, depth + 1));
    return value.length > MAX_ITEMS ? [...items, `…[+${value.length - MAX_ITEMS}]`] : items;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    const kept = entries.slice(0, MAX_KEYS).map(([k, v]) => [boundAuditText(k, 64), bound(v, depth + 1)] as const);
    if (entries.length > MAX_KEYS) kept.push(["…", `+${entries.length - MAX_KEYS} keys`]);
    return Object.fromEntries(kept);
  }
  return boundAuditText(String(value));
}

/** Details as JSON of at most about 4 KB: strings, arrays, keys and depth bounded; if still too large, a summary. */
export function boundAuditDetails(details: unknown): unknown {
  const bounded = bound(details, 0);
  const json = JSON.stringify(bounded) ?? "null";
  return json.length <= MAX_JSON ? bounded : { truncated: boundAuditText(json, MAX_JSON - 100) };
}
