import { expect, test, type Page } from "@playwright/test";
import { prisma } from "../lib/db";
import { countUsers, makeUser, PASSWORD } from "./support/factories";
import { signIn } from "./support/session";

const PRIVATE_PAGES = ["/home", "/admin/users", "/admin/users?page=2"];

test("anonymous visitors to any private page are sent to sign-in", async ({ page }) => {
  for (const path of PRIVATE_PAGES) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in\?next=/);
    await expect(page.getByRole("heading", { name: "Sign in to Aiqyn" })).toBeVisible();
  }
});

for (const role of ["official", "contractor", "investigator"] as const) {
  test(`the administrator's pages look like they do not exist to a ${role}`, async ({ page }) => {
    const user = await makeUser(role);
    await signIn(page, user.email, PASSWORD);
    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });
}

/** Captures the exact POST a browser sends for the admin's create-user action, without letting it through. */
async function captureCreateUserPost(page: Page, email: string) {
  let captured: { headers: Record<string, string>; body: Buffer } | null = null;
  await page.route("**/admin/users", async (route) => {
    const request = route.request();
    if (request.method() === "POST" && request.headers()["next-action"]) {
      captured = { headers: request.headers(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
      await route.abort();
      return;
    }
    await route.continue();
  });
  const form = page.getByRole("form", { name: "Create a user" });
  await form.getByLabel("Full name").fill("Smuggled Admin");
  await form.getByLabel("E-mail").fill(email);
  await form.getByLabel("Role").selectOption("admin");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect.poll(() => captured !== null).toBe(true);
  return captured!;
}

test("calling the admin's create-user action directly is refused for a contractor and for anonymous", async ({ browser, baseURL }) => {
  const admin = await makeUser("admin");
  const adminPage = await browser.newPage();
  await signIn(adminPage, admin.email, PASSWORD);
  await adminPage.goto("/admin/users");
  const email = `smuggled-${Date.now()}@e2e.test`;
  const post = await captureCreateUserPost(adminPage, email);
  await adminPage.close();

  const replay = async (cookie: string | null) => {
    const headers: Record<string, string> = {
      "next-action": post.headers["next-action"]!,
      "content-type": post.headers["content-type"]!,
      accept: "text/x-component",
      "accept-language": "en",
    };
    if (post.headers["next-router-state-tree"]) headers["next-router-state-tree"] = post.headers["next-router-state-tree"];
    if (cookie) headers.cookie = cookie;
    return fetch(`${baseURL}/admin/users`, { method: "POST", headers, body: new Uint8Array(post.body), redirect: "manual" });
  };

  // Anonymous: stopped before any page or action code runs.
  const anonymous = await replay(null);
  expect(anonymous.status).toBe(401);

  // A signed-in contractor gets past the proxy; the action's own role check must refuse.
  const contractor = await makeUser("contractor");
  const contractorContext = await browser.newContext();
  const contractorPage = await contractorContext.newPage();
  await signIn(contractorPage, contractor.email, PASSWORD);
  const cookies = await contractorContext.cookies();
  const asContractor = await replay(cookies.map((c) => `${c.name}=${c.value}`).join("; "));
  const text = await asContractor.text();
  expect(text).toContain("You do not have access to this action.");
  await contractorContext.close();

  expect(await countUsers({ email })).toBe(0);
  // The refusal is in the audit log with the action's id; the anonymous one is not (it never passed sign-in).
  const refused = await prisma().auditEvent.findMany({ where: { actorId: contractor.id, action: "access.refused" } });
  expect(refused).toMatchObject([{ subject: `action:${post.headers["next-action"]}`, details: { reason: "role", role: "contractor", roles: ["admin"] } }]);
});

test("a deactivated user is signed out on their next request", async ({ browser }) => {
  const admin = await makeUser("admin");
  const victim = await makeUser("official");
  const victimPage = await browser.newPage();
  await signIn(victimPage, victim.email, PASSWORD);

  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, admin.email, PASSWORD);
  await adminPage.goto(`/admin/users?q=${encodeURIComponent(victim.email)}`);
  adminPage.once("dialog", (d) => d.accept());
  await adminPage.getByRole("button", { name: `Deactivate ${victim.email}` }).click();
  await expect(adminPage.getByRole("cell", { name: "Deactivated" })).toBeVisible();

  await victimPage.goto("/home");
  await expect(victimPage).toHaveURL(/\/sign-in/);
});
