import { describe, expect, it } from "vitest";
import { redactForCompany } from "./redact-refusal";

describe("redactForCompany", () => {
  it("masks a balance and keeps everything else", () => {
    expect(redactForCompany([{ code: "INSUFFICIENT_BALANCE", params: { colour: "1", balance: "500", attempted: "900" } }, { code: "PRICE_ABOVE_CEILING", params: { item: "A" } }])).toEqual([
      { code: "INSUFFICIENT_BALANCE", params: { colour: "1", balance: "•••", attempted: "900" } },
      { code: "PRICE_ABOVE_CEILING", params: { item: "A" } },
    ]);
    expect(redactForCompany(null)).toEqual([]);
  });
});
