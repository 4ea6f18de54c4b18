import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type APIResponse, type BrowserContext, type Page, type Response } from "@playwright/test";
import { approveInvoice } from "../lib/invoices/approve-invoice";
import { concreteInvoice, unscreenedInvoice } from "../tests/support/ledger-fixtures";
import { makeContractorWorld, makeUser, PASSWORD } from "./support/factories";
import { signIn } from "./support/session";

// Decision 0060: every response forbids framing and carries the browser headers; pages, actions and routes get a
// nonce policy from proxy.ts, static assets a policy of their own from next.config.mjs. The suite serves plain HTTP.

type TResponse = APIResponse | Response;

async function headerList(response: TResponse) {
  return "headersArray" in response ? await response.headersArray() : [];
}

/** The response's CSP as directive → sources. */
function policyOf(headers: Record<string, string>) {
  const csp = headers["content-security-policy"] ?? "";
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** Asserts the headers of one response; `kind` "static" for built assets, which run nothing as a page. */
async function expectBrowserHeaders(response: TResponse, what: string, kind: "page" | "static" = "page") {
  const headers = response.headers();
  // One of each: a header set twice (once by next.config.mjs, once by the proxy) would be joined or doubled.
  const names = (await headerList(response)).map((h) => h.name.toLowerCase());
  for (const name of ["x-frame-options", "content-security-policy", "x-content-type-options"]) expect(names.filter((n) => n === name), `${what}: ${name} once`).toHaveLength(1);
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("same-origin");
  expect(headers["cross-origin-opener-policy"], what).toBe("same-origin");
  expect(headers["permissions-policy"], what).toContain("camera=()");
  expect(headers["permissions-policy"], what).toContain("geolocation=()");
  // Plain HTTP: no Strict-Transport-Security (see the HTTPS test).
  expect(headers["strict-transport-security"], what).toBeUndefined();
  const policy = policyOf(headers);
  expect(policy.get("frame-ancestors"), what).toEqual(["'none'"]);
  expect(policy.get("object-src"), what).toEqual(["'none'"]);
  expect(policy.get("base-uri"), what).toEqual(["'none'"]);
  if (kind === "page") {
    const scripts = policy.get("script-src") ?? [];
    expect(scripts.filter((s) => /^'nonce-[A-Za-z0-9+/]{22}=='$/.test(s)), `${what}: one nonce`).toHaveLength(1);
    expect(scripts, what).toContain("'strict-dynamic'");
    expect(scripts, what).not.toContain("'unsafe-eval'");
    expect(scripts, what).not.toContain("'unsafe-inline'");
    expect(policy.get("style-src") ?? [], what).not.toContain("'unsafe-inline'");
  } else {
    expect(policy.get("default-src"), what).toEqual(["'none'"]);
  }
}

const nonceOf = (response: TResponse) => /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];

/** Every script the page renders carries its response's nonce; returns the HTML. */
async function expectNoncedScripts(response: APIResponse) {
  const nonce = nonceOf(response);
  expect(nonce).toBeTruthy();
  const html = await response.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  return html;
}

/**
 * Fails the test on any CSP violation in the pages of `context`: the DOM's securitypolicyviolation events, the
 * console's CSP errors and uncaught page errors, with the page they happened on.
 */
