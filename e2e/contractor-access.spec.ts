import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { attachAct } from "../lib/company/act-documents";
import { saveInvoice } from "../lib/company/save-invoice";
import { prisma } from "../lib/db";
import { Q, T, type TWorld } from "../tests/support/ledger-fixtures";
import { makeContractorWorld, PASSWORD } from "./support/factories";
import { signIn } from "./support/session";

async function invoiceOf(w: TWorld, number: string, intent: "draft" | "submit" = "submit") {
  return saveInvoice({ actor: w.gcUser, input: { contractId: w.contract.id, number, kind: "work", issuedOn: new Date(), submissionKey: crypto.randomUUID(), intent, lines: [{ estimateItemId: w.items[0]!.id, quantityMilli: Q(5), unitPriceTiyn: T(30_000) }] } });
}

async function expectNotFound(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
}

test("company B cannot open company A's invoice, contract, subcontract form or act; A still sees its own", async ({ page, browser }) => {
  const a = await makeContractorWorld();
  const b = await makeContractorWorld();
  const invoice = await invoiceOf(a, "A-1");
  const act = await attachAct({ actor: a.gcUser, invoiceId: invoice.id, fileName: "act.pdf", bytes: Buffer.from("%PDF-1.4 act") });

  await signIn(page, b.users.general.email, PASSWORD);
  await expectNotFound(page, `/company/invoices/${invoice.id}`);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expectNotFound(page, `/company/contracts/${a.contract.id}`);
  await expectNotFound(page, `/company/contracts/${a.subcontract.id}`);
  await expectNotFound(page, `/company/contracts/${a.contract.id}/subcontracts/new`);
  expect((await page.request.get(`/company/invoices/${invoice.id}/acts/${act.id}`)).status()).toBe(404);
  await page.goto("/company/invoices");
  await expect(page.getByRole("link", { name: "A-1", exact: true })).toHaveCount(0);
  await page.goto("/company/history");
  await expect(page.getByText("No payments match.")).toBeVisible();

  // A's supplier sees its subcontract but not the general contract above it.
  const supplier = await (await browser.newContext()).newPage();
  await signIn(supplier, a.users.sub.email, PASSWORD);
  await expectNotFound(supplier, `/company/contracts/${a.contract.id}`);
  expect((await supplier.goto(`/company/contracts/${a.subcontract.id}`))?.status()).toBe(200);

  const owner = await (await browser.newContext()).newPage();
  await signIn(owner, a.users.general.email, PASSWORD);
  expect((await owner.goto(`/company/invoices/${invoice.id}`))?.status()).toBe(200);
  await expect(owner.getByRole("heading", { name: "Invoice A-1" })).toBeVisible();
  expect((await owner.request.get(`/company/invoices/${invoice.id}/acts/${act.id}`)).status()).toBe(200);
  expect((await owner.goto(`/company/contracts/${a.contract.id}`))?.status()).toBe(200);
});

test("company B's actions on company A's invoice and contract are refused as not found", async ({ page }) => {
  const a = await makeContractorWorld();
  const b = await makeContractorWorld();
  const target = await invoiceOf(a, "A-2");
  const own = await invoiceOf(b, "B-1", "draft");

  await signIn(page, b.users.general.email, PASSWORD);
  // B's own draft page, with its forms pointed at A's invoice: a forged request, as a script would send it.
  await page.goto(`/company/invoices/${own.id}`);
  await page.locator('input[name="invoiceId"]').evaluateAll((inputs, id) => inputs.forEach((i) => ((i as HTMLInputElement).value = String(id))), target.id);
  await page.getByRole("button", { name: "Withdraw" }).click();
  await expect(page.getByRole("form", { name: "Withdraw" }).getByRole("alert")).toHaveText("Not found.");
  await page.locator('input[name="invoiceId"]').evaluateAll((inputs, id) => inputs.forEach((i) => ((i as HTMLInputElement).value = String(id))), target.id);
  await page.getByLabel("Act file").setInputFiles({ name: "act.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 forged") });
  await page.getByRole("button", { name: "Upload act" }).click();
  await expect(page.getByRole("form", { name: "Upload act" }).getByRole("alert")).toHaveText("Not found.");
  expect(await prisma().invoice.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ status: "submitted" });
  expect(await prisma().invoiceDocument.count({ where: { invoiceId: target.id } })).toBe(0);

  // The invoice form pointed at A's contract.
  await page.goto("/company/invoices/new");
  await page.getByLabel("Invoice number").fill("B-FORGED");
  await page.getByLabel("Item of line 1").selectOption({ index: 1 });
  await page.getByLabel("Quantity of line 1").fill("1");
  await page.getByLabel("Unit price of line 1").fill("100");
  await page.locator('select[name="contractId"] option').first().evaluate((o, id) => ((o as HTMLOptionElement).value = String(id)), a.contract.id);
  await page.getByRole("button", { name: "Submit for approval" }).click();
  await expect(page.getByRole("form", { name: "New invoice" }).getByRole("alert")).toHaveText("Not found.");
  expect(await prisma().invoice.count({ where: { number: "B-FORGED" } })).toBe(0);

  // B's own draft is still B's to withdraw.
  await page.goto(`/company/invoices/${own.id}`);
  await page.getByRole("button", { name: "Withdraw" }).click();
  await expect(page.getByRole("form", { name: "Withdraw" }).getByRole("status")).toHaveText("Invoice B-1 withdrawn.");
});
