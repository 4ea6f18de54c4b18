import { describe, expect, it } from "vitest";
import { parseDepth, parseTraceSubject, subjectOfNode, traceHref } from "./subject";

describe("trace subjects in URLs", () => {
  it.each([
    ["colour:12", { kind: "colour", id: 12 }],
    ["company:5", { kind: "company", id: 5 }],
    ["transfer:123456789012345", { kind: "transfer", id: 123456789012345 }],
    ["exit:wages", null],
    ["colour:0", null],
    ["person:3", null],
    ["colour:1;drop", null],
    [undefined, null],
  ])("%s", (raw, subject) => expect(parseTraceSubject(raw)).toEqual(subject));

  it("follows held money to its holder, builds links and bounds the depth", () => {
    expect(subjectOfNode("held:company:7")).toEqual({ kind: "company", id: 7 });
    expect(subjectOfNode("exit:taxes")).toBeNull();
    expect(traceHref({ kind: "project", id: 3 }, "backward", 4)).toBe("/trace?subject=project%3A3&direction=backward&depth=4");
    expect([parseDepth("3"), parseDepth("0"), parseDepth("99"), parseDepth(undefined)]).toEqual([3, 6, 6, 6]);
  });
});
