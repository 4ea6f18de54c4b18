import type { TestProject } from "vitest/node";
import { migrate } from "../../scripts/lib/migrate.mjs";
import { createTestDatabase } from "../../scripts/lib/test-db.mjs";
import { integrationWorkers } from "./workers";

declare module "vitest" {
  export interface ProvidedContext {
    /** One database per worker (tests/integration/workers.ts): a worker's files take turns on its own. */
    databaseUrls: string[];
    databaseKind: string;
    /** The PostgreSQL server the run uses, for tests that need more databases; null when embedded. */
    serverUrl: string | null;
  }
}

export default async function setup(project: TestProject) {
  const dbs: Awaited<ReturnType<typeof createTestDatabase>>[] = [];
  // One after another: on the embedded database each migration runs in this process.
  for (let i = 1; i <= integrationWorkers(); i++) {
    const db = await createTestDatabase({ label: `it${i}` });
    dbs.push(db);
    await migrate(db.url);
  }
  project.provide("databaseUrls", dbs.map((db) => db.url));
  project.provide("databaseKind", dbs[0]!.kind);
  project.provide("serverUrl", process.env.DATABASE_URL ?? null);
  console.log(`integration tests on ${dbs[0]!.kind === "embedded" ? "the embedded database (PGlite)" : "PostgreSQL"}, ${dbs.length} worker(s) with a database each`);
  return async () => {
    for (const db of dbs) await db.dispose();
  };
}
