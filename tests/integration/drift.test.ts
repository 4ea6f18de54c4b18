import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diffDatabaseToSchema } from "../../scripts/lib/schema-engine.mjs";

// The database built from prisma/migrations must be exactly what schema.prisma describes: whoever edits
// the schema without writing a migration (npm run db:diff -- <name>) fails here.
describe("schema drift", () => {
  it("the migrated database matches schema.prisma", async () => {
    expect(await diffDatabaseToSchema(process.env.DATABASE_URL!)).toBe("");
  });

  it("would notice a schema change that has no migration", async () => {
    const schema = fs.readFileSync("prisma/schema.prisma", "utf8");
    const edited = schema.replace("model User {", "model User {\n  nickname String?");
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "aiqyn-schema-")), "schema.prisma");
    fs.writeFileSync(file, edited);
    const diff = await diffDatabaseToSchema(process.env.DATABASE_URL!, file);
    expect(diff).toMatch(/ALTER TABLE "app_user" ADD COLUMN\s+"nickname" TEXT/);
  });
});
