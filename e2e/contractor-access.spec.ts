import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { attachAct } from "../lib/invoices/act-documents";
import { approveIncomingInvoice } from "../lib/invoices/decide-incoming-invoice";
import { saveInvoice } from "../lib/invoices/save-invoice";
import { prisma } from "../lib/db";
import { approveInvoice } from "../lib/invoices/approve-invoice";
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

/** The general contractor is paid for 100 м3 of concrete: it then holds 3 000 000 ₸ of the colour. */
async function fund(w: TWorld, number: string) {
  const invoice = await saveInvoice({ actor: w.gcUser, input: { contractId: w.contract.id, number, kind: "work", issuedOn: new Date(), submissionKey: crypto.randomUUID(), intent: "submit", lines: [{ estimateItemId: w.items[0]!.id, quantityMilli: Q(100), unitPriceTiyn: T(30_000) }] } });
  await approveInvoice({ actor: w.alice, invoiceId: invoice.id });
}

/** The subcontractor's invoice to the general contractor, waiting for its decision. */
async function subInvoiceOf(w: TWorld, number: string) {
  return saveInvoice({ actor: w.subUser, input: { contractId: w.subcontract.id, number, kind: "work", issuedOn: new Date(), submissionKey: crypto.randomUUID(), intent: "submit", lines: [{ estimateItemId: w.items[0]!.id, quantityMilli: Q(10), unitPriceTiyn: T(29_000) }] } });
}

/** B's own form with one field pointed at A's record: a forged request, as a script would send it. */
async function forge(page: Page, selector: string, value: number) {
  await page.locator(selector).evaluateAll((elements, v) => elements.forEach((e) => ((e as HTMLInputElement | HTMLOptionElement).value = String(v))), value);
}

/** Two companies, each paid in its own colour and with a subcontractor's invoice waiting; A has also paid one. */
async function twoPaidCompanies() {
  const a = await makeContractorWorld();
  const b = await makeContractorWorld();
  await fund(a, "A-PAID");
  await approveIncomingInvoice({ actor: a.gcUser, invoiceId: (await subInvoiceOf(a, "A-SUB-PAID")).id });
  const aIncoming = await subInvoiceOf(a, "A-SUB-OPEN");
  await fund(b, "B-PAID");
  const bIncoming = await subInvoiceOf(b, "B-SUB-OPEN");
  return { a, b, aIncoming, bIncoming, aColour: new RegExp(`colour ${a.colour.id}(?!\\d)`, "i") };
}

test("company B's dashboard, wages and taxes, contracts and payments (page and CSV) never show A's colour or payments", async ({ page }) => {
  const { a, b, aColour } = await twoPaidCompanies();
  await signIn(page, b.users.general.email, PASSWORD);

  await page.goto("/company");
  await expect(page.getByRole("table", { name: "Balances by colour" }).getByRole("row", { name: new RegExp(`Colour ${b.colour.id}(?!\\d)`) })).toBeVisible();
  await expect(page.locator("body")).not.toContainText(aColour);
  await page.goto("/company/exits");
  await expect(page.getByRole("table", { name: "Wages and taxes" })).toContainText(`Colour ${b.colour.id}`);
  await expect(page.locator("body")).not.toContainText(aColour);
  await page.goto("/company/contracts");
  await expect(page.getByRole("table", { name: "Contracts" }).getByRole("row")).toHaveCount(3);
  await expect(page.locator("body")).not.toContainText(aColour);
  await page.goto(`/company/contracts?q=${a.general.bin}`);
  await expect(page.getByText("No contracts match.")).toBeVisible();

  // B's payment history as CSV holds B's payments, in B's colour, and none of A's.
  const csv = await (await page.request.get("/company/history/csv")).text();
  const rows = csv.split("\r\n").filter(Boolean).slice(1);
  expect(rows.length).toBeGreaterThan(0);
  expect(csv).toContain("B-PAID");
  for (const row of rows) expect(row.split(";")[4], row).toBe(String(b.colour.id));
  for (const number of ["A-PAID", "A-SUB-PAID", "A-SUB-OPEN"]) expect(csv).not.toContain(number);
  await page.goto("/company/history");
  await expect(page.getByRole("table", { name: "Payments" })).toContainText("B-PAID");
  await expect(page.locator("body")).not.toContainText(aColour);
});

test("company B's exit, approve, reject and subcontract forms pointed at A's colour, invoice or contract answer not found", async ({ page }) => {
  const { a, b, aIncoming, bIncoming } = await twoPaidCompanies();
  const aBalance = await prisma().account.findUniqueOrThrow({ where: { colourId_holderKey: { colourId: a.colour.id, holderKey: `company:${a.general.id}` } } });
  await signIn(page, b.users.general.email, PASSWORD);

  // A wages exit posted with A's colour.
  await page.goto("/company/exits");
  const exit = page.getByRole("form", { name: "Pay wages or taxes" });
  await exit.getByLabel("Amount, ₸").fill("1 000");
  await forge(page, 'select[name="colourId"] option', a.colour.id);
  await exit.getByRole("button", { name: "Pay out" }).click();
  await expect(exit.getByRole("alert")).toHaveText("Not found.");
  expect((await prisma().account.findUniqueOrThrow({ where: { id: aBalance.id } })).balanceTiyn).toBe(aBalance.balanceTiyn);

  // Approving and rejecting A's incoming invoice from B's own incoming invoice page.
  await page.goto(`/company/invoices/${bIncoming.id}`);
  await forge(page, 'input[name="invoiceId"]', aIncoming.id);
  await page.getByRole("button", { name: "Approve and pay" }).click();
  await expect(page.getByRole("form", { name: "Approve and pay" }).getByRole("alert")).toHaveText("Not found.");
  await forge(page, 'input[name="invoiceId"]', aIncoming.id);
  await page.getByLabel("Reason for rejection (the issuer sees it)").fill("Not our supplier at all");
  await page.getByRole("button", { name: "Reject" }).click();
  await expect(page.getByRole("form", { name: "Reject" }).getByRole("alert")).toHaveText("Not found.");
  expect(await prisma().invoice.findUniqueOrThrow({ where: { id: aIncoming.id } })).toMatchObject({ status: "submitted" });
  expect(await prisma().invoiceDecision.count({ where: { invoiceId: aIncoming.id } })).toBe(0);

  // B's subcontract form posted with A's contract as the parent.
  await page.goto(`/company/contracts/${b.contract.id}/subcontracts/new?bin=${b.sub.bin}`);
  await page.getByLabel("Subcontract number").fill("B-FORGED-SC");
  await page.getByLabel("Value, ₸").fill("1 000");
  await page.getByLabel("Include 236310.100.000003").check();
  await page.getByLabel("Quantity of 236310.100.000003").fill("1");
  await forge(page, 'input[name="parentId"]', a.contract.id);
  await page.getByRole("button", { name: "Register subcontract" }).click();
  await expect(page.getByRole("form", { name: "Register a subcontract" }).getByRole("alert")).toHaveText("Not found.");
  expect(await prisma().contract.count({ where: { number: "B-FORGED-SC" } })).toBe(0);
});
