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
    // The UTF-8 flag (bit 11) of the second local header, so that unzip tools do not read the name as CP437.
    const second = zip.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), 4);
    expect(zip.readUInt16LE(second + 6) & 0x800).toBe(0x800);
  });

  it("keeps the entries in the order given and refuses two of one name", () => {
    const names = ["z.txt", "a.txt", "README.txt", "manifest.json"];
    expect([...readZip(createZip(names.map((name) => ({ name, data: name }))))].map(([name]) => name)).toEqual(names);
    expect(() => createZip([{ name: "a", data: "1" }, { name: "a", data: "2" }])).toThrow(/Two ZIP entries/);
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
