import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-logins";
import { makeOrganization } from "../support/factories";
import { expectNoSidewaysScroll, JOURNEY_VIEWPORT, shot } from "../support/journey-shot";
import { signIn } from "../support/session";

// Issue 19, an administrator's day, signed in as the demo's administrator: the home with held-back sign-ins and
// recent changes, a new user with a one-time password (then one more "to replace a one-time password" on the home),
// the users table whole at 1366 and at 1920 px (no clipped actions, names on one line), a user's page, the audit log
// and its download, and the one "Sign out" in the account menu.

test.use({ viewport: JOURNEY_VIEWPORT });

/**
 * The users table is whole: neither the page nor the table scrolls sideways (so no column hides under the actions
 * column that stays at the right edge), the actions are inside the window, and a name takes one line.
 */
async function expectUsersTableWhole(page: Page, width: number) {
  await expectNoSidewaysScroll(page, `users at ${width} px`);
  const row = page.getByRole("table").first().getByRole("row").nth(1);
  const actions = (await row.getByRole("cell").last().boundingBox())!;
  expect(actions.x + actions.width, "the actions column ends inside the window").toBeLessThanOrEqual(width);
  const name = row.getByRole("cell").first().getByRole("link");
  const lineHeight = await name.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 20);
  expect((await name.boundingBox())!.height, "a name on one line").toBeLessThan(lineHeight * 1.5);
}

test.describe("journeys: administrator", () => {
  test("journeys: an administrator reads the home, adds a user, keeps the users table whole at 1366 and 1920 px, searches the audit log, signs out", async ({ page }) => {
    test.slow();
    const company = await makeOrganization("company", `Saryarka Koprik ${Date.now() % 1_000_000} LLP`);
    await signIn(page, "admin@aiqyn.kz", DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByRole("heading", { name: "Sign-ins held back" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Recent changes" })).toBeVisible();
    await shot(page, "admin", "01-home");

    await page.goto("/admin/users");
    const form = page.getByRole("form", { name: "Create a user" });
    const email = `aliya-${Date.now()}@e2e.test`;
    await form.getByLabel("Full name").fill("Aliya Nurbekovna Sadykova");
    await form.getByLabel("E-mail").fill(email);
    await form.getByLabel("Role").selectOption("contractor");
    await form.getByLabel("Company BIN").fill(company.bin!);
    await form.getByRole("button", { name: "Create user" }).click();
    // Creating hashes a one-time password: on a loaded machine that passes the default 10 s.
    await expect(form.getByRole("status")).toContainText(`User ${email} created. One-time password: `, { timeout: 30_000 });
    await shot(page, "admin", "02-user-created");

    await page.goto("/home");
    await expect(page.getByTestId("home-todos")).toContainText(/still to replace a one-time password/);
    await shot(page, "admin", "03-home-one-time-password");

    // The table whole, at the two widths of the issue.
    await page.goto("/admin/users");
    await expectUsersTableWhole(page, 1366);
    await shot(page, "admin", "04-users-1366");
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.reload();
    await expectUsersTableWhole(page, 1920);
    await shot(page, "admin", "05-users-1920");
    await page.setViewportSize(JOURNEY_VIEWPORT);

    await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
    await page.getByRole("link", { name: "Aliya Nurbekovna Sadykova" }).click();
    await expect(page.getByRole("form", { name: "Edit access" })).toBeVisible();
    await shot(page, "admin", "06-user");

    // The audit log: the creation, found by action, downloaded.
    await page.goto("/admin/audit");
    const search = page.getByRole("search", { name: "Search the audit log" });
    await search.getByLabel("User").fill("admin@aiqyn.kz");
    await search.getByRole("button", { name: "Search" }).click();
    await expect(page.getByRole("row").filter({ hasText: "admin@aiqyn.kz" }).first()).toBeVisible();
    await expectNoSidewaysScroll(page, "audit log at 1366 px");
    await shot(page, "admin", "07-audit-log");
    // Downloaded by the browser, as the administrator does (it sends the page's language; a bare request gets the default).
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
    expect(readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("id;at;user;action;object;details");

    await page.goto("/journal");
    await shot(page, "admin", "08-journal");

    // The account menu is named by its user and holds "Sign out" once.
    await page.getByTestId("account-menu").click();
    await expect(page.getByRole("button", { name: "Sign out", exact: true })).toHaveCount(1);
    await shot(page, "admin", "09-account-menu", { fullPage: false });
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/sign-in|\/open/);
  });
});
