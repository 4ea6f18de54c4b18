import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { SYSTEM_ACTOR } from "../lib/actor";
import { saveInvoice } from "../lib/invoices/save-invoice";
import { prisma } from "../lib/db";
import { approveInvoice } from "../lib/invoices/approve-invoice";
import { setFreeze } from "../lib/cases/set-freeze";
import { Q, T } from "../tests/support/ledger-fixtures";
import { makeContractorWorld, PASSWORD } from "./support/factories";
import { signIn } from "./support/session";

const NB = "\u00A0";
const CONCRETE = "236310.100.000003 · Ready-mixed concrete B25";

async function submitInvoice(page: Page, number: string, quantity: string, price: string) {
  await page.goto("/company/invoices/new");
  await page.getByLabel("Invoice number").fill(number);
  await page.getByLabel("Item of line 1").selectOption({ label: CONCRETE });
  await page.getByLabel("Quantity of line 1").fill(quantity);
  await page.getByLabel("Unit price of line 1").fill(price);
  await page.getByRole("button", { name: "Submit for approval" }).click();
}

async function expectNothingSaved(page: Page, issuerId: number) {
  await expect(page.getByRole("form", { name: "New invoice" }).getByRole("alert")).toHaveText("Refused, nothing was saved or paid:");
  expect(await prisma().invoice.count({ where: { issuerId } })).toBe(0);
}

test("an invoice above the ceiling price or the estimate's quantity is refused line by line, and nothing is saved", async ({ page }) => {
  const w = await makeContractorWorld();
  await signIn(page, w.users.general.email, PASSWORD);

  await submitInvoice(page, "R-1", "100", "33 000");
  const price = `Item 236310.100.000003 «Ready-mixed concrete B25»: unit price 33${NB}000,00${NB}₸ is above the estimate ceiling 32${NB}000,00${NB}₸ per m³.`;
  await expect(page.getByRole("table", { name: "Lines" }).getByText(`✗ ${price}`)).toBeVisible();
  await expect(page.getByLabel("Unit price of line 1")).toHaveValue("33 000");
  await page.screenshot({ path: "/tmp/company-refused-en.png", fullPage: true });
  await expectNothingSaved(page, w.general.id);

  await submitInvoice(page, "R-2", "1300", "30000");
  await expect(page.getByRole("table", { name: "Lines" }).getByText("✗ Item 236310.100.000003 «Ready-mixed concrete B25»: estimate 1\u00A0200\u00A0m³, already billed 0\u00A0m³, this invoice 1\u00A0300\u00A0m³; only 1\u00A0200\u00A0m³ remain.")).toBeVisible();
  await expectNothingSaved(page, w.general.id);
});

test("an invoice in an expired colour is refused", async ({ page }) => {
  const w = await makeContractorWorld({ expiresAt: new Date("2026-01-31T18:59:59Z") });
  await signIn(page, w.users.general.email, PASSWORD);
  await submitInvoice(page, "R-3", "10", "30000");
  await expect(page.getByRole("form", { name: "New invoice" }).getByRole("listitem").first()).toContainText(
    new RegExp(`Colour ${w.colour.id} expired at 31\\.01\\.2026 23:59; the payment was attempted at \\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}\\.`),
  );
  await expectNothingSaved(page, w.general.id);
});

