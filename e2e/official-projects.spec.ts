import { expect, test } from "@playwright/test";
import { makeOrganization, makeUser, PASSWORD } from "./support/factories";
import { signIn } from "./support/session";

test("an official imports an estimate from CSV: errors row by row, nothing saved, then the project", async ({ page }) => {
  const ministry = await makeOrganization("ministry", `Ministry ${Date.now()}`);
  const official = await makeUser("official", { organizationId: ministry.id });
  const name = `School for 300 pupils, Turkistan ${Date.now()}`;
  await signIn(page, official.email, PASSWORD);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Projects" }).click();
  await page.getByRole("link", { name: "New project" }).click();

  const form = page.getByRole("form", { name: "New project with its estimate" });
  await form.getByLabel("Project name").fill(name);
  await form.getByLabel("Region").selectOption({ label: "Turkistan region" });
  const bad = [
    "code;name;category;unit;quantity;ceiling unit price",
    "236310.100.000003;Ready-mixed concrete B25;23.63;м3;3 400;34 000",
    "241062.300.000012;Rebar A500C;24.10;т;12a;410 000",
    "236310.100.000003;Concrete again;23.63;м3;1;1",
    "233211.100.000001;Ceramic brick;23.32;bucket;700;92 000",
  ].join("\n");
  await form.getByLabel("Estimate (CSV)").fill(bad);
  await form.getByRole("button", { name: "Check the estimate" }).click();
  await expect(form.getByRole("alert")).toHaveText("3 problems in the estimate: fix them and check again. Nothing was saved.");
  await expect(form.getByText("Line 3, Quantity: «12a» is not a number")).toBeVisible();
  await expect(form.getByText("Line 4, Code: the code repeats line 2")).toBeVisible();
  await expect(form.getByText(/Line 5, Unit: unknown unit «bucket»/)).toBeVisible();
  await expect(form.getByRole("button", { name: "Create project" })).toHaveCount(0);
  await expect(form.getByLabel("Project name")).toHaveValue(name);

  const good = [
    "code;name;category;unit;quantity;ceiling unit price",
    "236310.100.000003;Ready-mixed concrete B25;23.63;м3;3 400;34 000",
    "241062.300.000012;Rebar A500C;24.10;т;310,5;410 000",
    "233211.100.000001;Ceramic brick;23.32;тыс.шт;700;92 000",
  ].join("\n");
  await form.getByLabel("Estimate (CSV)").fill(good);
  await form.getByRole("button", { name: "Check the estimate" }).click();
  // 3 400 × 34 000 + 310.5 × 410 000 + 700 × 92 000 = 307 305 000 ₸
  await expect(form.getByRole("status")).toHaveText("3 items, 307\u00A0305\u00A0000,00\u00A0₸ in total. Nothing is saved yet.");
  await expect(form.getByRole("table", { name: "Check the estimate" }).getByRole("row")).toHaveCount(4);
  await form.getByRole("button", { name: "Create project" }).click();

  // Creating a project opens it, and says so (issue 19, decision 0179).
  await expect(page).toHaveURL(/\/projects\/\d+$/);
  await expect(page.getByTestId("flash")).toHaveText(/Project created\./);
  await page.goto("/projects");
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("307\u00A0305\u00A0000,00\u00A0₸");
  await expect(row).toContainText("Turkistan region");
});
