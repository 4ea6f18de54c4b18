import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { saveInvoice } from "../lib/invoices/save-invoice";
import { approveInvoice } from "../lib/invoices/approve-invoice";
import { Q, T } from "../tests/support/ledger-fixtures";
import { makeContractorWorld, makeOrganization, makeUser, PASSWORD } from "./support/factories";
import { signIn } from "./support/session";

const NB = "\u00A0";
const money = (text: string) => text.replace(/ /g, NB);
const CONCRETE = "236310.100.000003 · Ready-mixed concrete B25";

async function nav(page: Page, name: string) {
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name, exact: true }).click();
}

async function fillLine(page: Page, line: number, quantity: string, price: string) {
  await page.getByLabel(`Item of line ${line}`).selectOption({ label: CONCRETE });
  await page.getByLabel(`Quantity of line ${line}`).fill(quantity);
  await page.getByLabel(`Unit price of line ${line}`).fill(price);
}

test("a general contractor is paid, subcontracts, and pays its supplier in the same colour", async ({ page, browser }) => {
  const w = await makeContractorWorld();
  const supplierOrg = await makeOrganization("company", `Supplier ${Date.now()} LLP`);
  const supplier = await makeUser("contractor", { organizationId: supplierOrg.id });
  const colour = `Colour ${w.colour.id}`;

  // The general contractor invoices its contract and attaches the act.
  await signIn(page, w.users.general.email, PASSWORD);
  await nav(page, "Dashboard");
  await expect(page.getByRole("heading", { name: "Company dashboard" })).toBeVisible();
  await page.getByRole("link", { name: "GC-1" }).click();
  await expect(page.getByRole("heading", { name: "Contract GC-1" })).toBeVisible();
  await page.getByRole("link", { name: "Invoice this contract" }).click();
  await page.getByLabel("Invoice number").fill("AVR-001");
  await fillLine(page, 1, "100", "30 000");
  const line = page.getByRole("table", { name: "Lines" }).getByRole("row").nth(1);
  await expect(line).toContainText("1\u00A0200\u00A0m³");
  await expect(line).toContainText(money("32 000,00 ₸"));
  await expect(page.getByRole("table", { name: "Lines" })).toContainText(money("3 000 000,00 ₸"));
  await page.getByRole("button", { name: "Submit for approval" }).click();
  await expect(page.getByRole("heading", { name: "Invoice AVR-001" })).toBeVisible();
  await expect(page.getByText("Submitted", { exact: true }).first()).toBeVisible();
  await page.getByLabel("Act file").setInputFiles({ name: "act-AVR-001.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% act of completed works\n%%EOF\n") });
  await page.getByRole("button", { name: "Upload act" }).click();
  await expect(page.getByRole("form", { name: "Upload act" }).getByRole("status")).toContainText("Act act-AVR-001.pdf attached");
  await expect(page.getByRole("link", { name: "act-AVR-001.pdf" })).toBeVisible();
  await page.screenshot({ path: "/tmp/company-invoice-en.png", fullPage: true });
  // The address may still carry the save's feedback (?done=…): the id is the path's last segment.
  const invoiceId = Number(new URL(page.url()).pathname.split("/").pop());

  // An official of the ministry approves it: one approval below the threshold pays.
  const officialPage = await (await browser.newContext()).newPage();
  await signIn(officialPage, w.users.official.email, PASSWORD);
  await officialPage.goto(`/invoices/${invoiceId}`);
  await officialPage.getByRole("button", { name: "Approve" }).click();
  await expect(officialPage.getByRole("form", { name: "Approve" }).getByRole("status")).toHaveText("Invoice AVR-001 approved and paid.");

  await nav(page, "Dashboard");
  const balances = page.getByRole("table", { name: "Balances by colour" });
  await expect(balances.getByRole("row", { name: new RegExp(colour) })).toContainText(money("3 000 000,00 ₸"));

  // It registers a subcontract with the supplier, chosen in the registry's picker by BIN, for part of its concrete.
  await page.getByRole("link", { name: "GC-1" }).click();
  await page.getByRole("link", { name: "Register a subcontract" }).click();
  await page.getByRole("combobox", { name: "Find the subcontractor" }).fill(supplierOrg.bin!);
  await page.getByRole("option", { name: new RegExp(supplierOrg.bin!) }).click();
  await expect(page.getByTestId("subcontractor-preview")).toContainText(supplierOrg.bin!);
  await page.getByLabel("Subcontract number").fill("SP-77");
  await page.getByLabel("Value, ₸").fill("5 000 000");
  await page.getByLabel("Include 236310.100.000003").check();
  await page.getByLabel("Quantity of 236310.100.000003").fill("150");
  await page.getByLabel("Ceiling price of 236310.100.000003").fill("31000");
  await page.getByRole("button", { name: "Register subcontract" }).click();
  // It lands on the new subcontract, told that it was registered; the parent lists it.
  await expect(page.getByRole("heading", { name: "Contract SP-77" })).toBeVisible();
  await expect(page.getByTestId("flash")).toContainText("Subcontract registered.");
  await nav(page, "Dashboard");
  await page.getByRole("link", { name: "GC-1" }).click();
  await expect(page.getByRole("table", { name: "Subcontracts" })).toContainText("SP-77");
  await expect(page.getByRole("table", { name: "Subcontracts" })).toContainText(supplierOrg.name);

  // The supplier invoices the subcontract.
  const supplierPage = await (await browser.newContext()).newPage();
  await signIn(supplierPage, supplier.email, PASSWORD);
  await nav(supplierPage, "Dashboard");
  await supplierPage.getByRole("link", { name: "SP-77" }).click();
  await supplierPage.getByRole("link", { name: "Invoice this contract" }).click();
  await supplierPage.getByLabel("Invoice number").fill("BS-1");
  await fillLine(supplierPage, 1, "50", "30500");
  await supplierPage.getByRole("button", { name: "Submit for approval" }).click();
  await expect(supplierPage.getByRole("heading", { name: "Invoice BS-1" })).toBeVisible();

  // The general contractor reviews it line by line and pays it from its own account.
  await nav(page, "Invoices");
  await page.getByRole("link", { name: "To pay" }).click();
  await page.getByRole("link", { name: "BS-1", exact: true }).click();
  await expect(page.getByRole("cell", { name: "✓ Within the rules" })).toBeVisible();
  await expect(page.getByText(money(`Approving now pays 1 525 000,00 ₸ from your account in colour ${w.colour.id} at once.`))).toBeVisible();
  await page.screenshot({ path: "/tmp/company-review-en.png", fullPage: true });
  await page.getByRole("button", { name: "Approve and pay" }).click();
  await expect(page.getByRole("form", { name: "Approve and pay" }).getByRole("status")).toHaveText("Invoice BS-1 approved and paid.");

  await nav(page, "Dashboard");
  const row = page.getByRole("table", { name: "Balances by colour" }).getByRole("row", { name: new RegExp(colour) });
  await expect(row).toContainText(money("1 525 000,00 ₸"));
  await expect(row).toContainText(money("1 475 000,00 ₸"));
  await page.screenshot({ path: "/tmp/company-dashboard-en.png", fullPage: true });

  // The supplier sees the money arrive in the same colour, from its direct counterparty.
  await nav(supplierPage, "Payments");
  const payment = supplierPage.getByRole("table", { name: "Payments" }).getByRole("row").nth(1);
  await expect(payment).toContainText("In");
  await expect(payment).toContainText(colour);
  await expect(payment).toContainText(w.general.name);
  await expect(payment).toContainText("Invoice BS-1");
  await expect(payment).toContainText(money("+1 525 000,00 ₸"));
  const csv = await supplierPage.request.get("/company/history/csv");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain(`;in;payment;${w.colour.id};`);
  await nav(supplierPage, "Dashboard");
  await expect(supplierPage.getByRole("table", { name: "Balances by colour" }).getByRole("row", { name: new RegExp(colour) })).toContainText(money("1 525 000,00 ₸"));

  // The same pages in Russian.
  await page.context().addCookies([{ name: "aiqyn-locale", value: "ru", url: page.url() }]);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Кабинет компании" })).toBeVisible();
  await page.screenshot({ path: "/tmp/company-dashboard-ru.png", fullPage: true });
  await page.goto(`/company/invoices/${invoiceId}`);
  await page.screenshot({ path: "/tmp/company-invoice-ru.png", fullPage: true });
});

