import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { rejectInvoice } from "../../lib/invoices/reject-invoice";
import { saveInvoice } from "../../lib/invoices/save-invoice";
import { deriveNotifications } from "../../lib/notifications/derive-notifications";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-logins";
import { Q, T } from "../../tests/support/ledger-fixtures";
import { makeContractorWorld, PASSWORD } from "../support/factories";
import { JOURNEY_VIEWPORT, shot } from "../support/journey-shot";
import { signIn } from "../support/session";

// Issue 19, a general contractor's day. On a world of its own (makeContractorWorld, a colour that ends in five days):
// the home says what waits for its approval and which colour is about to expire; the notifications say what was
// paid, what was rejected and why, and that the colour ends; it invoices the contract and is taken to the invoice
// with a word of feedback, attaches the act (the official sees the same size), approves and pays its supplier, and
// takes its payments away as CSV. Then the demo's general contractor's pages, read only, with the demo's real names.

test.use({ viewport: JOURNEY_VIEWPORT });

const CONCRETE = "236310.100.000003 · Ready-mixed concrete B25";
const submit = { submissionKey: "", intent: "submit" as const, kind: "work" as const };
const key = () => ({ ...submit, submissionKey: crypto.randomUUID() });

async function newInvoice(page: Page, number: string, quantity: string, price: string) {
  await page.getByRole("link", { name: "Invoice this contract" }).click();
  await page.getByLabel("Invoice number").fill(number);
  await page.getByLabel("Item of line 1").selectOption({ label: CONCRETE });
  await page.getByLabel("Quantity of line 1").fill(quantity);
  await page.getByLabel("Unit price of line 1").fill(price);
}

