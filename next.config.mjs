// @ts-check
// Next loads this file untranspiled: the shared header list is plain JavaScript (CommonJS, read here by name).
import { BROWSER_HEADERS, STATIC_CONTENT_SECURITY_POLICY, STRICT_TRANSPORT_SECURITY } from "./lib/security/browser-headers.js";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm test` runs tsc over the whole tree (tests included); the build need not do it a second time.
  typescript: { ignoreBuildErrors: true },
  // The embedded database, the WASM schema engine and the pg driver stay Node modules, not bundles.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "@prisma/adapter-pg"],
  // Three limits, from the inside out (decision 0073): an act may be 10 MB (lib/invoices/act-documents.ts, which
  // answers "at most 10 MB"); a server action's body 12 MB (the act plus the form, and a margin so that an 11 MB
  // file still reaches the app's own message); proxy.ts buffers 16 MB. Next's default proxy buffer is 10 MB and
  // silently cut longer bodies, so an act just over it arrived truncated and ended in a 500; now anything over
  // 12 MB is refused with 413 by the action handler before it is parsed. lib/http/body-limits.test.ts checks the order.
  experimental: {
    serverActions: { bodySizeLimit: "12mb" },
    proxyClientMaxBodySize: "16mb",
  },
  // Every response, static assets included, carries the browser headers (decision 0060). Pages, actions and
  // routes get their nonce policy from proxy.ts, which replaces the static one below.
  async headers() {
    return [
      { source: "/:path*", headers: [...BROWSER_HEADERS, { key: "Content-Security-Policy", value: STATIC_CONTENT_SECURITY_POLICY }] },
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [{ key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY }] },
    ];
  },
};

export default nextConfig;
