import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createZip, readZip } from "./zip";

const entries = (zip: Buffer) => Object.fromEntries([...readZip(zip)].map(([k, v]) => [k, v.toString("utf8")]));

describe("createZip", () => {
  it("round-trips entries with their CRCs, Cyrillic names included", () => {
    const zip = createZip([
      { name: "case.json", data: '{"id":1}' },
      { name: "дело/notes.txt", data: "Заметка ".repeat(100) },
    ]);
    expect(entries(zip)).toEqual({ "case.json": '{"id":1}', "дело/notes.txt": "Заметка ".repeat(100) });
  });

  it("is accepted by the system's unzip when there is one", () => {
    let hasUnzip = true;
    try {
      execFileSync("unzip", ["-v"], { stdio: "ignore" });
    } catch {
      hasUnzip = false;
    }
    if (!hasUnzip) return;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "zip-")), "t.zip");
    fs.writeFileSync(file, createZip([{ name: "a.txt", data: "hello" }]));
    expect(execFileSync("unzip", ["-t", file]).toString()).toContain("No errors detected");
  });
});
