import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// <input type="date"> shows the browser's locale (mm/dd/yyyy in many), everything else reads dd.mm.yyyy:
// forms use components/date-field.tsx instead (issue 19).
function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return tsxFiles(full);
    return e.name.endsWith(".tsx") && !e.name.endsWith(".test.tsx") ? [full] : [];
  });
}

describe("date inputs", () => {
  it("no form uses the browser's own date picker", () => {
    const offenders = [...tsxFiles("app"), ...tsxFiles("components")].filter((f) => /type=["{]+date["}]+/.test(readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\//g, "")));
    expect(offenders).toEqual([]);
  });
});
