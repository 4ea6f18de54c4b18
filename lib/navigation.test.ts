import { describe, expect, it } from "vitest";
import { navFor } from "./navigation";

// Decision 0275: the "Canteen" section belongs to a company that holds a canteen contract, not to every contractor.
describe("navFor", () => {
  const hrefs = (...args: Parameters<typeof navFor>) => navFor(...args).map((item) => item.href);

  it("leaves the canteen out for a general contractor", () => {
    expect(hrefs("contractor")).not.toContain("/canteen");
    expect(hrefs("contractor", { isCanteenOperator: false })).toContain("/company/invoices");
  });

  it("shows the canteen to a canteen operator", () => {
    expect(hrefs("contractor", { isCanteenOperator: true })).toContain("/canteen");
  });

  it("never shows the canteen to another role, whatever the flag", () => {
    for (const role of ["official", "investigator", "admin", "school"] as const) expect(hrefs(role, { isCanteenOperator: true })).not.toContain("/canteen");
  });
});
