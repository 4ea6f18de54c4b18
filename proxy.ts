import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { auth } from "@/lib/auth";
import { env } from "@/lib/env";
import { isHttpsRequest, pagePolicy, withBrowserHeaders } from "@/lib/security/response-headers";
import { isWellFormedActionBody } from "@/lib/http/action-body";
import { ACTION_BODY_MAX_BYTES } from "@/lib/http/body-limits";
import { isKnownActionId } from "@/lib/http/known-actions";

// First line of defence only: anonymous visitors to private pages go to sign-in. Every page, action and
// route checks role and scope again itself (lib/auth.ts).
const PUBLIC_PREFIXES = ["/sign-in", "/api/auth", "/open", "/api/open"];

const withAuth = auth((request) => {
  const { pathname, search } = request.nextUrl;
  const isPublic = pathname === "/" || PUBLIC_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  // Passing the request's headers on carries its Content-Security-Policy (set below) to the page's renderer.
  if (request.auth || isPublic) return NextResponse.next({ request: { headers: request.headers } });
  if (request.method !== "GET" && request.method !== "HEAD") {
    return new NextResponse("Sign in first.", { status: 401 });
  }
  const url = new URL("/sign-in", request.nextUrl);
  url.searchParams.set("next", pathname + search);
  return NextResponse.redirect(url);
});

// With a lazily built config (lib/auth.ts reads env at request time) Auth.js hands back the wrapped
// proxy as a promise, and Next 16 wants a function declared here: unwrap it per request.
type TProxy = (request: NextRequest, event: NextFetchEvent) => Promise<Response>;
export async function proxy(request: NextRequest, event: NextFetchEvent) {
  // Every response gets the security headers and a policy with a fresh nonce (decision 0060). Next reads the nonce
  // for its own scripts from the REQUEST's policy (Next's CSP guide), so it is set on both sides.
  const isHttps = isHttpsRequest(request);
  const policy = pagePolicy({ isDevelopment: env().NODE_ENV === "development", isHttps });
  request.headers.set("content-security-policy", policy);
  const response = (await refusedActionRequest(request)) ?? (await (await (withAuth as unknown as Promise<TProxy>))(request, event));
  return withBrowserHeaders(response, { policy, isHttps });
}

/** Server-action requests Next's own handler would answer with a 500 or a logged stack trace (decisions 0073, 0074). */
async function refusedActionRequest(request: NextRequest): Promise<Response | null> {
  if (request.method !== "POST") return null;
  // A body over the action limit: refused whole before anything reads it; Next's own refusal was a 500.
  if (Number(request.headers.get("content-length") ?? 0) > ACTION_BODY_MAX_BYTES) {
    return new NextResponse(`Request too large: at most ${ACTION_BODY_MAX_BYTES / 1024 / 1024} MB.`, { status: 413, headers: { "content-type": "text/plain" } });
  }
  // An action id this build does not have is answered here, as Next would (409 for a stale or made-up id, with
  // the header its client router reloads on; 400 for a malformed one), but without the stack trace Next's
  // handler logs for each such request (lib/http/known-actions.ts).
  const actionId = request.headers.get("next-action");
  if (actionId === null) return null;
  if (!isKnownActionId(actionId)) {
    const isWellFormed = /^[0-9a-f]{42}$/.test(actionId);
    return new NextResponse("Unknown server action.", { status: isWellFormed ? 409 : 400, headers: { "content-type": "text/plain", "x-nextjs-action-not-found": "1" } });
  }
  // A body that is not what React's encodeReply sends failed to decode inside Next's handler: a 500 (lib/http/action-body.ts).
  if (!isWellFormedActionBody(request.headers.get("content-type"), new Uint8Array(await request.clone().arrayBuffer()))) {
    return new NextResponse("Malformed server action request.", { status: 400, headers: { "content-type": "text/plain" } });
  }
  return null;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:woff2?|png|svg|ico)$).*)"],
};
