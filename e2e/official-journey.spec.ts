import { expect, test, type Page } from "@playwright/test";
import { attachAct } from "../lib/invoices/act-documents";
import { createContract } from "../lib/contracts/create-contract";
import { prisma } from "../lib/db";
import { saveInvoice } from "../lib/invoices/save-invoice";
import { contractor, official, Q, T } from "../tests/support/ledger-fixtures";
import { makeOrganization, makeUser, PASSWORD } from "./support/factories";
import { signIn } from "./support/session";

const CSV = [
  "code;name;category;unit;quantity;ceiling unit price",
  "236310.100.000003;Ready-mixed concrete B25;23.63;м3;3 000;34 000",
  "241062.300.000012;Rebar A500C;24.10;т;300;410 000",
].join("\n");

const nav = (page: Page, name: string) => page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name }).click();

/** A ministry with its own budget line (a code from the clock: the demo seed shares the database) and a project. */
async function createLineAndProject(page: Page, stamp: string) {
  const code = `04 9 ${stamp.slice(0, 3)} ${stamp.slice(3, 6)} 015`;
  await nav(page, "Budget lines");
  const line = page.getByRole("form", { name: "New budget line" });
  await line.getByLabel("Budget classification code").fill(code);
  await line.getByLabel("Programme name").fill(`Schools ${stamp}`);
  await line.getByLabel("Appropriated amount, ₸").fill("500 000 000");
  await line.getByLabel("Region").selectOption({ label: "Turkistan region" });
  await line.getByRole("button", { name: "Create budget line" }).click();
  await expect(line.getByRole("status")).toHaveText(`Budget line ${code} / 431 created.`);

  await nav(page, "Projects");
  await page.getByRole("link", { name: "New project" }).click();
  const form = page.getByRole("form", { name: "New project with its estimate" });
  const name = `School ${stamp}`;
  await form.getByLabel("Project name").fill(name);
  await form.getByLabel("Region").selectOption({ label: "Turkistan region" });
  await form.getByLabel("Estimate (CSV)").fill(CSV);
  await form.getByRole("button", { name: "Check the estimate" }).click();
  await form.getByRole("button", { name: "Create project" }).click();
  // Creating a project opens it (decision 0179).
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  return { code, name };
}

async function allocate(page: Page, amount: string, threshold = "1 000 000") {
  await page.getByRole("link", { name: "Allocate money" }).first().click();
  const form = page.getByRole("form", { name: "Allocate money to this project" });
  // No line is chosen beforehand when several fit (issue 19, item 8): the first with money left, as before.
  const line = form.getByLabel("Budget line", { exact: true });
  await line.selectOption((await line.locator("option:not([disabled]):not([value=''])").first().getAttribute("value"))!);
  await form.getByLabel("Amount, ₸").fill(amount);
  await form.getByLabel("Basis").fill("Allocation order No. 5-2026");
  await form.getByLabel("Two approvals from, ₸").fill(threshold);
  await form.getByLabel("Wages may be paid").check();
  return form;
}

