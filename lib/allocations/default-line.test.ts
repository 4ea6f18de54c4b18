import { describe, expect, it } from "vitest";
import { defaultLine } from "./default-line";

describe("the allocation form's budget line chosen beforehand", () => {
  it("is the only line with money left", () => expect(defaultLine([{ id: 4, isExhausted: false }, { id: 5, isExhausted: true }])).toBe("4"));
  it("is none when several lines fit: the official chooses", () => expect(defaultLine([{ id: 4, isExhausted: false }, { id: 7, isExhausted: false }])).toBe(""));
  it("is none when no line has money", () => expect(defaultLine([{ id: 5, isExhausted: true }])).toBe(""));
});
