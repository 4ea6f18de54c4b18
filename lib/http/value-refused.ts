// SQLSTATEs of a value PostgreSQL will not take: numeric out of range (22003), a NUL byte or bad encoding
// (22021, 22P05), text longer than its column (22001), a date out of range or malformed (22008, 22007), a
// malformed number or id (22P02). The parsers (lib/http/parse-id.ts, lib/text-field.ts) refuse such values
// first; this is the net under them, so that a value they missed is still the user's error, not a 500.
const VALUE_SQLSTATES = new Set(["22003", "22021", "22P05", "22001", "22008", "22007", "22P02"]);

/** Whether the database refused a value of the request (by SQLSTATE, never by the error's text). */
export function isValueRefusedByDatabase(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const o = e as { code?: unknown; originalCode?: unknown; meta?: { driverAdapterError?: unknown }; cause?: unknown };
    if (typeof o.originalCode === "string" && VALUE_SQLSTATES.has(o.originalCode)) return true;
    // pg's own DatabaseError (raw SQL through the pool) carries the SQLSTATE as `code`.
    if (typeof o.code === "string" && VALUE_SQLSTATES.has(o.code)) return true;
    e = o.meta?.driverAdapterError ?? o.cause;
  }
  return false;
}
