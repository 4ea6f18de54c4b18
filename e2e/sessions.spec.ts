import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { prisma } from "../lib/db";
import { makeUser, PASSWORD } from "./support/factories";
import { signIn } from "./support/session";

// Decisions 0063–0064: the throttled address is the socket's, whatever the client claims; a session ends when
// signed out from another device, when past its absolute lifetime, and /api/auth/session says so too.

/** One sign-in POST to Auth.js's own credentials endpoint, as a script would send it, with forged headers. */
async function postSignIn(request: APIRequestContext, email: string, password: string, forgedAddress: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return request.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, callbackUrl: "/" },
    headers: { "X-Forwarded-For": forgedAddress, "X-Real-IP": forgedAddress, Forwarded: `for=${forgedAddress}` },
    maxRedirects: 0,
  });
}

async function signedInPage(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, PASSWORD);
  return { context, page };
}

const sessionCookies = (setCookie: string | undefined) => (setCookie ?? "").split("\n").filter((c) => /session-token/.test(c));

test("a forged X-Forwarded-For does not change the throttled address", async ({ playwright }) => {
  const user = await makeUser("official");
  const request = await playwright.request.newContext();
  for (let i = 0; i < 4; i++) {
    const response = await postSignIn(request, user.email, `wrong-${i}`, `203.0.113.${100 + i}`);
    expect(response.status()).toBe(302);
  }
  // Every attempt counted against the one real address (the test's own socket), none against a forged one.
  const audited = await prisma().auditEvent.findMany({ where: { subject: user.email, action: "sign_in.failed" } });
  expect(audited.map((a) => (a.details as { address: string }).address)).toEqual(Array(4).fill("127.0.0.1"));
  const rows = await prisma().signInThrottle.findMany({ where: { key: { contains: user.email } } });
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ key: `pair:${user.email}|127.0.0.1`, failures: 4 });
  await request.dispose();
});

test("signing a session out from the sessions page ends it in the other browser", async ({ browser }) => {
  const user = await makeUser("contractor");
  const a = await signedInPage(browser, user.email);
  const b = await signedInPage(browser, user.email);

  await a.page.getByTestId("account-menu").click();
  await a.page.getByRole("link", { name: "Your sessions" }).click();
  await expect(a.page.getByRole("heading", { name: "Your sessions" })).toBeVisible();
  const rows = a.page.getByRole("table", { name: "Active sessions" }).getByTestId("session-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "This session" })).toHaveCount(1);
  await expect(rows.first()).toContainText(/Chrome on \w+/);
  await expect(rows.first()).toContainText("127.0.0.1");
  // The password confirms the sign-out (ASVS 7.5.2): a wrong one signs nothing out.
  await a.page.getByLabel("Your password").fill("not-the-password");
  await rows.filter({ hasNotText: "This session" }).getByRole("button", { name: "Sign out" }).click();
  await expect(a.page.getByRole("alert").filter({ hasText: "password" })).toHaveText("The password is not right. No session was signed out.");
  await expect(rows).toHaveCount(2);
  await a.page.getByLabel("Your password").fill(PASSWORD);
  await rows.filter({ hasNotText: "This session" }).getByRole("button", { name: "Sign out" }).click();
  await expect(a.page.getByRole("status")).toHaveText("That session was signed out.");
  await expect(rows).toHaveCount(1);

  await b.page.goto("/company");
  await expect(b.page).toHaveURL(/\/sign-in/);
  // The session that did it goes on.
  await a.page.goto("/company");
  await expect(a.page).toHaveURL(/\/company$/);
  await Promise.all([a.context.close(), b.context.close()]);
});

test("signing in again in the same browser ends the session it replaces", async ({ browser }) => {
  const user = await makeUser("contractor");
  const a = await signedInPage(browser, user.email);
  const first = await prisma().userSession.findFirstOrThrow({ where: { userId: user.id, endedAt: null } });
  // The sign-in page sends a signed-in user home, so the second sign-in is posted as a script (or a second tab) would.
  const { csrfToken } = (await (await a.page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await a.page.request.post("/api/auth/callback/credentials", { form: { email: user.email, password: PASSWORD, csrfToken, callbackUrl: "/" }, maxRedirects: 0 });
  expect(response.status()).toBe(302);
  const rows = await prisma().userSession.findMany({ where: { userId: user.id }, orderBy: { createdAt: "asc" } });
  expect(rows).toHaveLength(2);
  expect(rows.find((r) => r.id === first.id)).toMatchObject({ endedReason: "replaced" });
  expect(rows.filter((r) => r.endedAt === null)).toHaveLength(1);
  await a.page.goto("/account/sessions");
  await expect(a.page.getByRole("table", { name: "Active sessions" }).getByTestId("session-row")).toHaveCount(1);
  await a.context.close();
});

test("/api/auth/session answers no user and renews no cookie for a signed-out session", async ({ browser, playwright }) => {
  const user = await makeUser("investigator");
  const a = await signedInPage(browser, user.email);
  const b = await signedInPage(browser, user.email);
  // B's cookie, as a thief (or a tab kept open) would keep it.
  const cookie = (await b.context.cookies()).find((c) => /session-token/.test(c.name))!;
  const thief = await playwright.request.newContext({ extraHTTPHeaders: { cookie: `${cookie.name}=${cookie.value}` } });
  const live = await thief.get("/api/auth/session");
  expect(((await live.json()) as { user?: { email?: string } }).user?.email).toBe(user.email);

  await a.page.goto("/account/sessions");
  await a.page.getByLabel("Your password").fill(PASSWORD);
  await a.page.getByRole("button", { name: "Sign out everywhere else" }).click();
  await expect(a.page.getByRole("status")).toHaveText("Every other session was signed out.");

  // No user, and no fresh cookie (at most the one that clears it).
  const response = await thief.get("/api/auth/session");
  expect(await response.json()).toBeNull();
  for (const set of sessionCookies(response.headers()["set-cookie"])) expect(set).toMatch(/session-token=;|Max-Age=0|Expires=Thu, 01 Jan 1970/i);
  await b.page.goto("/flags");
  await expect(b.page).toHaveURL(/\/sign-in/);
  await Promise.all([a.context.close(), b.context.close(), thief.dispose()]);
});

test("a session past its absolute lifetime is refused", async ({ browser }) => {
  const user = await makeUser("official");
  const { context, page } = await signedInPage(browser, user.email);
  await page.goto("/account/sessions");
  await expect(page.getByRole("heading", { name: "Your sessions" })).toBeVisible();
  // Thirteen hours later (the row is what the server trusts; tests never wait for the clock).
  const hour = 3600_000;
  await prisma().userSession.updateMany({
    where: { userId: user.id },
    data: { createdAt: new Date(Date.now() - 13 * hour), expiresAt: new Date(Date.now() - hour) },
  });
  const response = await context.request.get("/api/auth/session");
  expect(await response.json()).toBeNull();
  await page.goto("/account/sessions");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount%2Fsessions/);
  await context.close();
});
