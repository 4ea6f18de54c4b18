// The shape of lib, read from the import statements themselves: no two folders depend on each other (however
// indirectly), and the ledger is a leaf — everything it reaches is its own, the pure rules (lib/rules), the
// generated Prisma client and the infrastructure files at lib's top (db, env, errors, money, ...), none of which
// reach a domain folder. Decision 0105.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const LIB = path.resolve(__dirname);
const SOURCE = /\.(ts|tsx)$/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sourceFiles(full);
    return SOURCE.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

/** The lib files a file imports (resolved, without extension), skipping packages. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const found: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2]!;
    let target: string | null = null;
    if (spec.startsWith(".")) target = path.resolve(path.dirname(file), spec);
    else if (spec.startsWith("@/lib/")) target = path.join(LIB, spec.slice("@/lib/".length));
    if (target && target.startsWith(LIB + path.sep)) found.push(path.relative(LIB, target).replace(/\.(ts|tsx|js|mjs)$/, ""));
  }
  return found;
}

/** A file's place in lib: its top folder ("ledger"), or the file itself ("db.ts" → "db") at lib's top. */
const unitOf = (relative: string) => relative.split(path.sep)[0]!.replace(/\.(ts|tsx)$/, "");
const isFolder = (unit: string) => fs.existsSync(path.join(LIB, unit)) && fs.statSync(path.join(LIB, unit)).isDirectory();

const files = sourceFiles(LIB).map((f) => ({ unit: unitOf(path.relative(LIB, f)), imports: importsOf(f).map(unitOf) }));
const graph = new Map<string, Set<string>>();
for (const f of files) {
  const out = graph.get(f.unit) ?? new Set<string>();
  for (const u of f.imports) if (u !== f.unit) out.add(u);
  graph.set(f.unit, out);
}

function reachable(from: string): Set<string> {
  const seen = new Set<string>();
  const stack = [...(graph.get(from) ?? [])];
  while (stack.length) {
    const u = stack.pop()!;
    if (seen.has(u)) continue;
    seen.add(u);
    stack.push(...(graph.get(u) ?? []));
  }
  return seen;
}

/** Each pair of folders that reach each other (through folders or top-level files), once. */
export function folderCycles(): string[] {
  const folders = [...graph.keys()].filter(isFolder).sort();
  const reach = new Map(folders.map((f) => [f, reachable(f)]));
  const cycles: string[] = [];
  for (const a of folders) for (const b of folders) if (a < b && reach.get(a)!.has(b) && reach.get(b)!.has(a)) cycles.push(`${a} ⇄ ${b}`);
  return cycles;
}

describe("lib's folders", () => {
  it("reads the imports it judges (the graph is not empty, the ledger is in it)", () => {
    expect(graph.get("invoices")?.has("ledger")).toBe(true);
    expect(graph.get("ledger")?.has("db")).toBe(true);
  });

  it("form no cycle: no two folders reach each other", () => {
    expect(folderCycles()).toEqual([]);
  });

  it("the ledger reaches no domain folder: only itself, the pure rules and the generated client", () => {
    const folders = [...reachable("ledger")].filter(isFolder).sort();
    expect(folders.filter((f) => !["ledger", "rules", "generated"].includes(f))).toEqual([]);
  });

  it("the rules are a leaf: they reach no other folder", () => {
    expect([...reachable("rules")].filter(isFolder).filter((f) => f !== "rules" && f !== "generated")).toEqual([]);
  });

  it("the test-only paths stay in the tests: nothing in app, components, lib, prisma or scripts imports tests/support (decision 0118)", () => {
    const ROOT = path.resolve(LIB, "..");
    const shipped = ["app", "components", "lib", "prisma", "scripts"].flatMap((d) => {
      const walk = (dir: string): string[] =>
        fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
          const full = path.join(dir, e.name);
          if (e.isDirectory()) return e.name === "generated" || e.name === "node_modules" ? [] : walk(full);
          return /\.(ts|tsx|mjs)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
        });
      return fs.existsSync(path.join(ROOT, d)) ? walk(path.join(ROOT, d)) : [];
    });
    expect(shipped.length).toBeGreaterThan(100);
    const offenders = shipped.filter((f) => /["'][^"']*tests\/support\//.test(fs.readFileSync(f, "utf8"))).map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });
});