/** A field's accessible description (its hint, then its error) that ends with this sentence. */
const endsWith = (text: string) => new RegExp(`${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);

const queueRow = (page: Page, number: string) => page.getByRole("row").filter({ has: page.getByRole("link", { name: number, exact: true }) });

const holderRow = (page: Page, name: string) => page.getByRole("table", { name: "Balances by holder" }).getByRole("row").filter({ hasText: name });

test("an official takes a project from budget line to a paid invoice and sees the balances change", async ({ page, browser }) => {
  // A long walk through many pages: three times the default timeout.
  test.slow();
  const stamp = String(Date.now()).slice(-6);
  const ministry = await makeOrganization("ministry", `Ministry ${stamp}`);
  const first = await makeUser("official", { organizationId: ministry.id, name: `Aigerim ${stamp}` });
  const second = await makeUser("official", { organizationId: ministry.id, name: `Yerlan ${stamp}` });
  await signIn(page, first.email, PASSWORD);
  const { code, name } = await createLineAndProject(page, stamp);
  await expect(page.getByText("No money is allocated to this project yet.")).toBeVisible();

  const form = await allocate(page, "200 000 000");
  await form.getByRole("button", { name: "Check and explain" }).click();
  await expect(form.getByRole("status")).toHaveText("Checked. Read the rules below, then confirm.");
  const preview = form.getByRole("region", { name: "200\u00A0000\u00A0000,00\u00A0₸ will be minted as a new colour" });
  await expect(preview).toContainText(`From budget line ${code} / 431 (2026); it keeps 300\u00A0000\u00A0000,00\u00A0₸ available afterwards.`);
  await expect(preview).toContainText("It pays for any of the 2 items of the estimate — nothing else.");
  await expect(preview).toContainText("Invoices of 1\u00A0000\u00A0000,00\u00A0₸ or more need two different officials' approval.");
  await expect(preview).toContainText("A company may pay wages from it, up to 25 % of what it received.");
  await expect(preview).toContainText("No taxes may be paid from it.");
  // A double click on "confirm" mints one colour.
  await form.getByRole("button", { name: "Confirm allocation" }).dblclick();
  // The page may also show the feedback of how it was reached (a flash, decision 0179): find the minting status by its words.
  await expect(page.getByRole("status").filter({ hasText: /Colour #\d+ is minted/ })).toBeVisible();
  const project = await prisma().project.findFirstOrThrow({ where: { name } });
  const colours = await prisma().colour.findMany({ where: { projectId: project.id } });
  expect(colours).toHaveLength(1);
  await expect(holderRow(page, name)).toContainText("200\u00A0000\u00A0000,00\u00A0₸");

  // A general contractor with a contract over the estimate submits an act of works above the threshold.
  const company = await makeOrganization("company", `Turkistan Stroy ${stamp}`);
  const items = await prisma().estimateItem.findMany({ where: { projectId: project.id }, orderBy: { code: "asc" } });
  const contract = await createContract({
    actor: official(ministry.id, first.id),
    input: { colourId: colours[0]!.id, contractorId: company.id, number: `GC-${stamp}`, valueTiyn: T(150_000_000), signedOn: new Date("2026-04-01"), items: items.map((i) => ({ estimateItemId: i.id, quantityMilli: i.quantityMilli, ceilingUnitPriceTiyn: i.ceilingUnitPriceTiyn })) },
  });
  const gc = await makeUser("contractor", { organizationId: company.id });
  const invoice = await saveInvoice({
    actor: contractor(company.id, gc.id),
    input: { contractId: contract.id, number: `AVR-${stamp}`, kind: "work", issuedOn: new Date("2026-05-01"), lines: [{ estimateItemId: items[0]!.id, quantityMilli: Q(100), unitPriceTiyn: T(33_000) }], submissionKey: `e2e-${stamp}`, intent: "submit" },
  });

  await attachAct({ actor: contractor(company.id, gc.id), invoiceId: invoice.id, fileName: `act-${stamp}.pdf`, bytes: Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n") });

  await nav(page, "Invoices");
  await expect(queueRow(page, invoice.number)).toContainText("Waiting for you");
  await page.getByRole("link", { name: invoice.number, exact: true }).click();
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByRole("form", { name: "Approve" }).getByRole("status")).toHaveText(`Your approval of ${invoice.number} is recorded; it waits for a second official.`);
  // The queue says where the invoice stands for each official, and "waiting for me" leaves out what I approved.
  await page.getByRole("link", { name: "All invoices" }).click();
  await expect(queueRow(page, invoice.number)).toContainText("You approved; waits for a second, different official");
  await page.getByLabel("Show").selectOption({ label: "Waiting for me" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/show=waiting/);
  await expect(page.getByText("Nothing waits for approval.")).toBeVisible();

  const other = await (await browser.newContext()).newPage();
  await signIn(other, second.email, PASSWORD);
  await other.goto("/invoices?show=waiting");
  await expect(queueRow(other, invoice.number)).toContainText("Waiting for you as the second approver");
  await other.goto(`/invoices/${invoice.id}`);
  await other.getByRole("button", { name: "Approve" }).click();
  await expect(other.getByRole("form", { name: "Approve" }).getByRole("status")).toHaveText(`Invoice ${invoice.number} approved and paid.`);

  await page.goto(`/projects/${project.id}`);
  await expect(holderRow(page, name)).toContainText("196\u00A0700\u00A0000,00\u00A0₸");
  await expect(holderRow(page, company.name)).toContainText("3\u00A0300\u00A0000,00\u00A0₸");
  await page.getByRole("link", { name: "Estimate" }).click();
  const concrete = page.getByRole("row").filter({ hasText: "Ready-mixed concrete B25" });
  await expect(concrete).toContainText("3\u00A0300\u00A0000,00\u00A0₸");
  await expect(concrete).toContainText("100\u00A0m³");
  await page.getByRole("link", { name: "Payments" }).click();
  await expect(page.getByRole("row").filter({ hasText: `Invoice ${invoice.number}` })).toContainText(company.name);
  await page.getByRole("searchbox", { name: "Search payments" }).fill(company.name);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("navigation", { name: "pagination" })).toContainText("1 in total");
  await expect(page.getByRole("row").filter({ hasText: `Invoice ${invoice.number}` })).toContainText("3\u00A0300\u00A0000,00\u00A0₸");

  // Documents: the invoice and its act, which downloads through the official act route.
  await page.getByRole("link", { name: "Documents", exact: true }).click();
  const documents = page.getByRole("table", { name: "Documents" });
  await expect(documents.getByRole("row").filter({ hasText: "Act of completed works" })).toContainText(`act-${stamp}.pdf`);
  await expect(documents.getByRole("row").filter({ hasText: "Act of completed works" })).toContainText(`to invoice ${invoice.number}`);
  await expect(documents.getByRole("row").filter({ has: page.getByRole("link", { name: invoice.number, exact: true }) })).toContainText("3\u00A0300\u00A0000,00\u00A0₸");
  const download = page.waitForEvent("download");
  await documents.getByRole("link", { name: `Download act-${stamp}.pdf` }).click();
  expect((await download).suggestedFilename()).toBe(`act-${stamp}.pdf`);
  await page.getByRole("searchbox", { name: "Search documents" }).fill("no such document");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No documents match.")).toBeVisible();

  // Budget lines: the chart by region beside the one by ministry, narrowed by the region filter.
  await nav(page, "Budget lines");
  await expect(page.getByRole("row").filter({ hasText: `Schools ${stamp}` })).toContainText("200\u00A0000\u00A0000,00\u00A0₸");
  await page.getByRole("search", { name: "Search budget lines" }).getByLabel("Region").selectOption({ label: "Turkistan region" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/region=turkistan/);
  await expect(page.getByRole("figure", { name: "By region" })).toContainText("Turkistan region");
  await expect(page.getByRole("figure", { name: "By ministry" })).toContainText(ministry.name);
  await expect(page.getByRole("row").filter({ hasText: `Schools ${stamp}` })).toContainText("Turkistan region");
});

test("every refusal on the project's forms says what is wrong and changes nothing", async ({ page }) => {
  // A long walk through many pages: three times the default timeout.
  test.slow();
  const stamp = String(Date.now() + 7).slice(-6);
  const ministry = await makeOrganization("ministry", `Ministry ${stamp}`);
  const me = await makeUser("official", { organizationId: ministry.id });
  await signIn(page, me.email, PASSWORD);
  const { code, name } = await createLineAndProject(page, stamp);
  const project = await prisma().project.findFirstOrThrow({ where: { name } });

  // The same budget line twice: said beside the code, nothing created.
  await nav(page, "Budget lines");
  const line = page.getByRole("form", { name: "New budget line" });
  await line.getByLabel("Budget classification code").fill(code);
  await line.getByLabel("Programme name").fill(`Schools again ${stamp}`);
  await line.getByLabel("Appropriated amount, ₸").fill("1 000");
  await line.getByRole("button", { name: "Create budget line" }).click();
  const exists = `Budget line ${code} / 431 for ${new Date().getFullYear()} already exists.`;
  await expect(line.getByRole("alert")).toHaveText(exists);
  await expect(line.getByLabel("Budget classification code")).toHaveAccessibleDescription(endsWith(exists));
  await expect(line.getByLabel("Programme name")).toHaveValue(`Schools again ${stamp}`);
  expect(await prisma().budgetLine.count({ where: { name: `Schools again ${stamp}` } })).toBe(0);
  await page.goto(`/projects/${project.id}`);

  // The allocation form: each field's problem beside it, nothing minted.
  let form = await allocate(page, "600 000 000");
  await form.getByLabel("Spend by").fill("01.01.2020");
  await form.getByLabel("Only chosen items").check();
  await form.getByLabel("Advance limit, % of a contract's value").fill("130");
  await form.getByLabel("Basis").fill("x");
  await form.getByRole("button", { name: "Check and explain" }).click();
  await expect(form.getByRole("alert").first()).toHaveText("Please correct the highlighted fields.");
  await expect(form.getByText("Choose a day after today.")).toBeVisible();
  await expect(form.getByText("Choose at least one estimate item.")).toBeVisible();
  await expect(form.getByText("A percentage from 0 to 100, e.g. 30 or 12,5.")).toBeVisible();
  await expect(form.getByText("At least 5 characters.")).toBeVisible();
  await expect(form.getByLabel("Amount, ₸")).toHaveValue("600 000 000");

  await page.reload();
  form = await allocate(page, "600 000 000");
  await form.getByRole("button", { name: "Check and explain" }).click();
  const tooMuch = "The budget line has only 500\u00A0000\u00A0000,00\u00A0₸ available; 600\u00A0000\u00A0000,00\u00A0₸ was asked for.";
  await expect(form.getByRole("alert")).toHaveText(tooMuch);
  await expect(form.getByLabel("Amount, ₸")).toHaveAccessibleDescription(endsWith(tooMuch));
  await expect(form.getByRole("button", { name: "Confirm allocation" })).toHaveCount(0);
  expect(await prisma().colour.count({ where: { projectId: project.id } })).toBe(0);

  // Changing the form after the check hides "confirm" until it is checked again.
  await form.getByLabel("Amount, ₸").fill("400 000 000");
  await form.getByRole("button", { name: "Check and explain" }).click();
  await expect(form.getByRole("button", { name: "Confirm allocation" })).toBeVisible();
  await form.getByLabel("Amount, ₸").fill("450 000 000");
  await expect(form.getByRole("button", { name: "Confirm allocation" })).toHaveCount(0);
  await form.getByRole("button", { name: "Check and explain" }).click();
  await form.getByRole("button", { name: "Confirm allocation" }).click();
  // The page may also show the feedback of how it was reached (a flash, decision 0179): find the minting status by its words.
  await expect(page.getByRole("status").filter({ hasText: /Colour #\d+ is minted/ })).toBeVisible();

  // Top-up above what the line still has; the remainder cannot be returned before expiry.
  const colour = page.getByRole("article");
  await colour.getByLabel("Top up from the budget line, ₸").fill("60 000 000");
  await colour.getByRole("button", { name: "Top up" }).click();
  await expect(colour.getByRole("alert")).toHaveText("The budget line has only 50\u00A0000\u00A0000,00\u00A0₸ available; 60\u00A0000\u00A0000,00\u00A0₸ was asked for.");
  await colour.getByLabel("Top up from the budget line, ₸").fill("abc");
  await colour.getByRole("button", { name: "Top up" }).click();
  await expect(colour.getByText("Enter an amount in tenge, e.g. 1 234 567,89.")).toBeVisible();
  await expect(colour.getByText("The unspent remainder can be returned to the treasury at or after expiry.")).toBeVisible();
  await expect(colour.getByRole("button", { name: "Return to the treasury" })).toHaveCount(0);
  await colour.getByLabel("Top up from the budget line, ₸").fill("50 000 000");
  await colour.getByRole("button", { name: "Top up" }).click();
  await expect(colour.getByRole("status")).toHaveText(/topped up by 50\u00A0000\u00A0000,00\u00A0₸/);
  await expect(holderRow(page, name)).toContainText("500\u00A0000\u00A0000,00\u00A0₸");

  // A general contract takes the whole rebar; its contractor invoices some concrete.
  const colourId = (await prisma().colour.findFirstOrThrow({ where: { projectId: project.id } })).id;
  const company = await makeOrganization("company", `Turkistan Beton ${stamp}`);
  const items = await prisma().estimateItem.findMany({ where: { projectId: project.id }, orderBy: { code: "asc" } });
  const contract = await createContract({
    actor: official(ministry.id, me.id),
    input: { colourId, contractorId: company.id, number: `GC-${stamp}`, valueTiyn: T(150_000_000), signedOn: new Date("2026-04-01"), items: items.map((i) => ({ estimateItemId: i.id, quantityMilli: i.quantityMilli, ceilingUnitPriceTiyn: i.ceilingUnitPriceTiyn })) },
  });
  const gc = await makeUser("contractor", { organizationId: company.id });
  const invoice = await saveInvoice({
    actor: contractor(company.id, gc.id),
    input: { contractId: contract.id, number: `AVR-${stamp}`, kind: "work", issuedOn: new Date("2026-05-01"), lines: [{ estimateItemId: items[0]!.id, quantityMilli: Q(10), unitPriceTiyn: T(33_000) }], submissionKey: `e2e-${stamp}`, intent: "submit" },
  });

  // Estimate edits after allocation: a reason is needed; a refused change keeps what was typed.
  await page.getByRole("link", { name: "Estimate" }).click();
  await page.getByRole("link", { name: "Edit 241062.300.000012" }).click();
  const edit = page.getByRole("form", { name: "Edit estimate item" });
  await edit.getByLabel("Quantity").fill("320");
  await edit.getByRole("button", { name: "Save change" }).click();
  const reasonNeeded = "Give a reason (at least 5 characters).";
  await expect(edit.getByRole("alert")).toHaveText(reasonNeeded);
  await expect(edit.getByLabel("Reason", { exact: true })).toHaveAccessibleDescription(endsWith(reasonNeeded));
  await expect(edit.getByLabel("Quantity")).toHaveValue("320");
  // Below what the contract already holds.
  await edit.getByLabel("Quantity").fill("250");
  await edit.getByLabel("Reason", { exact: true }).fill("Design change No. 1");
  await edit.getByRole("button", { name: "Save change" }).click();
  const belowContract = "Item 241062.300.000012: 300 is already contracted or billed; the quantity cannot go below it.";
  await expect(edit.getByRole("alert")).toHaveText(belowContract);
  await expect(edit.getByLabel("Quantity")).toHaveAccessibleDescription(endsWith(belowContract));
  await expect(edit.getByLabel("Quantity")).toHaveValue("250");
  await edit.getByLabel("Quantity").fill("320,0001");
  await edit.getByLabel("Reason", { exact: true }).fill("Design change No. 2");
  await edit.getByRole("button", { name: "Save change" }).click();
  await expect(edit.getByText("At most three digits after the comma.")).toBeVisible();
  await edit.getByLabel("Quantity").fill("320");
  await edit.getByRole("button", { name: "Save change" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${project.id}/estimate$`));
  await expect(page.getByRole("listitem").filter({ hasText: "Version 2" })).toContainText("Changed 241062.300.000012: 300 t × 410\u00A0000,00\u00A0₸ → 320 t × 410\u00A0000,00\u00A0₸.");
  await expect(page.getByRole("listitem").filter({ hasText: "Version 2" })).toContainText("Reason: Design change No. 2");

  const add = page.getByRole("form", { name: "Add an item" });
  await add.getByLabel("Code").fill("236310.100.000003");
  await add.getByLabel("Name").fill("Concrete again");
  await add.getByLabel("Product category").fill("23.63");
  await add.getByLabel("Unit", { exact: true }).selectOption("м3");
  await add.getByLabel("Quantity").fill("10");
  await add.getByLabel("Ceiling unit price, ₸").fill("30 000");
  await add.getByLabel("Reason", { exact: true }).fill("Design change No. 3");
  await add.getByRole("button", { name: "Add item" }).click();
  await expect(add.getByRole("alert")).toHaveText("The estimate already has an item with code 236310.100.000003.");
  await expect(add.getByLabel("Name")).toHaveValue("Concrete again");
  const versions = await prisma().estimateRevision.count({ where: { projectId: project.id } });
  expect(versions).toBe(2);

  // Rejecting an invoice needs a reason the contractor can read.
  await page.goto(`/invoices/${invoice.id}`);
  const reject = page.getByRole("form", { name: "Reject" });
  await reject.getByRole("button", { name: "Reject" }).click();
  await expect(reject.getByRole("alert")).toHaveText("Please correct the highlighted fields.");
  await expect(reject.getByLabel("Reason for rejection (the contractor sees it)")).toHaveAccessibleDescription("At least 5 characters.");
  await reject.getByLabel("Reason for rejection (the contractor sees it)").fill("   no ");
  await reject.getByRole("button", { name: "Reject" }).click();
  await expect(reject.getByLabel("Reason for rejection (the contractor sees it)")).toHaveAccessibleDescription("At least 5 characters.");
  await expect(reject.getByLabel("Reason for rejection (the contractor sees it)")).toHaveValue("   no ");
  expect((await prisma().invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("submitted");

  // Debarring the contractor needs a reason for the journal.
  await page.goto(`/contractors/${company.id}`);
  const debar = page.getByRole("form", { name: "Debar the company" });
  await debar.getByLabel("Reason").fill("bad");
  await debar.getByRole("button", { name: "Debar the company" }).click();
  await expect(debar.getByRole("alert")).toHaveText("Please correct the highlighted fields.");
  await expect(debar.getByLabel("Reason")).toHaveAccessibleDescription(/At least 5 characters\.$/);
  await expect(debar.getByLabel("Reason")).toHaveValue("bad");
  expect((await prisma().organization.findUniqueOrThrow({ where: { id: company.id } })).isDebarred).toBe(false);
});

test("another ministry's official gets 404 on the project's pages", async ({ page }) => {
  const project = await prisma().project.findFirstOrThrow({ where: { name: { startsWith: "School for 600 pupils" } } });
  const outsider = await makeUser("official");
  await signIn(page, outsider.email, PASSWORD);
  for (const path of ["", "/estimate", "/payments", "/documents", "/allocate"]) {
    const response = await page.goto(`/projects/${project.id}${path}`);
    expect(response?.status(), path).toBe(404);
  }
  const item = await prisma().estimateItem.findFirstOrThrow({ where: { projectId: project.id } });
  expect((await page.goto(`/projects/${project.id}/estimate/${item.id}`))?.status()).toBe(404);
});
