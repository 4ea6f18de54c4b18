import { readCapped } from "./form-action-ids";

/**
 * A route handler's JSON body, read at most `max` bytes (a larger one is never read whole): the parsed value, or why
 * it is refused — `too-large` (413), `malformed` (400: not JSON, or not sent as application/json). Requiring the JSON
 * content type also keeps cross-site forms out: a browser sends it to another origin only after a CORS preflight,
 * which these routes never grant.
 */
export async function readJsonBody(request: Request, max: number): Promise<{ ok: true; value: unknown } | { ok: false; reason: "too-large" | "malformed" }> {
  const type = (request.headers.get("content-type") ?? "").toLowerCase().split(";")[0]!.trim();
  if (type !== "application/json") return { ok: false, reason: "malformed" };
  if (Number(request.headers.get("content-length") ?? 0) > max) return { ok: false, reason: "too-large" };
  const bytes = await readCapped(request.body, max);
  if (bytes === null) return { ok: false, reason: "too-large" };
  try {
    return { ok: true, value: JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) };
  } catch {
    return { ok: false, reason: "malformed" };
  }
}

/** A JSON answer that is never cached (bigints as strings). */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const text = JSON.stringify(body, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
  return new Response(text, { status, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers } });
}
