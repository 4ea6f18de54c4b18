import { describe, expect, it } from "vitest";
import { BUNDLE_FILES } from "./format";
import { IMPORT_PHASES } from "./import-bundle";

describe("import phases", () => {
  it("read every file of the bundle once, in the bundle's order", () => {
    expect(IMPORT_PHASES.flatMap((p) => p.files)).toEqual(BUNDLE_FILES.map((f) => f.file));
  });
});
