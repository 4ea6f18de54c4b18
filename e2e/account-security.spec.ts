import { expect, test, type Page } from "@playwright/test";
import { codeAt, stepAt } from "../lib/mfa/totp";
import { makeOrganization, makeUser, PASSWORD } from "./support/factories";
import { freshCode, signIn } from "./support/session";

async function signOut(page: Page) {
  await page.getByTestId("account-menu").click();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1/);
}

async function passwordStep(page: Page, email: string, password = PASSWORD) {
  await page.goto("/sign-in");
  const form = page.getByRole("form", { name: "Sign in to Aiqyn" });
  await form.getByLabel("E-mail").fill(email);
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/sign-in\/code/);
  return page.getByRole("form", { name: "Second step: code" });
}

async function submitCode(page: Page, code: string) {
  const form = page.getByRole("form", { name: "Second step: code" });
  await form.getByLabel("Code").fill(code);
  await form.getByRole("button", { name: "Verify" }).click();
}

test("a user changes their password: the current one is required, short and common ones are refused, other sessions end", async ({ page, browser }) => {
  const user = await makeUser("contractor");
  const elsewhere = await (await browser.newContext()).newPage();
  await signIn(elsewhere, user.email, PASSWORD);
  await signIn(page, user.email, PASSWORD);
  await page.getByTestId("account-menu").click();
  await page.getByRole("link", { name: "Password and second factor" }).click();
  await expect(page).toHaveURL(/\/account\/security/);
  const form = page.getByRole("form", { name: "Change password" });
  const attempt = async (current: string, next: string) => {
    await form.getByLabel("Current password").fill(current);
    await form.getByLabel("New password", { exact: true }).fill(next);
    await form.getByLabel("New password again").fill(next);
    await form.getByRole("button", { name: "Change password" }).click();
  };
  await attempt("not-my-password", "steppe wind over the river");
  await expect(form.getByRole("alert")).toHaveText("The current password is not right.");
  await attempt(PASSWORD, "short-pass1");
  await expect(form.getByRole("alert")).toHaveText("The new password needs at least 12 characters.");
  await attempt(PASSWORD, "qwerty123456");
  await expect(form.getByRole("alert")).toHaveText("This password is on the list of common or breached passwords. Choose another.");
  await form.getByLabel("Current password").fill(PASSWORD);
  await form.getByLabel("New password", { exact: true }).fill("steppe wind over the river");
  await form.getByLabel("New password again").fill("steppe wind over the rivers");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("alert")).toHaveText("The two new passwords differ.");
  await attempt(PASSWORD, "steppe wind over the river");
  // This browser stays signed in; the other session has ended.
  await expect(page.getByRole("status").filter({ hasText: "Your password has been changed." })).toBeVisible();
  await page.goto("/company");
  await expect(page.getByTestId("signed-in-user")).toContainText(user.name);
  await elsewhere.goto("/company");
  await expect(elsewhere).toHaveURL(/\/sign-in/);
  await signOut(page);
  await signIn(page, user.email, "steppe wind over the river");
  await expect(page.getByTestId("signed-in-user")).toContainText(user.name);
});

test("an administrator's new user gets a one-time password and must change it before anything else; a reset does the same", async ({ page, browser }) => {
  const admin = await makeUser("admin");
  const company = await makeOrganization("company");
  await signIn(page, admin.email, PASSWORD);
  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "Create a user" });
  const email = `newcomer-${Date.now()}@e2e.test`;
  await form.getByLabel("Full name").fill("Ayan Serikbayev");
  await form.getByLabel("E-mail").fill(email);
  await form.getByLabel("Role").selectOption("contractor");
  await form.getByLabel("Company BIN").fill(company.bin!);
  await form.getByRole("button", { name: "Create user" }).click();
  const status = form.getByRole("status");
  await expect(status).toContainText("One-time password: ");
  const oneTime = /One-time password: (\S+) /.exec((await status.textContent()) ?? "")![1]!;

  const newcomer = await (await browser.newContext()).newPage();
  await signIn(newcomer, email, oneTime);
  await expect(newcomer).toHaveURL(/\/account\/security/);
  await expect(newcomer.getByTestId("account-setup")).toHaveText(/set by an administrator and is for one use only/);
  // Every other page sends them back; the navigation is empty.
  await newcomer.goto("/company");
  await expect(newcomer).toHaveURL(/\/account\/security/);
  await expect(newcomer.getByRole("navigation", { name: "Main navigation" }).getByRole("link")).toHaveCount(0);
  // A route handler refuses too (enforced in lib, not in the layout).
  const csv = await newcomer.request.get("/company/history/csv");
  expect(csv.status()).not.toBe(200);
  const change = newcomer.getByRole("form", { name: "Change password" });
  await change.getByLabel("Current password").fill(oneTime);
  await change.getByLabel("New password", { exact: true }).fill("my own long passphrase");
  await change.getByLabel("New password again").fill("my own long passphrase");
  await change.getByRole("button", { name: "Change password" }).click();
  await expect(newcomer.getByRole("status").filter({ hasText: "Your password has been changed." })).toBeVisible();
  await newcomer.goto("/company");
  await expect(newcomer).toHaveURL(/\/company$/);

  // The administrator resets it: a new one-time password, and the user's session ends.
  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await page.getByRole("link", { name: "Ayan Serikbayev" }).click();
  const reset = page.getByRole("form", { name: "Reset password" });
  await reset.getByRole("button", { name: "Reset password" }).click();
  await expect(reset.getByRole("status")).toContainText(`One-time password of ${email}: `);
  const second = /: (\S+) —/.exec((await reset.getByRole("status").textContent()) ?? "")![1]!;
  await newcomer.goto("/company");
  await expect(newcomer).toHaveURL(/\/sign-in/);
  await signIn(newcomer, email, second);
  await expect(newcomer).toHaveURL(/\/account\/security/);
});

