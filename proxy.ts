import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { auth } from "@/lib/auth";
import { isWellFormedActionBody } from "@/lib/http/action-body";
import { ACTION_BODY_MAX_BYTES } from "@/lib/http/body-limits";
import { isKnownActionId } from "@/lib/http/known-actions";

// First line of defence only: anonymous visitors to private pages go to sign-in. Every page, action and
// route checks role and scope again itself (lib/auth.ts).
const PUBLIC_PREFIXES = ["/sign-in", "/api/auth", "/open", "/api/open"];

const withAuth = auth((request) => {
  const { pathname, search } = request.nextUrl;
  const isPublic = pathname === "/" || PUBLIC_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (request.auth || isPublic) return NextResponse.next();
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
  // An action id this build does not have is answered here, as Next would (409 for a stale or made-up id, with
  // the header its client router reloads on; 400 for a malformed one), but without the stack trace Next's
  // handler logs for each such request (lib/http/known-actions.ts).
  // A body over the action limit (decision 0073): refused whole before anything reads it; Next's own refusal was a 500.
  if (request.method === "POST" && Number(request.headers.get("content-length") ?? 0) > ACTION_BODY_MAX_BYTES) {
    return new NextResponse(`Request too large: at most ${ACTION_BODY_MAX_BYTES / 1024 / 1024} MB.`, { status: 413, headers: { "content-type": "text/plain" } });
  }
  const actionId = request.headers.get("next-action");
  if (request.method === "POST" && actionId !== null && !isKnownActionId(actionId)) {
    const isWellFormed = /^[0-9a-f]{42}$/.test(actionId);
    return new NextResponse("Unknown server action.", { status: isWellFormed ? 409 : 400, headers: { "content-type": "text/plain", "x-nextjs-action-not-found": "1" } });
  }
  // A body that is not what React's encodeReply sends failed to decode inside Next's handler: a 500 (lib/http/action-body.ts).
  if (request.method === "POST" && actionId !== null && !isWellFormedActionBody(request.headers.get("content-type"), new Uint8Array(await request.clone().arrayBuffer()))) {
    return new NextResponse("Malformed server action request.", { status: 400, headers: { "content-type": "text/plain" } });
  }
  return (await (withAuth as unknown as Promise<TProxy>))(request, event);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:woff2?|png|svg|ico)$).*)"],
};
