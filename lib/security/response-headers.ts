import { BROWSER_HEADERS, STRICT_TRANSPORT_SECURITY } from "./browser-headers.js";
import { contentSecurityPolicy, newNonce } from "./content-security-policy";

/**
 * HTTPS as the browser sees it: the request URL's protocol, which Next takes from a TLS socket or from the front
 * proxy's `X-Forwarded-Proto` (decision 0060). A client that forges that header over plain HTTP only earns a
 * Strict-Transport-Security header that browsers must ignore there (RFC 6797 §8.1).
 */
export function isHttpsRequest(request: { nextUrl: URL }): boolean {
  return request.nextUrl.protocol === "https:";
}

/** This response's policy, with a nonce of its own. */
export function pagePolicy({ isDevelopment, isHttps }: { isDevelopment: boolean; isHttps: boolean }): string {
  return contentSecurityPolicy({ nonce: newNonce(), isDevelopment, isHttps });
}

/** The pages that may open the camera, for this origin only: the canteen's scanner reads the parent's QR (decision 0196). */
export const CAMERA_PAGES: readonly string[] = ["/canteen"];

/** Puts the browser headers and `policy` on a response of proxy.ts: pages, actions, routes, redirects and refusals alike. */
export function withBrowserHeaders<T extends Response>(response: T, { policy, isHttps, pathname }: { policy: string; isHttps: boolean; pathname?: string }): T {
  for (const { key, value } of BROWSER_HEADERS) response.headers.set(key, key === "Permissions-Policy" && pathname && CAMERA_PAGES.includes(pathname) ? value.replace("camera=()", "camera=(self)") : value);
  response.headers.set("Content-Security-Policy", policy);
  if (isHttps) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}
