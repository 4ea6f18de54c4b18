import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { attachAct } from "../lib/invoices/act-documents";
import { openCase } from "../lib/cases/manage-case";
import { prisma } from "../lib/db";
import { makeCheckpoint } from "../lib/journal/checkpoint";
import { ACCESS_TABLE, CALLERS, ruleLabel, type TAccessRule, type TCaller } from "../lib/security/access-table";
import { rejectInvoice } from "../lib/invoices/reject-invoice";
import { mealTokenKey } from "../lib/meals/keys";
import { recordMeal } from "../lib/meals/record-meal";
import { almatyDate, monthOf } from "../lib/meals/rules";
import { mealToken } from "../lib/meals/token";
import { contractor, official } from "../tests/support/ledger-fixtures";
import { mealWorld } from "../tests/support/meal-fixtures";
import { makeContractorWorld, makeUser, PASSWORD } from "./support/factories";
import { signIn } from "./support/session";

// Every route handler's row of the access table (lib/security/access-table.ts, decision 0070), requested over HTTP
// by each caller, signed in through the sign-in page: 200 where the row says yes, 404 where it says not found,
// sign-in for anonymous where it says no. Server actions are checked at their use cases (tests/integration/
// access-table.test.ts) and by their authorize() roles (lib/security/access-table.test.ts).

type TMade = Awaited<ReturnType<typeof makeObjects>>;

async function makeObjects() {
  const w = await makeContractorWorld();
  const finance = await prisma().organization.findFirstOrThrow({ where: { kind: "ministry", isFinance: true } });
  const [admin, investigator, officialOther, officialFinance, contractorOther, school, schoolOther] = await Promise.all([
    makeUser("admin"),
    makeUser("investigator"),
    makeUser("official"),
    makeUser("official", { organizationId: finance.id }),
    makeUser("contractor"),
    // School users (decision 0200): no route handler is theirs; each must be refused like any other role.
    makeUser("school"),
    makeUser("school"),
  ]);
  const invoice = await prisma().invoice.create({
    data: { contractId: w.contract.id, issuerId: w.general.id, number: `ACC-${w.contract.id}`, status: "submitted", totalTiyn: 100n, issuedOn: new Date("2026-04-01"), createdById: w.users.general.id, submittedAt: new Date() },
  });
  const act = await attachAct({ actor: contractor(w.general.id, w.users.general.id), invoiceId: invoice.id, fileName: "act.pdf", bytes: Buffer.from("%PDF-1.7\n%%EOF\n") });
  const investigatorActor = { userId: investigator.id, role: "investigator" as const, name: investigator.name, email: investigator.email, organizationId: investigator.organizationId, organizationKind: "agency" as const, organizationName: null, isFinance: false };
  const opened = await openCase({ actor: investigatorActor, input: { title: `Access table case ${w.contract.id}` } });
  const users: Record<Exclude<TCaller, "anonymous">, { email: string }> = {
    admin,
    investigator,
    official: w.users.official,
    officialOther,
    officialFinance,
    contractor: w.users.general,
    contractorOther,
    school,
    schoolOther,
  };
  // A decision of the in-scope official (a rejected invoice), whose journal receipt that official may download.
  const rejected = await prisma().invoice.create({
    data: { contractId: w.contract.id, issuerId: w.general.id, number: `REJ-${w.contract.id}`, status: "submitted", totalTiyn: 100n, issuedOn: new Date("2026-04-01"), createdById: w.users.general.id, submittedAt: new Date() },
  });
  await rejectInvoice({ actor: official(w.ministry.id, w.users.official.id), invoiceId: rejected.id, reason: "Access table probe" });
  const decision = await prisma().journalEntry.findFirstOrThrow({ where: { chain: w.colour.id, kind: "reject" }, orderBy: { seq: "desc" } });
  const checkpoint = await makeCheckpoint(prisma(), { force: true });
  // School meals: the in-scope contractor's company is the canteen operator; one meal served on the first voucher.
  const meals = await mealWorld({ world: w, month: monthOf(almatyDate(new Date())), isAnyTime: true, operator: { companyId: w.general.id, userId: w.users.general.id } });
  const now = new Date();
  const served = await recordMeal({ actor: meals.operator, device: "access-probe", scan: { schoolId: meals.schoolA.id, mealType: "lunch", scanToken: mealToken(mealTokenKey(), meals.vouchers[0]!.voucherId, now), scannedAt: now, clientScanId: "probe-1" } });
  const meal = { secret: meals.vouchers[0]!.secret, mealId: served.status === "served" ? String(served.mealId) : "0" };
  return { w, users, invoice, act, caseId: opened.id, checkpointId: checkpoint!.id, decision: { chain: decision.chain, seq: decision.seq.toString() }, meal };
}

