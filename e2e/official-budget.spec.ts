import { expect, test } from "@playwright/test";
import { makeOrganization, makeUser, PASSWORD } from "./support/factories";
import { signIn } from "./support/session";

test("an official creates a budget line and finds it; bad input is explained field by field", async ({ page }) => {
  const ministry = await makeOrganization("ministry", `Ministry of Enlightenment ${Date.now()}`);
  const official = await makeUser("official", { organizationId: ministry.id });
  await signIn(page, official.email, PASSWORD);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Budget lines" }).click();
  await expect(page.getByText("No budget lines match.")).toBeVisible();

  const form = page.getByRole("form", { name: "New budget line" });
  await form.getByLabel("Budget classification code").fill("04 9 467 037");
  await form.getByLabel("Programme name").fill("Construction of schools");
  await form.getByLabel("Appropriated amount, ₸").fill("4 500 000 000,123");
  await form.getByRole("button", { name: "Create budget line" }).click();
  await expect(form.getByRole("alert")).toHaveText("Please correct the highlighted fields.");
  await expect(form.getByText("Enter 12 digits: group (01–16), subgroup, administrator, programme, subprogramme.")).toBeVisible();
  await expect(form.getByText("At most two digits after the comma (tiyn).")).toBeVisible();
  await expect(form.getByLabel("Programme name")).toHaveValue("Construction of schools");

  await form.getByLabel("Budget classification code").fill("049467037015");
  await form.getByLabel("Region").selectOption({ label: "Almaty city" });
  await form.getByLabel("Appropriated amount, ₸").fill("4 500 000 000");
  await form.getByRole("button", { name: "Create budget line" }).click();
  await expect(form.getByRole("status")).toHaveText("Budget line 04 9 467 037 015 / 431 created.");

  const row = page.getByRole("row").filter({ hasText: "Construction of schools" });
  await expect(row).toContainText("04 9 467 037 015 / 431");
  await expect(row).toContainText("4\u00A0500\u00A0000\u00A0000,00\u00A0₸");
  await expect(row).toContainText("Almaty city");

  // Another ministry's official does not see it.
  const other = await makeUser("official");
  await page.context().clearCookies();
  await signIn(page, other.email, PASSWORD);
  await page.goto("/budget?q=Construction%20of%20schools");
  await expect(page.getByText("No budget lines match.")).toBeVisible();
});

test("budget lines are not for contractors or investigators", async ({ page }) => {
  for (const role of ["contractor", "investigator"] as const) {
    const user = await makeUser(role);
    await signIn(page, user.email, PASSWORD);
    const response = await page.goto("/budget");
    expect(response?.status()).toBe(404);
    await page.context().clearCookies();
  }
});
