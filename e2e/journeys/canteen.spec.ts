import { expect, test, type Page } from "@playwright/test";
import { almatyDate, monthOf } from "../../lib/meals/rules";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-logins";
import { mealWorld } from "../../tests/support/meal-fixtures";
import { makeContractorWorld, PASSWORD } from "../support/factories";
import { JOURNEY_VIEWPORT, shot } from "../support/journey-shot";
import { signIn } from "../support/session";

// Issue 19 with issue 18's canteen: a canteen operator's day. The scans are made on a district of this test's own
// (serving at any hour, so it passes whenever it runs): the phone at 390 px records a meal from the parent's code and
// refuses it the second time with its reason; the operator's day and refused scans list them. The demo's operator
// (Dastarkhan Catering LLP) then reads its home and its day at the desk, at 1366 px.

const PHONE = { width: 390, height: 844 };

async function scan(page: Page, token: string) {
  const form = page.getByRole("form", { name: "Record the meal" });
  await form.getByLabel("Code from the parent's screen").fill(token);
  await form.getByRole("button", { name: "Record the meal" }).click();
}

test.describe("journeys: canteen", () => {
  test("journeys: a canteen operator records a meal on the phone, is refused the same code again, and reads the day", async ({ browser }) => {
    test.setTimeout(300_000);
    const w = await makeContractorWorld();
    const m = await mealWorld({ world: w, month: monthOf(almatyDate(new Date())), isAnyTime: true, operator: { companyId: w.general.id, userId: w.users.general.id } });
    const phone = await (await browser.newContext({ viewport: PHONE })).newPage();
    await signIn(phone, w.users.general.email, PASSWORD);
    await shot(phone, "canteen", "01-home-phone");
    await phone.goto("/canteen");
    await phone.getByRole("combobox", { name: "School" }).selectOption({ label: "School No. 12" });
    await phone.getByRole("combobox", { name: "Meal" }).selectOption({ label: "Lunch" });
    await shot(phone, "canteen", "02-scanner");

    const parent = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
    await parent.goto(`/meals#${m.vouchers[0]!.secret}`);
    await expect(parent.getByRole("img", { name: "Meal code for the canteen" })).toBeVisible();
    await shot(parent, "canteen", "03-parent-code-320");
    const token = (await parent.getByTestId("meal-token").textContent())!.trim();

    await scan(phone, token);
    const outcome = phone.getByTestId("scan-outcome");
    await expect(outcome).toContainText("Served");
    await shot(phone, "canteen", "04-served");
    await scan(phone, token);
    await expect(outcome).toContainText("Refused");
    await expect(outcome).toContainText("This code was already used for a meal");
    await shot(phone, "canteen", "05-refused-again");

    await phone.goto("/canteen/today");
    await expect(phone.getByRole("heading", { level: 1 })).toBeVisible();
    await shot(phone, "canteen", "06-today-phone");
    await phone.goto("/canteen/refused");
    await expect(phone.getByTestId("canteen-refusal")).toHaveCount(1);
    await shot(phone, "canteen", "07-refused-phone");
  });

  test("journeys: the demo's canteen operator reads its home, its day and its refused scans at the desk", async ({ page }) => {
    await page.setViewportSize(JOURNEY_VIEWPORT);
    await signIn(page, "canteen@dastarkhan.kz", DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/home$/);
    // November's settlement says the day it was paid, 1 December, not the seed's (decision 0276); the operator has
    // the "Canteen" section (decision 0275).
    await expect(page.getByRole("main")).toContainText(/paid 01\.12\.2026/);
    await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Canteen" })).toHaveCount(1);
    await shot(page, "canteen-demo", "01-home");
    await page.goto("/canteen");
    await shot(page, "canteen-demo", "02-scanner");
    await page.goto("/canteen/today");
    await shot(page, "canteen-demo", "03-today");
    await page.goto("/canteen/refused");
    await shot(page, "canteen-demo", "04-refused");
    await page.goto("/company");
    await shot(page, "canteen-demo", "05-dashboard");
  });
});