/** A bulk file for the bulk-file route to serve (the server reads OCDS_BULK_DIR, default .data/ocds-bulk). */
function probeBulkFile(): string {
  const dir = path.resolve(process.env.OCDS_BULK_DIR ?? ".data/ocds-bulk");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "releases-2000-01.json.gz"), gzipSync("{}"));
  return "releases-2000-01.json.gz";
}

/**
 * The request that exercises each route row, on the objects made above ("in scope" is the made world's). `data` is a
 * JSON body; `reached` are statuses that mean the request got past every access check and the use case answered
 * (a meal disputed by the first caller is "already disputed", 409, for the next ones).
 */
type TProbe = { method: "GET" | "POST"; url: string; data?: unknown; reached?: number[] };
const REQUESTS: Record<string, (m: TMade) => TProbe> = {
  "GET app/api/auth/[...nextauth]/route.ts": () => ({ method: "GET", url: "/api/auth/csrf" }),
  // Without its CSRF token Auth.js refuses to sign anyone out: the row is about reaching it, not using it.
  "POST app/api/auth/[...nextauth]/route.ts": () => ({ method: "POST", url: "/api/auth/signout" }),
  "GET app/(app)/invoices/[id]/acts/[documentId]/route.ts": (m) => ({ method: "GET", url: `/invoices/${m.invoice.id}/acts/${m.act.id}` }),
  "GET app/(app)/company/history/csv/route.ts": () => ({ method: "GET", url: "/company/history/csv" }),
  "GET app/(app)/invoices/csv/route.ts": () => ({ method: "GET", url: "/invoices/csv?status=all" }),
  "GET app/(app)/projects/csv/route.ts": () => ({ method: "GET", url: "/projects/csv?sort=name" }),
  "GET app/(app)/contracts/csv/route.ts": () => ({ method: "GET", url: "/contracts/csv?kind=sub" }),
  "GET app/(app)/contractors/csv/route.ts": () => ({ method: "GET", url: "/contractors/csv?status=clear" }),
  "GET app/(app)/projects/[id]/payments/csv/route.ts": (m) => ({ method: "GET", url: `/projects/${m.w.project.id}/payments/csv?sort=-amount` }),
  "GET app/(app)/budget/csv/route.ts": () => ({ method: "GET", url: "/budget/csv?sort=-appropriated" }),
  "GET app/(app)/flags/csv/route.ts": () => ({ method: "GET", url: "/flags/csv?status=all" }),
  "GET app/(app)/cases/csv/route.ts": () => ({ method: "GET", url: "/cases/csv?sort=title" }),
  "GET app/(app)/pickers/contractors/route.ts": () => ({ method: "GET", url: "/pickers/contractors?q=LLP" }),
  "GET app/(app)/pickers/evidence/route.ts": () => ({ method: "GET", url: "/pickers/evidence?q=1" }),
  "GET app/(app)/admin/users/csv/route.ts": () => ({ method: "GET", url: "/admin/users/csv?role=official" }),
  "GET app/(app)/company/invoices/csv/route.ts": () => ({ method: "GET", url: "/company/invoices/csv?box=incoming" }),
  "GET app/(app)/company/contracts/csv/route.ts": () => ({ method: "GET", url: "/company/contracts/csv?side=holder" }),
  "GET app/(app)/company/invoices/[id]/acts/[documentId]/route.ts": (m) => ({ method: "GET", url: `/company/invoices/${m.invoice.id}/acts/${m.act.id}` }),
  "GET app/(app)/trace/export/route.ts": (m) => ({ method: "GET", url: `/trace/export?subject=colour:${m.w.colour.id}&direction=forward&format=csv` }),
  "GET app/(app)/cases/[id]/evidence/route.ts": (m) => ({ method: "GET", url: `/cases/${m.caseId}/evidence` }),
  "GET app/(app)/journal/verify/route.ts": () => ({ method: "GET", url: "/journal/verify" }),
  "GET app/(app)/journal/receipts/[chain]/[seq]/route.ts": (m) => ({ method: "GET", url: `/journal/receipts/${m.decision.chain}/${m.decision.seq}` }),
  "GET app/api/open/journal/checkpoints/route.ts": () => ({ method: "GET", url: "/api/open/journal/checkpoints" }),
  "GET app/api/open/journal/checkpoints/[id]/route.ts": (m) => ({ method: "GET", url: `/api/open/journal/checkpoints/${m.checkpointId}` }),
  "GET app/api/open/journal/public-key/route.ts": () => ({ method: "GET", url: "/api/open/journal/public-key" }),
  "GET app/(app)/admin/audit/csv/route.ts": () => ({ method: "GET", url: "/admin/audit/csv?action=sign_in" }),
  "GET app/api/open/search/route.ts": () => ({ method: "GET", url: "/api/open/search?q=school&format=csv" }),
  // Open data (OCDS): anonymous, read-only.
  "GET app/api/open/ocds/releases/route.ts": () => ({ method: "GET", url: "/api/open/ocds/releases?limit=1" }),
  "GET app/api/open/ocds/releases/[id]/route.ts": (m) => ({ method: "GET", url: `/api/open/ocds/releases/ocds-aiqyn0-${m.w.contract.id}-contract-${m.w.contract.id}` }),
  "GET app/api/open/ocds/records/route.ts": () => ({ method: "GET", url: "/api/open/ocds/records?limit=1" }),
  "GET app/api/open/ocds/records/[ocid]/route.ts": (m) => ({ method: "GET", url: `/api/open/ocds/records/ocds-aiqyn0-${m.w.contract.id}` }),
  "GET app/api/open/ocds/bulk/route.ts": () => ({ method: "GET", url: "/api/open/ocds/bulk" }),
  "GET app/api/open/ocds/bulk/[file]/route.ts": () => ({ method: "GET", url: `/api/open/ocds/bulk/${probeBulkFile()}` }),
  "GET app/api/open/ocds/extension/[file]/route.ts": () => ({ method: "GET", url: "/api/open/ocds/extension/extension.json" }),
  "GET app/api/open/ocds/policy/route.ts": () => ({ method: "GET", url: "/api/open/ocds/policy" }),
  // School meals: the parent's routes (no sign-in: the secret decides) and the canteen's scans (an empty batch).
  "POST app/(public)/meals/voucher/route.ts": (m) => ({ method: "POST", url: "/meals/voucher", data: { secret: m.meal.secret } }),
  "POST app/(public)/meals/dispute/route.ts": (m) => ({ method: "POST", url: "/meals/dispute", data: { secret: m.meal.secret, mealId: m.meal.mealId }, reached: [409] }),
  "POST app/(app)/canteen/scans/route.ts": () => ({ method: "POST", url: "/canteen/scans", data: { device: "access-probe", scans: [] } }),
};
const keyOf = (rule: TAccessRule) => `${rule.name} ${rule.file}`;
const ROUTES = ACCESS_TABLE.filter((r) => r.kind === "route");
// A list's .xlsx route (decisions 0254, 0274) is asked exactly what its CSV twin is asked, at the sibling address.
for (const rule of ROUTES) {
  const twin = REQUESTS[keyOf(rule).replace(/\/xlsx\/route\.ts$/, "/csv/route.ts")];
  if (!rule.file.endsWith("/xlsx/route.ts") || REQUESTS[keyOf(rule)] || !twin) continue;
  REQUESTS[keyOf(rule)] = (m) => {
    const probe = twin(m);
    return { ...probe, url: probe.url.replace(/\/csv(\?|$)/, "/xlsx$1") };
  };
}

