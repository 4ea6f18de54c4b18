// @ts-check
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
};

module.exports = nextConfig;
