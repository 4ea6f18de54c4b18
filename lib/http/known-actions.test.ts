import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isKnownActionId, resetKnownActions } from "./known-actions";

const ID = "405522421e8491f63032cf3a8841ab413db39ff1af";

function manifest(content: unknown) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "actions-")), "server-reference-manifest.json");
  fs.writeFileSync(file, JSON.stringify(content));
  return file;
}

describe("isKnownActionId", () => {
  afterEach(resetKnownActions);

  it.each([
    [ID, true],
    ["0".repeat(42), false],
    ["not-an-action", false],
    ["", false],
    ["x".repeat(5000), false],
  ])("%s → %s", (id, expected) => {
    expect(isKnownActionId(id, manifest({ node: { [ID]: {} }, edge: {} }))).toBe(expected);
  });

  it("lets every id through when the build wrote no manifest (Next's handler decides)", () => {
    expect(isKnownActionId("0".repeat(42), "/nonexistent/manifest.json")).toBe(true);
  });
});
