import { expect, test } from "@playwright/test";
import { makeOrganization, makeUser, PASSWORD } from "./support/factories";
import { signIn } from "./support/session";

test("an administrator creates a contractor, who can then sign in", async ({ page, browser }) => {
  const admin = await makeUser("admin");
  const company = await makeOrganization("company", `Qazaq Koprik ${Date.now()} LLP`);
  await signIn(page, admin.email, PASSWORD);
  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "Create a user" });

  // Server-side validation: per-field messages, what was typed is kept.
  await form.getByLabel("Full name").fill("Ayan Serikbayev");
  await form.getByLabel("E-mail").fill("not-an-email");
  await form.getByLabel("Role").selectOption("contractor");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByRole("alert")).toHaveText("Please correct the highlighted fields.");
  await expect(form.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("Enter a valid e-mail address.")).toBeVisible();
  await expect(form.getByLabel("Full name")).toHaveValue("Ayan Serikbayev");

  // A contractor needs a company.
  const email = `ayan-${Date.now()}@e2e.test`;
  await form.getByLabel("E-mail").fill(email);
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByRole("alert")).toContainText("must belong to an organisation");

  await expect(form.getByLabel("Role")).toHaveValue("contractor");
  await form.getByLabel("Company BIN").fill("940140000386");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByText("The check digit (the 12th) does not match: check the number.")).toBeVisible();

  await form.getByLabel("Company BIN").fill(company.bin!);
  await form.getByRole("button", { name: "Create user" }).click();
  // The administrator no longer chooses the password: a one-time password is shown once.
  const created = form.getByRole("status");
  await expect(created).toContainText(`User ${email} created. One-time password: `);
  const oneTimePassword = /One-time password: (\S+) /.exec((await created.textContent()) ?? "")![1]!;

  await page.getByRole("searchbox", { name: "Search users" }).fill(email);
  await page.getByRole("button", { name: "Search" }).click();
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("Contractor");
  await expect(row).toContainText(company.name);

  const newcomer = await (await browser.newContext()).newPage();
  await signIn(newcomer, email, oneTimePassword);
  await expect(newcomer.getByTestId("signed-in-user")).toContainText(company.name);
  await expect(newcomer).toHaveURL(/\/account\/security/);
});

test("the user list searches, filters by role and pages", async ({ page }) => {
  const admin = await makeUser("admin");
  const tag = `Pager${Date.now()}`;
  for (let i = 0; i < 27; i++) await makeUser("investigator", { name: `${tag} ${String(i).padStart(2, "0")}` });
  await signIn(page, admin.email, PASSWORD);
  await page.goto(`/admin/users?q=${tag}`);
  await expect(page.getByText("27 in total")).toBeVisible();
  await expect(page.getByText("Page 1 of 2")).toBeVisible();
  await page.getByRole("link", { name: "Next" }).click();
  await expect(page.getByText("Page 2 of 2")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: tag })).toHaveCount(2);
  const search = page.getByRole("search", { name: "Search users" });
  await search.getByLabel("Role").selectOption("official");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No users match these filters.")).toBeVisible();
});

test("an administrator changes an official into an investigator, whose sections change at once", async ({ page, browser }) => {
  const admin = await makeUser("admin");
  const agency = await makeOrganization("agency", `Agency ${Date.now()}`);
  const official = await makeUser("official");
  const theirs = await (await browser.newContext()).newPage();
  await signIn(theirs, official.email, PASSWORD);
  await expect(theirs.getByTestId("signed-in-user")).toContainText("Ministry official");

  await signIn(page, admin.email, PASSWORD);
  await page.goto(`/admin/users?q=${encodeURIComponent(official.email)}`);
  await page.getByRole("link", { name: official.name }).click();
  const form = page.getByRole("form", { name: "Edit access" });
  await form.getByLabel("Role").selectOption("investigator");
  await form.getByRole("button", { name: "Save access" }).click();
  await expect(form.getByRole("alert")).toContainText("cannot belong to a ministry");
  await expect(form.getByLabel("Role")).toHaveValue("investigator");
  await form.getByLabel("Organisation").selectOption({ label: agency.name });
  await form.getByRole("button", { name: "Save access" }).click();
  await expect(form.getByRole("status")).toHaveText(`Access of ${official.email} updated.`);

  await theirs.goto("/home");
  await expect(theirs.getByTestId("signed-in-user")).toContainText(`Investigator · ${agency.name}`);
});

test("an administrator helps with a lost device and a lost second factor (decision 0079)", async ({ page, browser }) => {
  const admin = await makeUser("admin");
  const official = await makeUser("official");
  const theirs = await (await browser.newContext()).newPage();
  await signIn(theirs, official.email, PASSWORD);

  await signIn(page, admin.email, PASSWORD);
  await page.goto(`/admin/users/${official.id}`);
  await expect(page.locator("dt", { hasText: /^Second factor$/ }).locator("..")).toContainText("On");

  // Lost device: every session of the user ends; their browser is sent to sign in.
  const ending = page.getByRole("form", { name: "End all sessions" });
  await ending.getByRole("button", { name: "End all sessions" }).click();
  await expect(ending.getByRole("status")).toHaveText(`All sessions of ${official.email} have ended.`);
  await theirs.goto("/home");
  await expect(theirs).toHaveURL(/\/sign-in/);

  // Lost second factor: removed, with a new one-time password that the user must change before anything else.
  const reset = page.getByRole("form", { name: "Reset second factor" });
  await reset.getByRole("button", { name: "Reset second factor" }).click();
  await expect(reset.getByRole("status")).toContainText(`The second factor of ${official.email} is removed. One-time password`);
  const oneTimePassword = /\(shown once, valid for 72 hours\): (\S+)/.exec((await reset.getByRole("status").textContent()) ?? "")![1]!;
  await page.reload();
  await expect(page.locator("dt", { hasText: /^Second factor$/ }).locator("..")).toContainText("Not set up");
  await expect(page.getByText(/The one-time password is valid until/)).toBeVisible();
  // The old password no longer opens the account.
  await theirs.goto("/sign-in");
  const form = theirs.getByRole("form", { name: "Sign in to Aiqyn" });
  await form.getByLabel("E-mail").fill(official.email);
  await form.getByLabel("Password").fill(PASSWORD);
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(form.getByRole("alert")).toBeVisible();
  await signIn(theirs, official.email, oneTimePassword);
  await expect(theirs).toHaveURL(/\/account\/security/);
  await theirs.context().close();
});
