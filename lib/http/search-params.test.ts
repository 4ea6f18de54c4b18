import { describe, expect, it } from "vitest";
import { firstParams } from "./search-params";

describe("firstParams", () => {
  it.each([
    [{ q: "a" }, { q: "a" }],
    [{ q: ["a", "b"] }, { q: "a" }],
    [{ q: [] as string[] }, { q: undefined }],
    [{ q: undefined }, { q: undefined }],
    [{ q: "a\u0000b" }, { q: "ab" }],
    [{ q: ["\u0000", "x"], page: "2" }, { q: "", page: "2" }],
  ])("reads %j as %j", (raw, expected) => expect(firstParams(raw)).toEqual(expected));

  it("reads a URL's repeated parameters the same way", () => {
    expect(firstParams(new URLSearchParams("q=a&q=b&colour=1%002"))).toEqual({ q: "a", colour: "12" });
  });
});
