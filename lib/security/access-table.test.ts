import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { accessTableIn } from "./access-doc";
import { ACCESS_TABLE, authorizedRoles, renderAccessTable, ruleLabel } from "./access-table";

// The table is the one source of the access rules (decision 0070): every server action and route handler in app/
// has its row, every action lets in exactly the roles its row says (decision 0071: read from the source), and
// docs/SECURITY.md shows the generated table. Integration and e2e tests check the rows' answers by calling them.

const ROOT = path.resolve(__dirname, "..", "..");
const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : /\.(ts|tsx)$/.test(e.name) ? [full] : [];
  });
}

const APP_FILES = filesUnder(path.join(ROOT, "app"));
const isServerActionFile = (source: string) => /^\s*(?:\/\/[^\n]*\n\s*)*["']use server["'];?/.test(source);
const ACTION_FILES = APP_FILES.filter((f) => isServerActionFile(fs.readFileSync(f, "utf8")));
const ROUTE_FILES = APP_FILES.filter((f) => /[\\/]route\.tsx?$/.test(f));

/** Every export of a "use server" file is callable from outside: each one is a server action. */
function exportedActions(source: string): string[] {
  const names = [...source.matchAll(/^export\s+(?:async\s+)?function\s+(\w+)/gm), ...source.matchAll(/^export\s+(?:const|let)\s+(\w+)/gm)].map((m) => m[1]!);
  for (const m of source.matchAll(/^export\s*\{([^}]*)\}/gm)) names.push(...m[1]!.split(",").map((s) => s.trim().split(/\s+as\s+/).pop()!).filter(Boolean));
  return names;
}

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/^export\s+(?:async\s+)?function\s+(\w+)/gm)) if (METHODS.includes(m[1]!)) found.add(m[1]!);
  for (const m of source.matchAll(/^export\s+const\s+(\w+)/gm)) if (METHODS.includes(m[1]!)) found.add(m[1]!);
  for (const m of source.matchAll(/^export\s+const\s*\{([^}]*)\}/gm)) for (const n of m[1]!.split(",").map((s) => s.trim())) if (METHODS.includes(n)) found.add(n);
  for (const m of source.matchAll(/^export\s*\{([^}]*)\}/gm)) for (const n of m[1]!.split(",").map((s) => s.trim().split(/\s+as\s+/).pop()!)) if (METHODS.includes(n)) found.add(n);
  return [...found];
}

/** The top-level functions of a file with their bodies (from the declaration to the first closing brace at column 0). */
function functionsOf(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(/^(?:export\s+)?(?:async\s+)?function\s+(\w+)/gm)) {
    const end = source.indexOf("\n}", m.index);
    out.set(m[1]!, source.slice(m.index, end < 0 ? undefined : end + 2));
  }
  return out;
}

// The account's own pages (roles: "account-holder" in lib/actions/action.ts) let in every signed-in role, as
// authorize() with all five would; "anyone" lets in everyone without a sign-in, as no authorize() call would.
const EVERY_ROLE = ["admin", "contractor", "investigator", "official", "school"];