test.describe("journeys: contractor", () => {
  test("journeys: a general contractor is told what waits and what happened, invoices, attaches the act, pays its supplier", async ({ page, browser }) => {
    test.slow();
    const w = await makeContractorWorld({ expiresAt: new Date(Date.now() + 5 * 86_400_000) });
    const line = (quantity: number, price: number) => [{ estimateItemId: w.items[0]!.id, quantityMilli: Q(quantity), unitPriceTiyn: T(price) }];
    const paid = await saveInvoice({ actor: w.gcUser, input: { ...key(), contractId: w.contract.id, number: "W-PAID", issuedOn: new Date(), lines: line(100, 30_000) } });
    await approveInvoice({ actor: w.alice, invoiceId: paid.id });
    const rejected = await saveInvoice({ actor: w.gcUser, input: { ...key(), contractId: w.contract.id, number: "W-REJ", issuedOn: new Date(), lines: line(5, 30_000) } });
    await rejectInvoice({ actor: w.alice, invoiceId: rejected.id, reason: "The act is not signed by the technical supervisor" });
    const incoming = await saveInvoice({ actor: w.subUser, input: { ...key(), contractId: w.subcontract.id, number: "BS-IN", issuedOn: new Date(), lines: line(10, 29_000) } });
    await deriveNotifications();

    await signIn(page, w.users.general.email, PASSWORD);
    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByTestId("home-todos")).toContainText("1 incoming invoice waits for your approval");
    await expect(page.getByRole("link", { name: `#${w.colour.id}`, exact: true }).first()).toBeVisible();
    await shot(page, "contractor", "01-home");
    // No canteen contract, no "Canteen" section, and its pages read as not found (decision 0275).
    await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Canteen" })).toHaveCount(0);
    await page.goto("/canteen");
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await page.goto("/home");

    await page.getByTestId("notification-bell").click();
    const rows = page.getByTestId("notification-row");
    await expect(rows.filter({ hasText: "Invoice W-PAID" })).toContainText("was approved and paid on");
    await expect(rows.filter({ hasText: "Invoice W-REJ" })).toContainText("Reason: The act is not signed by the technical supervisor");
    await expect(rows.filter({ hasText: `Colour #${w.colour.id}` }).first()).toContainText(/expires on \d\d\.\d\d\.\d{4}/);
    await expect(rows.filter({ hasText: "Invoice BS-IN" })).toContainText("waits for your decision");
    await shot(page, "contractor", "02-notifications");

    await page.goto("/company");
    await expect(page.getByRole("table", { name: "Balances by colour" })).toBeVisible();
    await shot(page, "contractor", "03-dashboard");

    // An invoice through the form: it opens the new invoice and says it was saved.
    await page.goto("/company/contracts");
    await shot(page, "contractor", "04-contracts");
    await page.getByRole("link", { name: "GC-1" }).first().click();
    await expect(page.getByRole("heading", { name: "Contract GC-1" })).toBeVisible();
    await shot(page, "contractor", "05-contract");
    await newInvoice(page, "AVR-J1", "50", "31 000");
    await shot(page, "contractor", "06-new-invoice");
    await page.getByRole("button", { name: "Submit for approval" }).click();
    await expect(page.getByRole("heading", { name: "Invoice AVR-J1" })).toBeVisible();
    await expect(page.getByTestId("flash")).toContainText("Invoice saved.");
    // "payer: Project account (…)", not "The project account" mid-sentence (issue 19: capitals in the middle).
    await expect(page.locator("main")).not.toContainText("The project account");
    await expect(page.locator("main")).toContainText("payer: Project account");
    await page.getByLabel("Act file").setInputFiles({ name: "act-AVR-J1.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% act of completed works AVR-J1\n%%EOF\n") });
    await page.getByRole("button", { name: "Upload act" }).click();
    await expect(page.getByRole("form", { name: "Upload act" }).getByRole("status")).toContainText("Act act-AVR-J1.pdf attached");
    await expect(page.locator("main")).toContainText("1 KB");
    await shot(page, "contractor", "07-invoice-with-act");
    const invoiceId = Number(new URL(page.url()).pathname.split("/").pop());

    // The official reads the same act with the same size.
    const official = await (await browser.newContext({ viewport: JOURNEY_VIEWPORT })).newPage();
    await signIn(official, w.users.official.email, PASSWORD);
    await official.goto(`/invoices/${invoiceId}`);
    await expect(official.getByRole("link", { name: "act-AVR-J1.pdf" })).toBeVisible();
    await expect(official.locator("main")).toContainText("1 KB");
    await expect(official.locator("main")).not.toContainText("0 KB");
    await shot(official, "contractor", "08-official-reads-the-act");
    await official.context().close();

    // The supplier's invoice waits under "To pay": reviewed line by line, approved and paid.
    await page.goto("/company/invoices");
    await page.getByRole("link", { name: "To pay" }).click();
    await shot(page, "contractor", "09-invoices-to-pay");
    await page.getByRole("link", { name: incoming.number, exact: true }).click();
    await expect(page.getByRole("cell", { name: "✓ Within the rules" })).toBeVisible();
    await shot(page, "contractor", "10-incoming-invoice");
    await page.getByRole("button", { name: "Approve and pay" }).click();
    await expect(page.getByRole("form", { name: "Approve and pay" }).getByRole("status")).toHaveText(`Invoice ${incoming.number} approved and paid.`);
    await shot(page, "contractor", "11-supplier-paid");

    await page.goto("/company/history");
    await expect(page.getByRole("table", { name: "Payments" })).toContainText("Invoice BS-IN");
    await shot(page, "contractor", "12-payments");
    const csv = await page.request.get("/company/history/csv");
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(await csv.text()).toContain("BS-IN");
    // Its Excel twin (decision 0274), linked from the page header with the same filters.
    const excel = await page.getByRole("link", { name: "Download Excel (.xlsx)" }).getAttribute("href");
    expect(excel).toBe("/company/history/xlsx");
    const workbook = await page.request.get(excel!);
    expect([workbook.status(), workbook.headers()["content-type"]]).toEqual([200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]);

    await page.goto("/company/exits");
    await shot(page, "contractor", "13-wages-and-taxes");
  });

  test("journeys: the demo's general contractor reads its home, dashboard, contract and a refused invoice", async ({ page }) => {
    await signIn(page, "contractor@almatystroy.kz", DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByRole("heading", { name: "What to do" })).toBeVisible();
    await shot(page, "contractor-demo", "01-home");
    await page.goto("/company");
    await shot(page, "contractor-demo", "02-dashboard");
    await page.goto("/company/contracts");
    await page.getByRole("link", { name: "ГЗ-2026/0415" }).first().click();
    await expect(page.getByRole("heading", { name: "Contract ГЗ-2026/0415" })).toBeVisible();
    await shot(page, "contractor-demo", "03-contract");
    await page.goto("/company/invoices");
    await shot(page, "contractor-demo", "04-invoices");
    await page.getByRole("link", { name: "СФ-0005", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Invoice СФ-0005" })).toBeVisible();
    await shot(page, "contractor-demo", "05-refused-draft");
    await page.goto("/company/history");
    await shot(page, "contractor-demo", "06-payments");
  });
});
