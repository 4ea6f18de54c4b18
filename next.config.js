// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm test` runs tsc over the whole tree (tests included); the build need not do it a second time.
  typescript: { ignoreBuildErrors: true },
  // The embedded database, the WASM schema engine and the pg driver stay Node modules, not bundles.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "@prisma/adapter-pg"],
  // Three limits, from the inside out (decision 0073): an act may be 10 MB (lib/company/act-documents.ts, which
  // answers "at most 10 MB"); a server action's body 12 MB (the act plus the form, and a margin so that an 11 MB
  // file still reaches the app's own message); proxy.ts buffers 16 MB. Next's default proxy buffer is 10 MB and
  // silently cut longer bodies, so an act just over it arrived truncated and ended in a 500; now anything over
  // 12 MB is refused with 413 by the action handler before it is parsed. lib/http/body-limits.test.ts checks the order.
  experimental: {
    serverActions: { bodySizeLimit: "12mb" },
    proxyClientMaxBodySize: "16mb",
  },
};

module.exports = nextConfig;