/** Each action's `roles`, as written in its defineAction/defineFormAction call (lib/actions/action.ts). */
function pipelineRoles(source: string): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  const starts = [...source.matchAll(/^export\s+const\s+(\w+)\b[^=]*=\s*define(?:Form)?Action\(\{/gm)];
  starts.forEach((m, i) => {
    const call = source.slice(m.index, starts[i + 1]?.index ?? source.length);
    const roles = /^\s*roles:\s*(\[[^\]]*\]|"[\w-]+")/m.exec(call)?.[1];
    // Roles not written as a literal cannot be read: the row's check fails and says so.
    if (roles === undefined) out.set(m[1]!, [["(roles not written as a literal)"]]);
    else if (roles === '"anyone"') out.set(m[1]!, []);
    else if (roles === '"account-holder"') out.set(m[1]!, [EVERY_ROLE]);
    else out.set(m[1]!, [[...roles.matchAll(/["'](\w+)["']/g)].map((r) => r[1]!).sort()]);
  });
  return out;
}

/**
 * The role lists an action lets in: its pipeline `roles`, or (an action written by hand) the authorize(...) calls
 * it makes, itself or through a helper of its own file.
 */
function authorizeCalls(source: string, action: string): string[][] {
  const declared = pipelineRoles(source).get(action);
  if (declared) return declared;
  const functions = functionsOf(source);
  const callsIn = (body: string) => [
    ...[...body.matchAll(/\bauthorize\(([^)]*)\)/g)].map((m) => [...m[1]!.matchAll(/["'](\w+)["']/g)].map((r) => r[1]!).sort()),
    ...[...body.matchAll(/\bauthorizeAccountHolder\(\)|\bgetCurrentSession\(\);\s*if \(!\w+\) throw new ForbiddenError\(\)/g)].map(() => EVERY_ROLE),
  ];
  const body = functions.get(action) ?? "";
  const direct = callsIn(body);
  if (direct.length) return direct;
  return [...functions.entries()].filter(([name]) => name !== action && new RegExp(`\\b${name}\\(`).test(body)).flatMap(([, helper]) => callsIn(helper));
}

describe("the access table covers every way in", () => {
  it("finds the server actions and route handlers at all (the scan itself works)", () => {
    expect(ACTION_FILES.length).toBeGreaterThan(10);
    expect(ROUTE_FILES.length).toBeGreaterThan(3);
  });

  it("has a row for every exported server action", () => {
    const missing: string[] = [];
    for (const file of ACTION_FILES) {
      for (const name of exportedActions(fs.readFileSync(file, "utf8"))) {
        if (!ACCESS_TABLE.some((r) => r.kind === "action" && r.file === rel(file) && r.name === name)) missing.push(`server action ${name} in ${rel(file)}`);
      }
    }
    expect(missing, `add a row for each to lib/security/access-table.ts (then npm run docs:access):\n${missing.join("\n")}`).toEqual([]);
  });

  it("has a row for every route handler's method", () => {
    const missing: string[] = [];
    for (const file of ROUTE_FILES) {
      for (const method of exportedMethods(fs.readFileSync(file, "utf8"))) {
        if (!ACCESS_TABLE.some((r) => r.kind === "route" && r.file === rel(file) && r.name === method)) missing.push(`route handler ${method} in ${rel(file)}`);
      }
    }
    expect(missing, `add a row for each to lib/security/access-table.ts (then npm run docs:access):\n${missing.join("\n")}`).toEqual([]);
  });

  it("has no row without its code, and no row twice", () => {
    const stale = ACCESS_TABLE.filter((r) => {
      const file = path.join(ROOT, r.file);
      if (!fs.existsSync(file)) return true;
      const source = fs.readFileSync(file, "utf8");
      return r.kind === "action" ? !isServerActionFile(source) || !exportedActions(source).includes(r.name) : !exportedMethods(source).includes(r.name);
    });
    expect(stale.map((r) => `${ruleLabel(r)} in ${r.file}`), "rows whose action or route no longer exists").toEqual([]);
    const keys = ACCESS_TABLE.map((r) => `${r.kind} ${r.file} ${r.name}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
});

describe("each action lets in exactly the roles of its row", () => {
  for (const rule of ACCESS_TABLE.filter((r) => r.kind === "action")) {
    const roles = authorizedRoles(rule);
    it(`${rule.name} (${rule.file}): ${roles ? `authorize(${roles.join(", ")})` : "open to anyone"}`, () => {
      const calls = authorizeCalls(fs.readFileSync(path.join(ROOT, rule.file), "utf8"), rule.name);
      if (roles === null) expect(calls, "an action open to anyone calls no authorize()").toEqual([]);
      // One authorize call (or several, all alike), before anything else can happen: lib adds the scope.
      else expect(calls.length > 0 && calls.every((c) => c.join() === roles.join()), `calls: ${JSON.stringify(calls)}`).toBe(true);
    });
  }
});

describe("docs/SECURITY.md", () => {
  it("holds the generated access table (rewrite it with npm run docs:access)", () => {
    const doc = fs.readFileSync(path.join(ROOT, "docs", "SECURITY.md"), "utf8");
    expect(doc).toMatch(/^## Access rules$/m);
    expect(accessTableIn(doc)).toBe(renderAccessTable());
  });
});
