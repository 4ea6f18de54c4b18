import { expect, test } from "@playwright/test";
import { approveInvoice } from "../lib/invoices/approve-invoice";
import { prisma } from "../lib/db";
import { buildWorld, concreteInvoice, T } from "../tests/support/ledger-fixtures";
import { makeUser, PASSWORD } from "./support/factories";
import { signIn } from "./support/session";

// Issue 19 (decision 0153): the header on one line at 1366 px and usable at 320 px; the invoice queue's filters in
// the URL and a CSV of exactly the filtered rows.

test("the header shows every section at 1366 px (on a row of its own) and stays usable at 320 px", async ({ page }) => {
  const w = await buildWorld();
  const user = await makeUser("official", { organizationId: w.ministry.id });
  await page.setViewportSize({ width: 1366, height: 800 });
  await signIn(page, user.email, PASSWORD);
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  const links = nav.getByRole("link");
  await expect(links).toHaveCount(7);
  const tops = await links.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
  // Every section visible, none clipped (decision 0239): the last one ends inside the nav.
  const navBox = (await nav.boundingBox())!;
  const last = (await links.last().boundingBox())!;
  expect(last.x + last.width).toBeLessThanOrEqual(navBox.x + navBox.width);
  const header = await page.locator("header").boundingBox();
  expect(header!.height).toBeLessThan(120);
  await page.screenshot({ path: "/tmp/header-1366-en.png" });

  await page.setViewportSize({ width: 320, height: 700 });
  expect(await page.locator("header").evaluate((h) => h.scrollWidth)).toBeLessThanOrEqual(320);
  await nav.getByRole("link", { name: "Contracts" }).click();
  await expect(page).toHaveURL(/\/contracts$/);
  await page.getByTestId("account-menu").click();
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
  await page.screenshot({ path: "/tmp/header-320-en.png" });
});

test("an official filters the invoice queue by status, contractor, amount and day, and downloads the same rows", async ({ page }) => {
  const w = await buildWorld({ thresholdTiyn: T(2_000_000) });
  const user = await makeUser("official", { organizationId: w.ministry.id });
  const paid = await concreteInvoice(w, { quantity: 10, price: 30_000, now: new Date("2026-03-10T06:00:00Z") });
  const pending = await concreteInvoice(w, { quantity: 50, price: 31_000, now: new Date("2026-04-15T06:00:00Z") });
  await approveInvoice({ actor: w.alice, invoiceId: paid.id });
  const bin = (await prisma().organization.findUniqueOrThrow({ where: { id: w.general.id } })).bin!;

  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, user.email, PASSWORD);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Invoices" }).click();
  const row = (number: string) => page.getByRole("row").filter({ hasText: number });
  await expect(row(pending.number)).toBeVisible();
  await expect(row(paid.number)).toHaveCount(0);

  await page.getByLabel("Status").selectOption({ label: "Paid" });
  await page.getByLabel("Contractor", { exact: true }).fill(bin);
  await page.getByLabel("Amount from, ₸").fill("100 000");
  await page.getByLabel("Submitted from").fill("01.03.2026");
  await page.getByLabel("Submitted to").fill("31.03.2026");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/status=paid/);
  await expect(page).toHaveURL(/from=2026-03-01/);
  await expect(row(paid.number)).toContainText("Paid");
  await expect(row(pending.number)).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "pagination" })).toContainText("1 in total");
  await page.screenshot({ path: "/tmp/invoice-queue-filtered-en.png", fullPage: true });

  const href = await page.getByRole("link", { name: "Download CSV" }).getAttribute("href");
  const csv = await (await page.request.get(href!)).text();
  expect(csv.trim().split(/\r?\n/)).toHaveLength(2);
  expect(csv).toContain(paid.number);
  expect(csv).not.toContain(pending.number);

  // An amount that cannot be read is named and does not apply.
  await page.goto("/invoices?status=all&min=abc");
  await expect(page.getByText(/could not be read and does not apply: amount from/)).toBeVisible();
  await expect(row(paid.number)).toBeVisible();
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(row(paid.number)).toHaveCount(0);
});
