import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { auth } from "@/lib/auth";
import { env } from "@/lib/env";
import { isHttpsRequest, pagePolicy, withBrowserHeaders } from "@/lib/security/response-headers";
import { isWellFormedActionBody } from "@/lib/http/action-body";
import { ACTION_BODY_MAX_BYTES } from "@/lib/http/body-limits";
import { isKnownActionId } from "@/lib/http/known-actions";
import { formActionIds, readCapped } from "@/lib/http/form-action-ids";

// First line of defence only: anonymous visitors to private pages go to sign-in. Every page, action and
// route checks role and scope again itself (lib/auth.ts).
// "/meals": the parent's voucher page and its two POST routes (no account: the voucher's secret decides, decision 0195).
const PUBLIC_PREFIXES = ["/sign-in", "/api/auth", "/open", "/api/open", "/meals"];

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
  return withBrowserHeaders(response, { policy, isHttps, pathname: request.nextUrl.pathname });
}

/** Server-action requests Next's own handler would answer with a 500 or a logged stack trace (decisions 0073, 0074, 0078). */
async function refusedActionRequest(request: NextRequest): Promise<Response | null> {
  if (request.method !== "POST") return null;
  const tooLarge = () => new NextResponse(`Request too large: at most ${ACTION_BODY_MAX_BYTES / 1024 / 1024} MB.`, { status: 413, headers: { "content-type": "text/plain" } });
  // A body over the action limit: refused whole before anything reads it; Next's own refusal was a 500.
  if (Number(request.headers.get("content-length") ?? 0) > ACTION_BODY_MAX_BYTES) return tooLarge();
  const actionId = request.headers.get("next-action");
  const contentType = request.headers.get("content-type");
  if (actionId === null) {
    // A form posted without JavaScript names its action in its fields; an unknown one is answered here as Next
    // would (400), without the stack trace Next logs for it (lib/http/form-action-ids.ts).
    if (!(contentType ?? "").toLowerCase().startsWith("multipart/form-data")) return null;
    const body = await readCapped(request.clone().body, ACTION_BODY_MAX_BYTES);
    if (body === null) return tooLarge();
    let form: FormData;
    try {
      form = await new Response(body as Uint8Array<ArrayBuffer>, { headers: { "content-type": contentType ?? "" } }).formData();
    } catch {
      return new NextResponse("Malformed form data.", { status: 400, headers: { "content-type": "text/plain" } });
    }
    if (formActionIds(form, (id) => isKnownActionId(id)) !== "unknown") return null;
    return new NextResponse("Invalid Server Action request.", { status: 400, headers: { "content-type": "text/plain", "x-nextjs-action-not-found": "1" } });
  }
  // An action id this build does not have is answered here, as Next would (409 for a stale or made-up id, with
  // the header its client router reloads on; 400 for a malformed one), but without the stack trace Next's
  // handler logs for each such request (lib/http/known-actions.ts).
  if (!isKnownActionId(actionId)) {
    const isWellFormed = /^[0-9a-f]{42}$/.test(actionId);
    return new NextResponse("Unknown server action.", { status: isWellFormed ? 409 : 400, headers: { "content-type": "text/plain", "x-nextjs-action-not-found": "1" } });
  }
  // A chunked body carries no Content-Length: it is counted as it is read.
  const body = await readCapped(request.clone().body, ACTION_BODY_MAX_BYTES);
  if (body === null) return tooLarge();
  // A body that is not what React's encodeReply sends, or that refers to chunks it does not carry, failed to decode
  // inside Next's handler: a 500 (lib/http/action-body.ts).
  if (!(await isWellFormedActionBody(contentType, body))) {
    return new NextResponse("Malformed server action request.", { status: 400, headers: { "content-type": "text/plain" } });
  }
  return null;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:woff2?|png|svg|ico)$).*)"],
};
