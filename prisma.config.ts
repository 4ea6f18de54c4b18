import { defineConfig } from "prisma/config";

// Only `prisma generate` uses this file; migrations go through scripts/migrate.mjs.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