test("a contractor pays wages within the colour's share; more is refused and nothing leaves", async ({ page }) => {
  const w = await makeContractorWorld({ wagesShareBp: 2000 });
  const paid = await saveInvoice({ actor: w.gcUser, input: { contractId: w.contract.id, number: "W-1", kind: "work", issuedOn: new Date(), submissionKey: crypto.randomUUID(), intent: "submit", lines: [{ estimateItemId: w.items[0]!.id, quantityMilli: Q(100), unitPriceTiyn: T(30_000) }] } });
  await approveInvoice({ actor: w.alice, invoiceId: paid.id });

  await signIn(page, w.users.general.email, PASSWORD);
  await nav(page, "Wages and taxes");
  const wages = page.getByRole("table", { name: "Wages and taxes" }).getByRole("row", { name: /Wages/ });
  await expect(wages).toContainText(money("600 000,00 ₸"));
  const form = page.getByRole("form", { name: "Pay wages or taxes" });
  await form.getByLabel("Exit").selectOption("wages");
  await form.getByLabel("Amount, ₸").fill("450 000");
  await form.getByRole("button", { name: "Pay out" }).click();
  await expect(form.getByRole("status")).toHaveText(money(`450 000,00 ₸ paid out as Wages from colour ${w.colour.id}.`));
  await expect(page.getByRole("table", { name: "Wages and taxes" }).getByRole("row", { name: /Wages/ })).toContainText(money("150 000,00 ₸"));

  await form.getByLabel("Amount, ₸").fill("200 000");
  await form.getByRole("button", { name: "Pay out" }).click();
  await expect(form.getByRole("alert")).toHaveText("Refused, nothing was saved or paid:");
  await expect(form.getByRole("listitem")).toContainText(money("wages may reach 600 000,00 ₸"));
  await nav(page, "Payments");
  await expect(page.getByRole("table", { name: "Payments" }).getByRole("row")).toHaveCount(3);
  await expect(page.getByRole("table", { name: "Payments" })).toContainText("Wages (left the circuit)");
});