test("an official without a second factor must enrol (QR, code, recovery codes), then signs in with a code or a recovery code, each once", async ({ page }) => {
  const official = await makeUser("official", { secondFactor: false });
  await signIn(page, official.email, PASSWORD);
  await expect(page).toHaveURL(/\/account\/security/);
  await expect(page.getByTestId("account-setup")).toHaveText(/requires a second factor/);
  await page.goto("/home");
  await expect(page).toHaveURL(/\/account\/security/);

  const enrol = page.getByRole("form", { name: "Second factor (authenticator app)" });
  await expect(enrol.getByRole("img", { name: "QR code for the authenticator app" }).locator("svg")).toBeVisible();
  const secret = (await enrol.getByTestId("enrolment-secret").textContent())!.trim();
  await enrol.getByLabel("The 6-digit code the app shows").fill("000000" === codeAt(secret, stepAt(Date.now())) ? "111111" : "000000");
  await enrol.getByRole("button", { name: "Turn on" }).click();
  await expect(enrol.getByRole("alert")).toContainText("This code is not right.");
  await enrol.getByLabel("The 6-digit code the app shows").fill(codeAt(secret, stepAt(Date.now())));
  await enrol.getByRole("button", { name: "Turn on" }).click();
  const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recovery = (await codes.first().textContent())!.trim();
  await page.getByRole("link", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/home/);

  // Sign-in is now two steps. A recovery code works once.
  await signOut(page);
  await passwordStep(page, official.email);
  await submitCode(page, recovery);
  await expect(page).toHaveURL(/\/home/);
  await signOut(page);
  await passwordStep(page, official.email);
  await submitCode(page, recovery);
  await expect(page.getByRole("form", { name: "Second step: code" }).getByRole("alert")).toHaveText(/not right or was already used/);

  // A code from the app signs in; the same code again is a replay.
  const code = await freshCode(official.email);
  await submitCode(page, code);
  await expect(page).toHaveURL(/\/home/);
  await signOut(page);
  await passwordStep(page, official.email);
  await submitCode(page, code);
  await expect(page.getByRole("form", { name: "Second step: code" }).getByRole("alert")).toHaveText(/not right or was already used/);
  await expect(page).toHaveURL(/\/sign-in\/code/);
});

test("a contractor may skip the second factor, and may turn it on and off", async ({ page }) => {
  const contractor = await makeUser("contractor");
  await signIn(page, contractor.email, PASSWORD);
  await expect(page).toHaveURL(/\/home$/);
  await page.goto("/account/security");
  await expect(page.getByTestId("second-factor-status")).toHaveText(/^Off/);
  const enrol = page.getByRole("form", { name: "Second factor (authenticator app)" });
  const secret = (await enrol.getByTestId("enrolment-secret").textContent())!.trim();
  await enrol.getByLabel("The 6-digit code the app shows").fill(codeAt(secret, stepAt(Date.now())));
  await enrol.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem")).toHaveCount(10);
  await page.goto("/account/security");
  await expect(page.getByTestId("second-factor-status")).toHaveText(/^On/);
  const off = page.getByRole("form", { name: "Turn off the second factor" });
  await off.getByLabel("Code from the app, to turn it off").fill(await freshCode(contractor.email));
  await off.getByRole("button", { name: "Turn off the second factor" }).click();
  await expect(page.getByText("The second factor is off.")).toBeVisible();
  await signOut(page);
  await signIn(page, contractor.email, PASSWORD);
  await expect(page).toHaveURL(/\/home$/);
});