async function watchForViolations(context: BrowserContext) {
  const problems: string[] = [];
  await context.exposeBinding("__reportViolation", ({ page }, text: string) => void problems.push(`${new URL(page.url()).pathname}: ${text}`));
  await context.addInitScript(() => {
    document.addEventListener(
      "securitypolicyviolation",
      (e) => (window as unknown as { __reportViolation: (t: string) => void }).__reportViolation(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
      true,
    );
  });
  const watch = (page: Page) => {
    page.on("console", (m) => {
      if (/Content.Security.Policy|Permissions-Policy/i.test(m.text())) problems.push(`${new URL(page.url()).pathname}: console ${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`${new URL(page.url()).pathname}: page error: ${e.message}`));
  };
  context.pages().forEach(watch);
  context.on("page", watch);
  return problems;
}

test.describe("security headers", () => {
  test("anonymous responses: the sign-in page, a redirect, a refused POST, the auth session route and a static asset", async ({ request }) => {
    const signInPage = await request.get("/sign-in");
    expect(signInPage.status()).toBe(200);
    await expectBrowserHeaders(signInPage, "sign-in page");
    // The nonce is fresh per response and is the one on every script Next renders.
    const html = await expectNoncedScripts(signInPage);
    expect(nonceOf(await request.get("/sign-in"))).not.toBe(nonceOf(signInPage));

    const redirect = await request.get("/home", { maxRedirects: 0 });
    expect(redirect.status()).toBe(307);
    await expectBrowserHeaders(redirect, "redirect to sign-in");
    const refused = await request.post("/home", { form: { x: "1" }, maxRedirects: 0 });
    expect(refused.status()).toBe(401);
    await expectBrowserHeaders(refused, "anonymous POST refused");
    const session = await request.get("/api/auth/session");
    expect(session.status()).toBe(200);
    await expectBrowserHeaders(session, "/api/auth/session");

    const asset = /<script\b[^>]*src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1]!;
    const staticAsset = await request.get(asset);
    expect(staticAsset.status()).toBe(200);
    await expectBrowserHeaders(staticAsset, "static asset", "static");
    const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)![1]!;
    await expectBrowserHeaders(await request.get(stylesheet), "stylesheet", "static");
  });

  test("an official's responses: the invoice page, a server action, a 404 and an error response", async ({ page }) => {
    const w = await makeContractorWorld();
    const invoice = await concreteInvoice(w);
    await signIn(page, w.users.official.email, PASSWORD);

    const invoicePage = await page.goto(`/invoices/${invoice.id}`);
    expect(invoicePage!.status()).toBe(200);
    await expectBrowserHeaders(invoicePage!, "invoice page");

    // The language switch is a server action: its POST response.
    const action = page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"]);
    await page.locator('button[lang="ru"]').click();
    const actionResponse = await action;
    expect(actionResponse.status()).toBe(200);
    await expectBrowserHeaders(actionResponse, "server action POST");
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");

    const missing = await page.request.get("/no-such-page");
    expect(missing.status()).toBe(404);
    await expectBrowserHeaders(missing, "404 page");
    await expectNoncedScripts(missing);
    // An action id that does not exist, with a body that is not one: whatever error Next answers with.
    const broken = await page.request.post(`/invoices/${invoice.id}`, { headers: { "next-action": "7f".padEnd(42, "0"), "content-type": "text/plain;charset=UTF-8" }, data: "[" });
    expect(broken.status()).toBeGreaterThanOrEqual(400);
    await expectBrowserHeaders(broken, "error response");
  });

  test("route handlers and downloads: journal verification and trace CSV for an investigator, payment history CSV for a contractor", async ({ page, browser }) => {
    const w = await makeContractorWorld();
    const invoice = await concreteInvoice(w);
    await approveInvoice({ actor: w.alice, invoiceId: invoice.id });
    const investigator = await makeUser("investigator");
    await signIn(page, investigator.email, PASSWORD);
    const verify = await page.request.get("/journal/verify");
    expect(verify.status()).toBe(200);
    await expectBrowserHeaders(verify, "/journal/verify");
    const trace = await page.request.get(`/trace/export?subject=colour:${w.colour.id}&direction=forward&format=csv`);
    expect(trace.status()).toBe(200);
    expect(trace.headers()["content-disposition"]).toContain("attachment");
    await expectBrowserHeaders(trace, "trace CSV download");

    const contractor = await (await browser.newContext()).newPage();
    await signIn(contractor, w.users.general.email, PASSWORD);
    const history = await contractor.request.get("/company/history/csv");
    expect(history.status()).toBe(200);
    expect(history.headers()["content-disposition"]).toContain("attachment");
    await expectBrowserHeaders(history, "payment history CSV download");
    await contractor.context().close();
  });

  // HSTS over HTTPS is unit-tested (lib/security/response-headers.test.ts). Here: a client that is not a trusted proxy
  // cannot claim HTTPS — scripts/serve.mjs drops its X-Forwarded-Proto (decision 0065) — so it earns no HSTS.
  test("a client's own X-Forwarded-Proto: https is not trusted: no Strict-Transport-Security over plain HTTP", async ({ request }) => {
    const forged = { "x-forwarded-proto": "https" };
    const signInPage = await request.get("/sign-in", { headers: forged });
    expect(signInPage.headers()["strict-transport-security"]).toBeUndefined();
    expect(policyOf(signInPage.headers()).has("upgrade-insecure-requests")).toBe(false);
    const redirect = await request.get("/home", { headers: forged, maxRedirects: 0 });
    expect(redirect.headers()["strict-transport-security"]).toBeUndefined();
    const asset = /<script\b[^>]*src="(\/_next\/static\/[^"]+\.js)"/.exec(await signInPage.text())![1]!;
    expect((await request.get(asset, { headers: forged })).headers()["strict-transport-security"]).toBeUndefined();
  });

  test("behind a trusted TLS proxy (127.0.0.2, TRUSTED_PROXIES) every kind of response carries Strict-Transport-Security", async ({ baseURL }) => {
    const base = new URL(baseURL!);
    // A request as the proxy would pass it on: from its address, saying the client spoke HTTPS.
    const viaProxy = (pathname: string) =>
      new Promise<{ status: number; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
        const request = http.get({ host: base.hostname === "localhost" ? "127.0.0.1" : base.hostname, port: base.port, path: pathname, localAddress: "127.0.0.2", headers: { "x-forwarded-proto": "https", "x-forwarded-for": "198.51.100.7" } }, (response) => {
          response.resume();
          response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
        });
        request.on("error", reject);
      });
    const page = await viaProxy("/sign-in");
    const redirect = await viaProxy("/home");
    const missing = await viaProxy("/no-such-page");
    for (const [what, response] of [["page", page], ["redirect", redirect], ["not found", missing]] as const) {
      expect(response.headers["strict-transport-security"], what).toMatch(/^max-age=\d{7,}; includeSubDomains$/);
      expect(String(response.headers["content-security-policy"]), what).toContain("upgrade-insecure-requests");
    }
    expect(redirect.status).toBe(307);
  });

  test("an invoice page cannot be framed by a page on another port of the same host", async ({ page }) => {
    // Finding 1: a bait page on another port framed the invoice almost invisibly; one click approved and paid it.
    // The bait is served for real from this host (a page that Playwright fulfils has no address, and Chrome's
    // local-network checks would block the frame for that reason instead).
    const w = await makeContractorWorld();
    const invoice = await concreteInvoice(w);
    await signIn(page, w.users.official.email, PASSWORD);
    const target = new URL(`/invoices/${invoice.id}`, page.url());
    const bait = http.createServer((_request, response) => {
      response.setHeader("content-type", "text/html; charset=utf-8");
      response.end(`<!doctype html><title>Prize</title><button>Claim your prize</button><iframe name="victim" src="${target.href}" width="900" height="700" style="opacity:0.05"></iframe>`);
    });
    await new Promise<void>((resolve) => bait.listen(0, target.hostname, resolve));
    try {
      const refused = page.waitForEvent("console", (m) => m.text().includes("frame-ancestors 'none'"));
      const framed = page.waitForResponse(target.href);
      await page.goto(`http://${target.hostname}:${(bait.address() as AddressInfo).port}/bait`);
      // The browser fetched the invoice page (the session cookie goes along: same site) and refused to show it.
      expect((await framed).status()).toBe(200);
      await expect.poll(() => page.frame({ name: "victim" })?.url()).toMatch(/^chrome-error:/);
      await refused;
      await expect(page.frameLocator("iframe[name=victim]").getByRole("button", { name: "Approve" })).toHaveCount(0);
    } finally {
      bait.close();
    }
  });

  test("key pages of every role run under the policy without a single violation: charts, the Sankey, forms, the language switch, downloads", async ({ browser }) => {
    test.slow();
    const w = await makeContractorWorld();
    const paid = await concreteInvoice(w);
    await approveInvoice({ actor: w.alice, invoiceId: paid.id });
    const waiting = await unscreenedInvoice(w, { quantity: 10, price: 33_000 });

    // Anonymous: the sign-in page and a refused sign-in (a useActionState form).
    const anonymous = await browser.newContext();
    const anonymousProblems = await watchForViolations(anonymous);
    const visitor = await anonymous.newPage();
    await visitor.goto("/sign-in");
    const form = visitor.getByRole("form", { name: "Sign in to Aiqyn" });
    await form.getByLabel("E-mail").fill(`nobody-${Date.now()}@e2e.test`);
    await form.getByLabel("Password").fill("not the password");
    await form.getByRole("button", { name: "Sign in" }).click();
    await expect(form.getByRole("alert")).toBeVisible();
    await anonymous.close();
    expect(anonymousProblems).toEqual([]);

    // An official: the budget's charts, the project page, an invoice refused by the rules, the language switch.
    const officialContext = await browser.newContext();
    const officialProblems = await watchForViolations(officialContext);
    const official = await officialContext.newPage();
    await signIn(official, w.users.official.email, PASSWORD);
    await official.goto("/budget");
    await expect(official.locator(".recharts-surface").first()).toBeVisible();
    await official.goto(`/projects/${w.project.id}`);
    await expect(official.getByRole("heading", { level: 1 })).toBeVisible();
    await official.goto(`/invoices/${waiting.id}`);
    // "Approve" is held back on a refused invoice (issue 19); the reject form is the useActionState form answered here.
    await expect(official.getByRole("button", { name: "Approve" })).toBeDisabled();
    await official.getByRole("form", { name: "Reject" }).getByRole("button", { name: "Reject" }).click();
    await expect(official.getByRole("form", { name: "Reject" }).getByRole("alert")).toBeVisible();
    await official.locator('button[lang="kk"]').click();
    await expect(official.locator("html")).toHaveAttribute("lang", "kk");
    await official.locator('button[lang="en"]').click();
    await expect(official.locator("html")).toHaveAttribute("lang", "en");
    await officialContext.close();
    expect(officialProblems).toEqual([]);

    // An investigator: the Sankey of the colour, its CSV download, the journal's verification.
    const investigatorContext = await browser.newContext();
    const investigatorProblems = await watchForViolations(investigatorContext);
    const investigator = await investigatorContext.newPage();
    await signIn(investigator, (await makeUser("investigator")).email, PASSWORD);
    await investigator.goto(`/trace?subject=colour:${w.colour.id}`);
    await expect(investigator.getByRole("figure", { name: "Flow of money" }).locator("rect").first()).toBeVisible();
    const download = investigator.waitForEvent("download");
    await investigator.getByRole("link", { name: "Flows (CSV)" }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    await investigator.goto("/journal");
    await expect(investigator.getByRole("button", { name: "Check again" })).toBeEnabled({ timeout: 60_000 });
    // Finding 11: the result says when it was made (it may be a check that another request started).
    await expect(investigator.getByText(/^Checked at \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}\.$/)).toBeVisible();
    await investigatorContext.close();
    expect(investigatorProblems).toEqual([]);

    // A contractor: the payment history and its download; an administrator: the users page and its form.
    const contractorContext = await browser.newContext();
    const contractorProblems = await watchForViolations(contractorContext);
    const contractor = await contractorContext.newPage();
    await signIn(contractor, w.users.general.email, PASSWORD);
    await contractor.goto("/company/history");
    const csv = contractor.waitForEvent("download");
    await contractor.getByRole("link", { name: "Download CSV" }).click();
    expect((await csv).suggestedFilename()).toMatch(/\.csv$/);
    await contractorContext.close();
    expect(contractorProblems).toEqual([]);

    const adminContext = await browser.newContext();
    const adminProblems = await watchForViolations(adminContext);
    const admin = await adminContext.newPage();
    await signIn(admin, (await makeUser("admin")).email, PASSWORD);
    await admin.goto("/admin/users");
    await expect(admin.getByRole("heading", { level: 1 })).toBeVisible();
    await adminContext.close();
    expect(adminProblems).toEqual([]);
  });
});
