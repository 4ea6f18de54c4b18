import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { auth } from "@/lib/auth";
import { env } from "@/lib/env";
import { isHttpsRequest, pagePolicy, withBrowserHeaders } from "@/lib/security/response-headers";

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
  const response = await (await (withAuth as unknown as Promise<TProxy>))(request, event);
  return withBrowserHeaders(response, { policy, isHttps });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:woff2?|png|svg|ico)$).*)"],
};