async function contextsFor(browser: Browser, m: TMade): Promise<Record<TCaller, BrowserContext>> {
  const contexts = { anonymous: await browser.newContext() } as Record<TCaller, BrowserContext>;
  for (const caller of CALLERS) {
    if (caller === "anonymous") continue;
    contexts[caller] = await browser.newContext();
    await signIn(await contexts[caller].newPage(), m.users[caller].email, PASSWORD);
  }
  return contexts;
}

test("access table: every route handler has a request in this spec", () => {
  const missing = ROUTES.filter((r) => !REQUESTS[keyOf(r)]).map(keyOf);
  expect(missing, `add a request to e2e/access-table.spec.ts for:\n${missing.join("\n")}`).toEqual([]);
});

test("access table: every route handler answers each caller as its row says", async ({ browser }) => {
  // Seven sign-ins and every route for eight callers: more than the default guard on a loaded 2-core machine.
  test.setTimeout(8 * 60_000);
  const m = await makeObjects();
  const contexts = await contextsFor(browser, m);
  const got: Record<string, Partial<Record<TCaller, string>>> = {};
  const want: Record<string, Partial<Record<TCaller, string>>> = {};
  // The sign-out POST last: nothing after it depends on a session it might have touched.
  for (const rule of [...ROUTES].sort((a, b) => Number(a.name === "POST") - Number(b.name === "POST"))) {
    const label = ruleLabel(rule);
    const { method, url, data, reached = [] } = REQUESTS[keyOf(rule)]!(m);
    got[label] = {};
    want[label] = {};
    for (const caller of CALLERS) {
      const response = await contexts[caller].request.fetch(url, { method, maxRedirects: 0, failOnStatusCode: false, ...(data === undefined ? {} : { data, headers: { "content-type": "application/json" } }) });
      const status = response.status();
      const location = response.headers()["location"] ?? "";
      // Auth.js answers a POST without its CSRF token by redirecting to the sign-in page's error: reached, not refused.
      const isAuthPost = rule.name === "POST" && url.startsWith("/api/auth/");
      // An anonymous POST to a private route is refused by proxy.ts with 401 ("Sign in first."): no redirect to follow.
      const isSignInFirst = status === 401 && method === "POST" && caller === "anonymous";
      got[label][caller] =
        status === 404 ? "not found" : isAuthPost && status < 500 ? "yes" : (status >= 300 && status < 400 && location.includes("/sign-in")) || isSignInFirst ? "no" : status === 200 || reached.includes(status) ? "yes" : `HTTP ${status}`;
      want[label][caller] = rule.answers[caller];
    }
  }
  expect(got).toEqual(want);
  await Promise.all(Object.values(contexts).map((c) => c.close()));
});

