import "server-only";
import { logUnexpected, NotFoundError } from "../errors";
import { registerPublicMark } from "../public/aggregate-cache";
import { OcdsBadRequest } from "./api";
import { ocdsConfig } from "./config";
import { API_HEADERS, apiErrorBody, TOO_MANY_REQUESTS } from "./api-error.mjs";
import { TokenBuckets } from "./rate-limit";

// What every open-data route does around its use case: the rate limit (429 with Retry-After), JSON errors with
// their HTTP status (400 bad parameters, 404 unknown), never a 500 (an unexpected failure is logged and answered
// 503 with Retry-After: the reader may try again). Anonymous by design: no session is read.

const holder = globalThis as unknown as { aiqynOcdsBuckets?: TokenBuckets };

function buckets(): TokenBuckets {
  const { OCDS_RATE_BURST, OCDS_RATE_PER_MINUTE } = ocdsConfig();
  holder.aiqynOcdsBuckets ??= new TokenBuckets({ burst: OCDS_RATE_BURST, perMinute: OCDS_RATE_PER_MINUTE });
  return holder.aiqynOcdsBuckets;
}

/** Tests start each case with fresh buckets. */
export function resetOcdsBuckets(): void {
  holder.aiqynOcdsBuckets = undefined;
}

/** The client's address as scripts/serve.mjs set it (it replaces X-Forwarded-For with exactly one address). */
const clientAddress = (request: Request) => request.headers.get("x-forwarded-for")?.trim() || "unknown";

export function jsonError(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(apiErrorBody(status, message), { status, headers: { ...API_HEADERS, ...headers } });
}

export function jsonResponse(body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { headers: { ...API_HEADERS, "cache-control": "public, max-age=60", ...headers } });
}

/** The origin the request came to: links in API answers point back to it. */
export const baseUrlOf = (request: Request) => new URL(request.url).origin;

export async function openDataRoute(request: Request, handle: () => Promise<Response>): Promise<Response> {
  // The page cache in front of the app keeps API answers too, by the ledger's mark (decision 0244).
  registerPublicMark();
  buckets();
  const taken = buckets().take(clientAddress(request));
  if (!taken.ok) return jsonError(429, TOO_MANY_REQUESTS, { "retry-after": String(taken.retryAfterSeconds) });
  try {
    return await handle();
  } catch (error) {
    if (error instanceof OcdsBadRequest) return jsonError(400, error.message);
    if (error instanceof NotFoundError) return jsonError(404, "Not found.");
    const ref = logUnexpected(error, "Open data API");
    return jsonError(503, `The open data is not available just now (reference ${ref}); try again later.`, { "retry-after": "30" });
  }
}
