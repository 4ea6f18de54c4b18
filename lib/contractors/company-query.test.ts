import { describe, expect, it } from "vitest";
import { parseCompanyQuery } from "./company-query";

describe("registry search query", () => {
  it.each([
    ["", null],
    ["   ", null],
    ["150640012341", { kind: "bin", bin: "150640012341" }],
    ["1506 4001 2341", { kind: "bin", bin: "150640012341" }],
    ["15064", { kind: "binPrefix", prefix: "15064" }],
    ["Almaty Stroy", { kind: "words", tsquery: "almaty:* & stroy:*" }],
    ["ТОО «Алматы»", { kind: "words", tsquery: "тоо:* & алматы:*" }],
    ["beton & !x | y:*", { kind: "words", tsquery: "beton:* & x:* & y:*" }],
    ["«»&|!", null],
  ])("%j → %j", (q, expected) => {
    expect(parseCompanyQuery(q)).toEqual(expected);
  });
});