test("access table: debarment is offered only to who may decide (decision 0069)", async ({ browser }) => {
  const m = await makeObjects();
  const outsider = await browser.newContext();
  const page = await outsider.newPage();
  await signIn(page, m.users.officialOther.email, PASSWORD);
  await page.goto(`/contractors/${m.w.general.id}`);
  await expect(page.getByText("Only the Ministry of Finance, or a ministry whose projects this company works in under a contract, may debar it.")).toBeVisible();
  await expect(page.getByRole("form", { name: "Debar the company" })).toHaveCount(0);

  const customer = await (await browser.newContext()).newPage();
  await signIn(customer, m.users.official.email, PASSWORD);
  await customer.goto(`/contractors/${m.w.sub.id}`);
  const debar = customer.getByRole("form", { name: "Debar the company" });
  await debar.getByLabel("Reason").fill("Court ruling No. 2-90/2026: concrete not delivered");
  await debar.getByRole("button", { name: "Debar the company" }).click();
  await expect(customer.getByRole("status")).toHaveText(/is debarred\. Journal entry \d+ of chain 0\.$/);
  // Lifting is the register keeper's: the customer ministry reads who may, and has no form.
  await expect(customer.getByText("Only the Ministry of Finance, which keeps the register, may lift a debarment.")).toBeVisible();
  await expect(customer.getByRole("form", { name: "Lift the debarment" })).toHaveCount(0);
});
