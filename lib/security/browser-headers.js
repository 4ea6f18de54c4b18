// @ts-check
// The security headers of EVERY response (decision 0060). Plain CommonJS so that next.config.mjs (which Next loads
// untranspiled) and proxy.ts read the one list: next.config.mjs puts them on static assets, which proxy.ts never
// sees; proxy.ts puts them on everything it answers, redirects and refusals included.

/** A year, subdomains included (ASVS 5.0 V3.4.1 at level 2). Sent only over HTTPS: see `isHttpsRequest` in proxy.ts. */
const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

/** The policy of responses that proxy.ts does not answer (built scripts, styles, fonts, icons): nothing in them runs as a page. */
const STATIC_CONTENT_SECURITY_POLICY = "default-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** @type {{ key: string, value: string }[]} */
const BROWSER_HEADERS = [
  // Framing: the CSP's frame-ancestors says it for current browsers, this for the ones that predate it.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Paths carry ids and ?next=: they go to no other origin. Same-origin keeps the Origin header that Next's
  // server actions compare with the host (no-referrer would send "Origin: null" with a form POST).
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), serial=(), hid=(), browsing-topics=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

module.exports = { BROWSER_HEADERS, STRICT_TRANSPORT_SECURITY, STATIC_CONTENT_SECURITY_POLICY };
