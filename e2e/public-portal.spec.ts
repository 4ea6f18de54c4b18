import { expect, test, type Page } from "@playwright/test";
import { createContract } from "../lib/contracts/create-contract";
import { prisma } from "../lib/db";
import { approveInvoice } from "../lib/invoices/approve-invoice";
import { saveInvoice } from "../lib/invoices/save-invoice";
import { makeIin } from "../lib/kz/iin";
import { buildWorld, concreteInvoice, contractor, Q, T } from "../tests/support/ledger-fixtures";

// An anonymous visitor (no sign-in) reads the public portal (issue 16): the overview, a project, a company, a search
// and its CSV download. A sole trader (registered under an IIN) is paid in the world: it must appear only as
// "an individual", and no page may show a 12-digit number that is not a legal entity's BIN (decision 0137).

const TWELVE_DIGITS = /\b\d{12}\b/g;
const isLegalEntityBin = (n: string) => /^\d{4}[45]\d{7}$/.test(n);

async function makePublicWorld() {
  const w = await buildWorld();
  const paid = await concreteInvoice(w, { quantity: 50 });
  await approveInvoice({ actor: w.alice, invoiceId: paid.id });
  await approveInvoice({ actor: w.bob, invoiceId: paid.id }).catch(() => undefined);
  const iin = makeIin("870412", 4, 1000 + Math.floor(Math.random() * 8000));
  const soleTrader = await prisma().organization.create({ data: { kind: "company", name: `ИП Сейткали ${Date.now()}`, bin: iin } });
  const sub = await createContract({
    actor: w.gcUser,
    input: { colourId: w.colour.id, parentId: w.contract.id, contractorId: soleTrader.id, number: `SP-${Date.now()}`, valueTiyn: T(500_000), signedOn: new Date("2026-04-01"), items: [{ estimateItemId: w.items[0]!.id, quantityMilli: Q(10), ceilingUnitPriceTiyn: T(30_000) }] },
  });
  const invoice = await saveInvoice({ actor: contractor(soleTrader.id, 9_800_000 + Math.floor(Math.random() * 99_999)), input: { contractId: sub.id, number: `IP-${Date.now()}`, kind: "work", issuedOn: new Date("2026-04-10"), lines: [{ estimateItemId: w.items[0]!.id, quantityMilli: Q(5), unitPriceTiyn: T(29_000) }], submissionKey: crypto.randomUUID(), intent: "submit" } });
  await approveInvoice({ actor: w.gcUser, invoiceId: invoice.id });
  return { w, iin, soleTraderName: soleTrader.name };
}

/** No person's number, and no person's name, anywhere in the page's text. */
async function expectNoPersonOn(page: Page, world: Awaited<ReturnType<typeof makePublicWorld>>) {
  const text = await page.locator("body").innerText();
  expect(text).not.toContain(world.iin);
  expect(text).not.toContain(world.soleTraderName);
  for (const n of text.match(TWELVE_DIGITS) ?? []) expect(isLegalEntityBin(n), `${n} on ${page.url()}`).toBe(true);
}

test.use({ locale: "en-US", extraHTTPHeaders: { "accept-language": "en-US" } });

test("an anonymous visitor follows the money on the public portal, and no individual is identified", async ({ page }) => {
  test.setTimeout(120_000);
  const world = await makePublicWorld();
  const { w } = world;

  await page.goto("/");
  await expect(page).toHaveURL(/\/open$/);
  await expect(page.getByRole("heading", { level: 1, name: "Where the money went" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Stages of coloured money" })).toBeVisible();
  await expect(page.getByTestId("data-as-of")).toContainText("Data as of");
  await expect(page.getByText("Latest journal chain heads", { exact: false })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expectNoPersonOn(page, world);

  await page.goto(`/open/projects/${w.project.id}`);
  await expect(page.getByRole("heading", { level: 1, name: w.project.name })).toBeVisible();
  const tree = page.getByRole("table", { name: "Contractors, subcontractors and suppliers" });
  await expect(tree.getByText("An individual (not named)")).toBeVisible();
  await expect(page.getByRole("table", { name: "Estimate vs contracted vs paid" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Payment timeline" })).toBeVisible();
  await expectNoPersonOn(page, world);

  await tree.getByRole("link", { name: w.general.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: w.general.name })).toBeVisible();
  await expect(page.getByText(/Individuals, 1 person/).first()).toBeVisible();
  await expectNoPersonOn(page, world);

  // From the overview to the world's region and ministry: their profiles, their projects, no person.
  await page.goto("/open");
  // By href: fixture names repeat across worlds in one database, ids do not.
  await page.getByRole("list", { name: "Regions ranked by allocated money" }).locator(`a[href="/open/regions/${encodeURIComponent(w.project.region)}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/open/regions/${encodeURIComponent(w.project.region)}$`));
  await expect(page.getByRole("heading", { level: 1, name: w.project.region })).toBeVisible();
  await expect(page.getByRole("table", { name: "Totals by stage" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Projects" })).toBeVisible();
  await expectNoPersonOn(page, world);
  await page.goto("/open");
  await page.getByRole("table", { name: "By ministry" }).locator(`a[href="/open/ministries/${w.ministry.id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/open/ministries/${w.ministry.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: w.ministry.name })).toBeVisible();
  const projects = page.getByRole("table", { name: "Projects" });
  await projects.locator(`a[href="/open/projects/${w.project.id}"]`).click();
  await expect(page.getByRole("heading", { level: 1, name: w.project.name })).toBeVisible();
  await page.goto(`/open/budget-lines/${w.line.id}`);
  await expect(page.getByRole("heading", { level: 1, name: w.line.name })).toBeVisible();
  await page.goto(`/open/budget-lines/${w.line.code.replace(/ /g, "")}-${w.line.specifics}-${w.line.fiscalYear}`);
  await expect(page.getByRole("heading", { level: 1, name: w.line.name })).toBeVisible();
  await expectNoPersonOn(page, world);
  for (const bad of ["/open/regions/atlantis", "/open/ministries/0x10", `/open/ministries/${w.general.id}`, "/open/budget-lines/2147483648"]) {
    expect((await page.request.get(bad)).status(), bad).toBe(404);
  }

  // A person's number is not found, exactly like an unknown one.
  expect((await page.request.get(`/open/companies/${world.iin}`)).status()).toBe(404);
  expect((await page.request.get("/open/projects/abc")).status()).toBe(404);

  await page.goto("/open/search");
  await page.getByRole("searchbox", { name: "Search the open data" }).fill(w.project.name);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=/);
  const rows = page.getByTestId("search-row");
  await expect(rows.filter({ hasText: w.project.name }).first()).toBeVisible();
  await expectNoPersonOn(page, world);
  const shown = await rows.count();

  const href = await page.getByRole("link", { name: "Download these rows (CSV)" }).getAttribute("href");
  const csv = await page.request.get(href!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const body = await csv.text();
  expect(body).toContain(w.project.name);
  expect(body.trim().split(/\r?\n/).length - 1).toBe(shown);

  // Searching for the person's number finds nothing.
  await page.goto(`/open/search?q=${world.iin}`);
  await expect(page.getByText("Nothing found.")).toBeVisible();
  const json = await (await page.request.get(`/api/open/search?q=${world.iin}&format=json`)).json();
  expect(json.rows).toEqual([]);
  expect((await page.request.get("/api/open/search?format=xml")).status()).toBe(400);
});
