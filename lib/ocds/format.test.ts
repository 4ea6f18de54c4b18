import { describe, expect, it } from "vitest";
import { contractIdOfOcid, ocdsDateTime, ocdsDay, ocdsValue, parseReleaseId, releaseIdOf } from "./format";

describe("OCDS format pieces", () => {
  it("amounts are the exact decimal of integer tiyn", () => {
    expect(ocdsValue(123_456_789n)).toEqual({ amount: 1234567.89, currency: "KZT" });
    expect(JSON.stringify(ocdsValue(10n))).toBe('{"amount":0.1,"currency":"KZT"}');
    expect(JSON.stringify(ocdsValue(-5n))).toBe('{"amount":-0.05,"currency":"KZT"}');
    // 15 significant digits print back exactly; more would not, so they are refused.
    expect(JSON.stringify(ocdsValue(999_999_999_999_999n))).toBe('{"amount":9999999999999.99,"currency":"KZT"}');
    expect(() => ocdsValue(10n ** 15n)).toThrow(RangeError);
  });

  it("dates carry Kazakhstan's offset", () => {
    expect(ocdsDateTime(new Date("2026-03-01T09:05:09.123Z"))).toBe("2026-03-01T14:05:09+05:00");
    expect(ocdsDateTime(new Date("2026-03-01T20:00:00Z"))).toBe("2026-03-02T01:00:00+05:00");
    expect(ocdsDay(new Date("2026-03-01"))).toBe("2026-03-01T00:00:00+05:00");
  });

  it("ocids and release ids round-trip; anything else is not ours", () => {
    expect(contractIdOfOcid("ocds-aiqyn0", "ocds-aiqyn0-42")).toBe(42);
    for (const bad of ["ocds-aiqyn0-0", "ocds-aiqyn0-042", "ocds-other0-42", "ocds-aiqyn0-42x", "ocds-aiqyn0-99999999999"]) expect(contractIdOfOcid("ocds-aiqyn0", bad), bad).toBeNull();
    const id = releaseIdOf("ocds-aiqyn0-42", "payment", 9007199254740993n);
    expect(parseReleaseId("ocds-aiqyn0", id)).toEqual({ contractId: 42, kind: "payment", ref: 9007199254740993n });
    for (const bad of ["ocds-aiqyn0-42-payment-0", "ocds-aiqyn0-42-bribe-1", "ocds-aiqyn0-42-payment-99999999999999999999", "x"]) expect(parseReleaseId("ocds-aiqyn0", bad), bad).toBeNull();
  });
});