test("paying a sub-invoice of a debarred supplier is refused and nothing moves", async ({ page }) => {
  const w = await makeContractorWorld();
  // The general contractor holds money of the colour; its supplier invoices, then lands in the register.
  const paid = await saveInvoice({ actor: w.gcUser, input: { contractId: w.contract.id, number: "GC-PAID", kind: "work", issuedOn: new Date(), submissionKey: crypto.randomUUID(), intent: "submit", lines: [{ estimateItemId: w.items[0]!.id, quantityMilli: Q(100), unitPriceTiyn: T(30_000) }] } });
  await approveInvoice({ actor: w.alice, invoiceId: paid.id });
  const sub = await saveInvoice({ actor: w.subUser, input: { contractId: w.subcontract.id, number: "BS-DEB", kind: "work", issuedOn: new Date(), submissionKey: crypto.randomUUID(), intent: "submit", lines: [{ estimateItemId: w.items[0]!.id, quantityMilli: Q(10), unitPriceTiyn: T(29_000) }] } });
  await prisma().organization.update({ where: { id: w.sub.id }, data: { isDebarred: true, debarredOn: new Date(), debarredReason: "Court decision" } });

  await signIn(page, w.users.general.email, PASSWORD);
  await page.goto(`/company/invoices/${sub.id}`);
  const reason = `Payee «${w.sub.name}» is debarred and may not receive public money.`;
  await expect(page.getByText(reason)).toBeVisible();
  await page.getByRole("button", { name: "Approve and pay" }).click();
  const form = page.getByRole("form", { name: "Approve and pay" });
  await expect(form.getByRole("alert")).toHaveText("Refused, nothing was saved or paid:");
  await expect(form.getByRole("listitem")).toHaveText(reason);
  const account = await prisma().account.findUnique({ where: { colourId_holderKey: { colourId: w.colour.id, holderKey: `company:${w.sub.id}` } } });
  expect(account?.balanceTiyn ?? 0n).toBe(0n);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Refused attempts" })).toBeVisible();
});

test("an act that is not a PDF or image, or too large, is refused with a clear message and nothing is saved", async ({ page }) => {
  const w = await makeContractorWorld();
  const invoice = await saveInvoice({ actor: w.gcUser, input: { contractId: w.contract.id, number: "ACT-1", kind: "work", issuedOn: new Date(), submissionKey: crypto.randomUUID(), intent: "draft", lines: [{ estimateItemId: w.items[0]!.id, quantityMilli: Q(1), unitPriceTiyn: T(30_000) }] } });
  await signIn(page, w.users.general.email, PASSWORD);
  await page.goto(`/company/invoices/${invoice.id}`);
  const form = page.getByRole("form", { name: "Upload act" });

  await page.getByLabel("Act file").setInputFiles({ name: "act.pdf", mimeType: "application/pdf", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) });
  await form.getByRole("button", { name: "Upload act" }).click();
  await expect(form.getByRole("alert")).toHaveText("The content of act.pdf does not match its extension. Nothing was saved.");

  await page.getByLabel("Act file").setInputFiles({ name: "act.exe.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ\u0090 not a pdf") });
  await form.getByRole("button", { name: "Upload act" }).click();
  await expect(form.getByRole("alert")).toHaveText("The file act.exe.pdf is not a PDF, PNG or JPEG. Nothing was saved.");

  await page.getByLabel("Act file").setInputFiles({ name: "empty.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(0) });
  await form.getByRole("button", { name: "Upload act" }).click();
  await expect(form.getByRole("alert")).toHaveText("The file empty.pdf is empty. Nothing was saved.");

  await page.getByLabel("Act file").setInputFiles({ name: "big.pdf", mimeType: "application/pdf", buffer: Buffer.concat([Buffer.from("%PDF-1.4"), Buffer.alloc(11 * 1024 * 1024)]) });
  await form.getByRole("button", { name: "Upload act" }).click();
  await expect(form.getByRole("alert")).toHaveText("The file big.pdf is 11,0 MB; at most 10 MB. Nothing was saved.");

  expect(await prisma().invoiceDocument.count({ where: { invoiceId: invoice.id } })).toBe(0);
  await expect(page.getByText("No act attached yet.")).toBeVisible();
});

