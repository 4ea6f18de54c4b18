import { expect, test } from "@playwright/test";

// An anonymous visitor reads the school-meal figures (issue 18, decision 0208) on the demo's district of Almaty:
// regions, then the schools of Almaty city; small counts read "fewer than 5", and no 12-digit number (an IIN) appears.

test.describe("public school-meal figures", () => {
  test("regions and schools, without signing in; counts below 5 hidden", async ({ page }) => {
    await page.goto("/open/meals?month=2026-11");
    await expect(page.getByRole("heading", { level: 1, name: "School meals" })).toBeVisible();
    await page.getByRole("link", { name: "Almaty city" }).click();
    await expect(page).toHaveURL(/\/open\/meals\/almaty-city/);
    const rows = page.getByTestId("meal-figures-row");
    await expect(rows.filter({ hasText: "School No. 12" })).toBeVisible();
    // The demo's disputes: two at No. 25, one at No. 38 — each shown as "fewer than 5".
    await expect(rows.filter({ hasText: "School No. 25" })).toContainText("fewer than 5");
    expect(await page.content()).not.toMatch(/\b\d{12}\b/);
    // An unknown region is a 404; a malformed month falls back to the latest.
    expect((await page.goto("/open/meals/nowhere"))?.status()).toBe(404);
    expect((await page.goto("/open/meals?month=2026-13"))?.status()).toBe(200);
  });
});
