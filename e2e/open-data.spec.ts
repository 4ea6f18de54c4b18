import { expect, test } from "@playwright/test";
import { approveInvoice } from "../lib/invoices/approve-invoice";
import { concreteInvoice } from "../tests/support/ledger-fixtures";
import { makeContractorWorld } from "./support/factories";

// Open data (OCDS, decisions 0148–0150): anonymous readers get the page, the API and its errors over HTTP.

test("open data: an anonymous reader sees the page with the policy and reaches the API", async ({ page }) => {
  await page.goto("/open/data");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("table")).toBeVisible();
  await expect(page.locator('a[rel="license"]')).toHaveAttribute("href", "https://creativecommons.org/licenses/by/4.0/");
  await page.setViewportSize({ width: 320, height: 800 });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("open data API: packages, a release's own URL, pagination and JSON errors", async ({ request }) => {
  const w = await makeContractorWorld();
  const invoice = await concreteInvoice(w, { quantity: 10, price: 30_000 });
  await approveInvoice({ actor: w.alice, invoiceId: invoice.id });
  const record = await request.get(`/api/open/ocds/records/ocds-aiqyn0-${w.contract.id}`);
  expect(record.status()).toBe(200);
  const body = await record.json();
  const releases = body.records[0].releases;
  expect(releases.map((r: { tag: string[] }) => r.tag[0])).toEqual(["planning", "awardUpdate", "implementation"]);
  const one = await request.get(`/api/open/ocds/releases/${releases[2].id}`);
  expect((await one.json()).releases[0].contracts[0].implementation.transactions[0].value).toEqual({ amount: 300000, currency: "KZT" });
  const first = await (await request.get("/api/open/ocds/releases?limit=1")).json();
  expect(first.links.next).toContain("cursor=");
  for (const [url, status] of [
    ["/api/open/ocds/releases?limit=abc", 400],
    ["/api/open/ocds/releases?cursor=nope", 400],
    ["/api/open/ocds/releases/ocds-aiqyn0-1-contract-999999999", 404],
    ["/api/open/ocds/records/not-an-ocid", 404],
  ] as const) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(status);
    expect((await response.json()).error.status).toBe(status);
  }
  const md = await request.get("/api/open/ocds/policy?format=md");
  expect(await md.text()).toContain("CC BY 4.0");
});