test("a draft is kept unjudged, then fixed and submitted through the rules", async ({ page }) => {
  const w = await makeContractorWorld();
  await signIn(page, w.users.general.email, PASSWORD);
  await page.goto("/company/invoices/new");
  await page.getByLabel("Invoice number").fill("DR-1");
  await page.getByLabel("Item of line 1").selectOption({ label: CONCRETE });
  await page.getByLabel("Quantity of line 1").fill("10");
  await page.getByLabel("Unit price of line 1").fill("33000");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("heading", { name: "Invoice DR-1" })).toBeVisible();
  await expect(page.getByText("Draft", { exact: true }).first()).toBeVisible();

  await page.getByRole("link", { name: "Edit draft" }).click();
  await expect(page.getByRole("heading", { name: "Edit draft DR-1" })).toBeVisible();
  await expect(page.getByLabel("Unit price of line 1")).toHaveValue("33000.00");
  await page.getByRole("button", { name: "Submit for approval" }).click();
  await expect(page.getByRole("form", { name: "Edit draft DR-1" }).getByRole("alert")).toHaveText("Refused, nothing was saved or paid:");
  await page.getByLabel("Unit price of line 1").fill("31 500");
  await page.getByRole("button", { name: "Submit for approval" }).click();
  await expect(page.getByRole("heading", { name: "Invoice DR-1" })).toBeVisible();
  await expect(page.getByText("Submitted", { exact: true }).first()).toBeVisible();
  expect(await prisma().invoice.count({ where: { issuerId: w.general.id } })).toBe(1);
});

test("a refused payment is a warning on the payer's dashboard; a frozen colour shows as frozen without the investigator's reason", async ({ page }) => {
  const w = await makeContractorWorld();
  // The general contractor holds 300 000 ₸ of the colour; its supplier asks for 580 000 ₸.
  const paid = await saveInvoice({ actor: w.gcUser, input: { contractId: w.contract.id, number: "GC-LOW", kind: "work", issuedOn: new Date(), submissionKey: crypto.randomUUID(), intent: "submit", lines: [{ estimateItemId: w.items[0]!.id, quantityMilli: Q(10), unitPriceTiyn: T(30_000) }] } });
  await approveInvoice({ actor: w.alice, invoiceId: paid.id });
  const sub = await saveInvoice({ actor: w.subUser, input: { contractId: w.subcontract.id, number: "BS-HIGH", kind: "work", issuedOn: new Date(), submissionKey: crypto.randomUUID(), intent: "submit", lines: [{ estimateItemId: w.items[0]!.id, quantityMilli: Q(20), unitPriceTiyn: T(29_000) }] } });

  await signIn(page, w.users.general.email, PASSWORD);
  await page.goto(`/company/invoices/${sub.id}`);
  await page.getByRole("button", { name: "Approve and pay" }).click();
  await expect(page.getByRole("form", { name: "Approve and pay" }).getByRole("alert")).toHaveText("Refused, nothing was saved or paid:");

  await page.goto("/company");
  const warnings = page.getByRole("region", { name: "Needs attention" });
  await expect(warnings.getByRole("listitem")).toHaveCount(1);
  await expect(warnings).toContainText(`refused invoice BS-HIGH: Insufficient balance in colour ${w.colour.id}`);
  await expect(warnings).toContainText(`attempted 580${NB}000,00${NB}₸`);
  await warnings.getByRole("link", { name: "BS-HIGH" }).click();
  await expect(page.getByRole("heading", { name: "Invoice BS-HIGH" })).toBeVisible();

  // An investigator freezes the colour: the company sees that it is frozen, not why.
  const reason = "Suspected kickbacks through the supplier, pending audit";
  await setFreeze({ actor: { ...SYSTEM_ACTOR, isSystem: false, role: "investigator", userId: 4242, name: "Askar" }, input: { colourId: w.colour.id, isFrozen: true, reason } });
  await page.goto("/company");
  const row = page.getByRole("table", { name: "Balances by colour" }).getByRole("row", { name: new RegExp(`Colour ${w.colour.id}(?!\\d)`) });
  await expect(row).toContainText("frozen");
  await expect(row).toContainText(`300${NB}000,00${NB}₸`);
  await expect(page.locator("body")).not.toContainText("kickbacks");
  await page.goto("/company/contracts");
  await expect(page.getByRole("table", { name: "Contracts" }).getByRole("row", { name: /GC-1/ })).toContainText("frozen");
  await page.goto(`/company/invoices/${sub.id}`);
  await page.getByRole("button", { name: "Approve and pay" }).click();
  await expect(page.getByRole("form", { name: "Approve and pay" }).getByText(`Colour ${w.colour.id} is frozen by an investigator: its money cannot move.`)).toBeVisible();
  await expect(page.locator("body")).not.toContainText("kickbacks");
});
