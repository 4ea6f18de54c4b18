// The Content-Security-Policy of every response that passes proxy.ts (decision 0060). Pure: no Next, no env, so
// the proxy, the unit tests and the e2e spec read the same policy.

/** A fresh nonce for one response: 16 random bytes (128 bits), base64 as CSP's nonce-source wants it. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * Scripts run only with this response's nonce ('strict-dynamic' lets Next's nonced runtime load its chunks), nothing
 * may frame the page, embed plugins or rebase URLs. In production no 'unsafe-eval' and no inline <style> without the
 * nonce. Style ATTRIBUTES stay allowed ('style-src-attr'): React renders `style={...}` (the recharts containers, the
 * Sankey, progress bars) as attributes, which no nonce can cover. `next dev` needs eval for React's debugging and
 * injects <style> elements itself, as Next's CSP guide says.
 */
export function contentSecurityPolicy({ nonce, isDevelopment, isHttps }: { nonce: string; isDevelopment: boolean; isHttps: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    isDevelopment ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'none'",
    "worker-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Over plain HTTP (a local demo) upgrading would send the page's own assets to an https:// that is not there.
    ...(isHttps ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}
