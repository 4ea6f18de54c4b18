import { expect, test } from "@playwright/test";
import { DEMO_PARENT_CODE, DEMO_PASSWORD } from "../../prisma/seed/demo-logins";
import { JOURNEY_VIEWPORT, shot } from "../support/journey-shot";
import { signIn } from "../support/session";

// Issue 19 with issue 18's school role: a school's day on the demo district, at School No. 38 (no other spec uses
// it; the public figures spec reads November, this month's list is new): the coordinator's home says this month's
// list is to build, the list is built from the pupils, the director's home then says it waits for approval and the
// director approves it. The parent's page of the demo's published voucher closes the day, on a 320-px phone.

test.use({ viewport: JOURNEY_VIEWPORT });

test.describe("journeys: school", () => {
  test("journeys: the school's coordinator builds this month's list and the director approves it; the parent's phone shows the code", async ({ browser }) => {
    test.slow();
    const staff = await (await browser.newContext({ viewport: JOURNEY_VIEWPORT })).newPage();
    await signIn(staff, "school@school38.almaty.kz", DEMO_PASSWORD);
    await expect(staff).toHaveURL(/\/home$/);
    const todo = staff.getByTestId("home-todos").getByRole("link").filter({ hasText: "School No. 38" });
    await expect(todo).toBeVisible();
    await shot(staff, "school", "01-staff-home");

    await staff.goto("/school");
    await expect(staff).toHaveURL(/\/school\/\d+$/);
    await expect(staff.getByTestId("pupil-row").first()).toBeVisible();
    // Pupils are kept as a keyed hash of the IIN: no twelve-digit number on the page.
    expect(await staff.locator("main").innerText()).not.toMatch(/\b\d{12}\b/);
    await shot(staff, "school", "02-school-pupils");

    await staff.goto("/home");
    await todo.click();
    await expect(staff).toHaveURL(/\/list/);
    await shot(staff, "school", "03-list-to-build");
    await staff.getByRole("button", { name: "Tick every pupil" }).click();
    await staff.getByRole("button", { name: "Save the list" }).click();
    await expect(staff.getByTestId("flash")).toContainText("The list is saved");
    await expect(staff.getByRole("button", { name: "Approve the list" })).toHaveCount(0);
    await shot(staff, "school", "04-list-saved");

    const director = await (await browser.newContext({ viewport: JOURNEY_VIEWPORT })).newPage();
    await signIn(director, "director@school38.almaty.kz", DEMO_PASSWORD);
    await expect(director).toHaveURL(/\/home$/);
    await shot(director, "school", "05-director-home");
    await director.getByTestId("home-todos").getByRole("link").filter({ hasText: "School No. 38" }).click();
    await director.getByRole("button", { name: "Approve the list" }).click();
    await expect(director.getByTestId("flash")).toContainText("The list is approved");
    await expect(director.getByTestId("list-status")).toContainText("Approved by");
    await shot(director, "school", "06-list-approved");
    await director.goto("/home");
    await shot(director, "school", "07-director-home-done");

    const parent = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
    await parent.goto(`/meals#${DEMO_PARENT_CODE}`);
    await expect(parent.getByRole("img", { name: "Meal code for the canteen" })).toBeVisible();
    expect(await parent.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await shot(parent, "school", "08-parent-phone-320");
  });
});
