import { expect, test, type Page } from "@playwright/test";
import { buildWorld, concreteInvoice, T, unscreenedInvoice } from "../tests/support/ledger-fixtures";
import { makeUser, PASSWORD } from "./support/factories";
import { signIn } from "./support/session";

async function openInvoice(page: Page, number: string) {
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Invoices" }).click();
  await page.getByRole("searchbox", { name: "Search invoices" }).fill(number);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: number, exact: true }).click();
  await expect(page.getByRole("heading", { name: `Invoice ${number}` })).toBeVisible();
}

test("two officials approve an invoice above the threshold; a refused one is explained and rejected", async ({ page, browser }) => {
  const w = await buildWorld({ thresholdTiyn: T(2_000_000) });
  const first = await makeUser("official", { organizationId: w.ministry.id, name: `Aigerim ${Date.now()}` });
  const second = await makeUser("official", { organizationId: w.ministry.id, name: `Yerlan ${Date.now()}` });
  const good = await concreteInvoice(w, { quantity: 100, price: 30_000 }); // 3 000 000 ₸, above the threshold
  const bad = await unscreenedInvoice(w, { quantity: 10, price: 33_000 }); // ceiling is 32 000 ₸

  await signIn(page, first.email, PASSWORD);
  await openInvoice(page, good.number);
  await expect(page.getByRole("cell", { name: "✓ Within the rules" })).toBeVisible();
  await expect(page.getByText("Approving now records your approval; a second official must approve before payment.")).toBeVisible();
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByRole("form", { name: "Approve" }).getByRole("status")).toHaveText(`Your approval of ${good.number} is recorded; it waits for a second official.`);

  const other = await (await browser.newContext()).newPage();
  await signIn(other, second.email, PASSWORD);
  await openInvoice(other, good.number);
  await expect(other.getByText(`approved by: ${first.name}`)).toBeVisible();
  await expect(other.getByText("Approving now pays 3\u00A0000\u00A0000,00\u00A0₸ from the colour at once.")).toBeVisible();
  await other.getByRole("button", { name: "Approve" }).click();
  await expect(other.getByRole("form", { name: "Approve" }).getByRole("status")).toHaveText(`Invoice ${good.number} approved and paid.`);

  await openInvoice(page, bad.number);
  const refusal = "Item 236310.100.000003 «Ready-mixed concrete B25»: unit price 33\u00A0000,00\u00A0₸ is above the estimate ceiling 32\u00A0000,00\u00A0₸ per m³.";
  await expect(page.getByRole("cell", { name: `✗ ${refusal}` })).toBeVisible();
  // The page that says the rules refuse it holds "Approve" back, and says why beside it (the server would refuse too).
  await expect(page.getByRole("button", { name: "Approve" })).toBeDisabled();
  await expect(page.getByRole("form", { name: "Approve" }).getByText("The rules refuse this invoice as it stands")).toBeVisible();
  await page.getByLabel("Reason for rejection (the contractor sees it)").fill("Price above the estimate ceiling");
  await page.getByRole("button", { name: "Reject" }).click();
  await expect(page.getByRole("form", { name: "Reject" }).getByRole("status")).toHaveText(`Invoice ${bad.number} rejected.`);
  await page.getByRole("link", { name: "All invoices" }).click();
  await page.getByRole("searchbox", { name: "Search invoices" }).fill(bad.number);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("Nothing waits for approval.")).toBeVisible();
});

test("an official of another ministry cannot open the invoice", async ({ page }) => {
  const w = await buildWorld();
  const invoice = await concreteInvoice(w);
  const outsider = await makeUser("official");
  await signIn(page, outsider.email, PASSWORD);
  const response = await page.goto(`/invoices/${invoice.id}`);
  expect(response?.status()).toBe(404);
});
