import type { TestProject } from "vitest/node";
import { migrate } from "../../scripts/lib/migrate.mjs";
import { createTestDatabase } from "../../scripts/lib/test-db.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: string;
    /** The PostgreSQL server the run uses, for tests that need more databases; null when embedded. */
    serverUrl: string | null;
  }
}

export default async function setup(project: TestProject) {
  const db = await createTestDatabase({ label: "it" });
  await migrate(db.url);
  project.provide("databaseUrl", db.url);
  project.provide("databaseKind", db.kind);
  project.provide("serverUrl", process.env.DATABASE_URL ?? null);
  console.log(`integration tests on ${db.kind === "embedded" ? "the embedded database (PGlite)" : "PostgreSQL"}`);
  return async () => {
    await db.dispose();
  };
}
