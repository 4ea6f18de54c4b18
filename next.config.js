// @ts-check
// Next loads this file as CommonJS, untranspiled: the shared header list is CommonJS too.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { BROWSER_HEADERS, STRICT_TRANSPORT_SECURITY, STATIC_CONTENT_SECURITY_POLICY } = require("./lib/security/browser-headers.js");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm test` runs tsc over the whole tree (tests included); the build need not do it a second time.
  typescript: { ignoreBuildErrors: true },
  // The embedded database, the WASM schema engine and the pg driver stay Node modules, not bundles.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "@prisma/adapter-pg"],
  experimental: {
    serverActions: { bodySizeLimit: "12mb" },
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

module.exports = nextConfig;
