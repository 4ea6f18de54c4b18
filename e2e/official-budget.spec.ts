import { expect, test } from "@playwright/test";
import { makeOrganization, makeUser, PASSWORD } from "./support/factories";
import { signIn } from "./support/session";

test("an official creates a budget line and finds it; bad input is explained field by field", async ({ page, browser }) => {
  const ministry = await makeOrganization("ministry", `Ministry of Enlightenment ${Date.now()}`);
  const official = await makeUser("official", { organizationId: ministry.id });
  // A code of its own (the demo seed's lines share the database): administrator and programme from the clock.
  const digits = String(Date.now()).slice(-6);
  const code = `04 9 ${digits.slice(0, 3)} ${digits.slice(3)} 015`;
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

  await form.getByLabel("Budget classification code").fill(code.replace(/ /g, ""));
  await form.getByLabel("Region").selectOption({ label: "Almaty city" });
  await form.getByLabel("Appropriated amount, ₸").fill("4 500 000 000");
  await form.getByRole("button", { name: "Create budget line" }).click();
  await expect(form.getByRole("status")).toHaveText(`Budget line ${code} / 431 created.`);

  const row = page.getByRole("row").filter({ hasText: "Construction of schools" });
  await expect(row).toContainText(`${code} / 431`);
  await expect(row).toContainText("4\u00A0500\u00A0000\u00A0000,00\u00A0₸");
  await expect(row).toContainText("Almaty city");

  // Another ministry's official does not see it.
  const other = await makeUser("official");
  const theirs = await (await browser.newContext()).newPage();
  await signIn(theirs, other.email, PASSWORD);
  await theirs.goto(`/budget?q=${code.replace(/ /g, "")}`);
  await expect(theirs.getByText("No budget lines match.")).toBeVisible();
});

for (const role of ["contractor", "investigator", "admin"] as const) {
  test(`budget lines and projects are not for a ${role}`, async ({ page }) => {
    const user = await makeUser(role);
    await signIn(page, user.email, PASSWORD);
    // Investigators read the projects (decision 0181), never the budget lines or a new project's form.
    for (const path of role === "investigator" ? ["/budget", "/projects/new"] : ["/budget", "/projects", "/projects/new"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    if (role === "investigator") expect((await page.goto("/projects"))?.status()).toBe(200);
  });
}
