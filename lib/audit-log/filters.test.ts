import { describe, expect, it } from "vitest";
import { parseAuditFilters } from "./filters";

describe("parseAuditFilters", () => {
  it.each<[string, Record<string, string | string[] | undefined>, object]>([
    ["nothing", {}, {}],
    ["all filters", { user: " alma ", action: "sign_in", subject: "a@b.kz", from: "2026-12-01", to: "2026-12-06" }, { user: "alma", action: "sign_in", subject: "a@b.kz", from: "2026-12-01", to: "2026-12-06" }],
    ["a repeated parameter takes the first", { action: ["sign_in", "x"] }, { action: "sign_in" }],
    ["blank is no filter", { user: "   " }, { user: undefined }],
    ["too long is no filter", { subject: "s".repeat(201) }, { subject: undefined }],
    ["a day that does not exist", { from: "2026-02-30" }, { from: undefined }],
    ["a day out of range", { to: "9999-01-01" }, { to: undefined }],
    ["not a day", { from: "1e30" }, { from: undefined }],
    ["a NUL byte is no filter", { user: "al\u0000ma", action: "sign_in\u0000", subject: "\u0000" }, { user: undefined, action: undefined, subject: undefined }],
  ])("%s", (_name, params, expected) => {
    expect(parseAuditFilters(params)).toMatchObject(expected);
  });

  it("reads URLSearchParams, repeated keys included", () => {
    expect(parseAuditFilters(new URLSearchParams("action=a&action=b&from=2026-01-01"))).toMatchObject({ action: "a", from: "2026-01-01" });
  });
});
