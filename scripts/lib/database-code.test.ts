import { describe, expect, it } from "vitest";
import { listMigrations, listSqlFiles } from "./migrate.mjs";

// Decision 0080: migrations change tables and data; every function and trigger lives in one file of prisma/sql,
// holding its current text. A definition restated in a migration is how the live ledger_post() got lost.
const withoutComments = (sql: string) => sql.replace(/--[^\n]*/g, "");
const withoutBodies = (sql: string) => sql.replace(/\$(\w*)\$[\s\S]*?\$\1\$/g, "$$$$");

describe("migrations keep tables and data only", () => {
  it.each(listMigrations().map((m) => [m.name, m.sql] as const))("%s defines no function or trigger", (_, sql) => {
    const text = withoutComments(sql);
    expect(text).not.toMatch(/\bCREATE\s+(OR\s+REPLACE\s+)?(CONSTRAINT\s+)?(FUNCTION|PROCEDURE|TRIGGER)\b/i);
    expect(text).not.toMatch(/\bCREATE\s+OR\s+REPLACE\b/i);
  });
});

describe("prisma/sql: one function or trigger per file, in the manifest's order", () => {
  const files = listSqlFiles();

  it("lists files (the manifest and the folders agree, or listSqlFiles would have thrown)", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [f.path, f] as const))("%s defines exactly what its name says", (_, file) => {
    const text = withoutBodies(withoutComments(file.sql));
    const creates = [...text.matchAll(/\bCREATE\s+(?:OR\s+REPLACE\s+)?(FUNCTION|TRIGGER)\s+(\w+)/gi)].map((m) => `${m[1]!.toLowerCase()} ${m[2]}`);
    expect(creates).toEqual([`${file.kind} ${file.name}`]);
    expect(text.match(/\bCREATE\b/gi)).toHaveLength(1);
  });

  it("a trigger comes after the function it executes", () => {
    const position = new Map(files.map((f, i) => [`${f.kind} ${f.name}`, i]));
    for (const [i, file] of files.entries()) {
      if (file.kind !== "trigger") continue;
      const executes = /EXECUTE\s+(?:FUNCTION|PROCEDURE)\s+(\w+)/i.exec(file.sql)?.[1];
      expect(position.get(`function ${executes}`), file.path).toBeLessThan(i);
    }
  });
});
