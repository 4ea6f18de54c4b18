import { describe, expect, it } from "vitest";
import { translator } from "../../lib/i18n";
import { shellIdentity } from "../../lib/shell/identity";
import { mealWorld } from "../support/meal-fixtures";

describe("the header's identity (issue 19, item 6)", () => {
  it("a school user is their position at their school; others keep role and organisation", async () => {
    const m = await mealWorld();
    const t = translator("en");
    const school = await shellIdentity(m.directorA, t, "en");
    expect(school).toEqual({ role: "Director", organization: m.schoolA.name });
    expect(await shellIdentity(m.staffB, t, "en")).toEqual({ role: "Staff", organization: m.schoolB.name });
    expect((await shellIdentity(m.district, t, "en")).role).toBe("Ministry official");
  });
});
