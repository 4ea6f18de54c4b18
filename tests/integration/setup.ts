import { afterAll, beforeEach, inject } from "vitest";
import { resetDatabase } from "../support/reset-database";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789";

beforeEach(async () => {
  await resetDatabase();
});

afterAll(async () => {
  const { closeDb } = await import("../../lib/db");
  await closeDb();
});