test("a contractor finds every contract it holds or pays, and searches a contract's items", async ({ page }) => {
  const w = await makeContractorWorld();
  await signIn(page, w.users.general.email, PASSWORD);
  await nav(page, "Dashboard");
  await page.getByRole("link", { name: "All contracts (2)" }).click();
  await expect(page.getByRole("heading", { name: "Contracts" })).toBeVisible();
  const table = page.getByRole("table", { name: "Contracts" });
  await expect(table.getByRole("row", { name: /GC-1/ })).toContainText("You hold it");
  await expect(table.getByRole("row", { name: /GC-1/ })).toContainText(`Project account · ${w.ministry.name}`);
  await expect(table.getByRole("row", { name: /SC-1/ })).toContainText("You pay it");
  await expect(table.getByRole("row", { name: /SC-1/ })).toContainText(w.sub.name);

  await page.getByRole("searchbox", { name: "Search contracts" }).fill(w.sub.bin!);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(table.getByRole("row")).toHaveCount(2);
  await table.getByRole("link", { name: "SC-1" }).click();
  await expect(page.getByRole("heading", { name: "Contract SC-1" })).toBeVisible();

  await nav(page, "Contracts");
  await page.getByRole("link", { name: "GC-1" }).click();
  const items = page.getByRole("table", { name: "Estimate items of the contract" });
  await expect(items.getByRole("row", { name: /236310\.100\.000003/ })).toContainText("1\u00A0000\u00A0m³");
  await page.getByRole("searchbox", { name: "Search the items" }).fill("rebar");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("1 of 3 items match «rebar».")).toBeVisible();
  await expect(items.getByRole("row")).toHaveCount(2);
  await expect(items).toContainText("241062.300.000012");
});
