import { describe, expect, it } from "vitest";
import { compileReleases } from "./compile";

describe("compiled release", () => {
  it("merges objects field by field, arrays of objects by id, and replaces everything else", () => {
    const compiled = compileReleases([
      { ocid: "o", id: "1", date: "d1", tag: ["contract"], parties: [{ id: "a", roles: ["buyer"] }], contracts: [{ id: "c", status: "active", implementation: { transactions: [{ id: "t1" }] } }] },
      { ocid: "o", id: "2", date: "d2", tag: ["implementation"], parties: [{ id: "a", roles: ["buyer", "payer"] }, { id: "b", roles: ["payee"] }], contracts: [{ id: "c", implementation: { transactions: [{ id: "t2" }] } }] },
    ]);
    expect(compiled).toEqual({
      ocid: "o",
      id: "o-compiled",
      date: "d2",
      tag: ["compiled"],
      parties: [{ id: "a", roles: ["buyer", "payer"] }, { id: "b", roles: ["payee"] }],
      contracts: [{ id: "c", status: "active", implementation: { transactions: [{ id: "t1" }, { id: "t2" }] } }],
    });
  });
});
