import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { setFreeze } from "../../lib/cases/set-freeze";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { saveInvoice } from "../../lib/invoices/save-invoice";
import { deriveNotifications } from "../../lib/notifications/derive-notifications";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-logins";
import { Q, T } from "../../tests/support/ledger-fixtures";
import { makeContractorWorld, PASSWORD } from "../support/factories";
import { JOURNEY_VIEWPORT, shot } from "../support/journey-shot";
import { signIn } from "../support/session";

// Issue 19, a supplier's (subcontractor's) day, on a world of its own: it invoices its subcontract through the form,
// its general contractor pays it, and the supplier is told, sees the money in the same colour and takes its payments
// away as CSV. Then the demo's supplier, read only.

test.use({ viewport: JOURNEY_VIEWPORT });

test.describe("journeys: supplier", () => {
  test("journeys: a supplier invoices its subcontract, is told when the general contractor pays, and takes its payments away", async ({ page }) => {
    test.slow();
    const w = await makeContractorWorld();
    // The general contractor holds money of the colour to pay with.
    const gc = await saveInvoice({ actor: w.gcUser, input: { contractId: w.contract.id, number: "GC-S1", kind: "work", issuedOn: new Date(), submissionKey: crypto.randomUUID(), intent: "submit", lines: [{ estimateItemId: w.items[0]!.id, quantityMilli: Q(100), unitPriceTiyn: T(30_000) }] } });
    await approveInvoice({ actor: w.alice, invoiceId: gc.id });

    await signIn(page, w.users.sub.email, PASSWORD);
    await expect(page).toHaveURL(/\/home$/);
    await shot(page, "supplier", "01-home");
    await page.goto("/company/contracts");
    await expect(page.getByRole("table", { name: "Contracts" })).toContainText("SC-1");
    await shot(page, "supplier", "02-contracts");
    await page.getByRole("link", { name: "SC-1" }).first().click();
    await expect(page.getByRole("heading", { name: "Contract SC-1" })).toBeVisible();
    await shot(page, "supplier", "03-subcontract");

    await page.getByRole("link", { name: "Invoice this contract" }).click();
    await page.getByLabel("Invoice number").fill("BS-J1");
    await page.getByLabel("Item of line 1").selectOption({ label: "236310.100.000003 · Ready-mixed concrete B25" });
    await page.getByLabel("Quantity of line 1").fill("40");
    await page.getByLabel("Unit price of line 1").fill("29 500");
    await page.getByRole("button", { name: "Submit for approval" }).click();
    await expect(page.getByRole("heading", { name: "Invoice BS-J1" })).toBeVisible();
    await expect(page.getByTestId("flash")).toContainText("Invoice saved.");
    await shot(page, "supplier", "04-invoice-submitted");
    const invoiceId = Number(new URL(page.url()).pathname.split("/").pop());

    // The general contractor approves and pays it (the contractor journey does it in the browser).
    await approveInvoice({ actor: w.gcUser, invoiceId });
    await deriveNotifications();
    await page.goto("/home");
    await expect(page.getByTestId("notification-count")).toBeVisible();
    await shot(page, "supplier", "05-home-after-payment");
    await page.getByTestId("notification-bell").click();
    await expect(page.getByTestId("notification-row").filter({ hasText: "Invoice BS-J1" })).toContainText("was approved and paid on");
    await shot(page, "supplier", "06-notifications");

    await page.goto("/company");
    const row = page.getByRole("table", { name: "Balances by colour" }).getByRole("row", { name: new RegExp(`Colour ${w.colour.id}(?!\\d)`) });
    await expect(row).toContainText("1\u00A0180\u00A0000,00\u00A0₸");
    await shot(page, "supplier", "07-dashboard");
    await page.goto("/company/history");
    const payment = page.getByRole("table", { name: "Payments" }).getByRole("row").filter({ hasText: "Invoice BS-J1" });
    await expect(payment).toContainText(w.general.name);
    await shot(page, "supplier", "08-payments");
    const csv = await page.request.get("/company/history/csv");
    expect(await csv.text()).toContain(`;in;payment;${w.colour.id};`);

    // An investigator freezes the supplier's account in the colour: the supplier is told it is frozen, never why.
    const reason = "Suspected kickbacks through the supplier, pending audit";
    await setFreeze({ actor: { ...SYSTEM_ACTOR, isSystem: false, role: "investigator", userId: 4242, name: "Askar" }, input: { colourId: w.colour.id, organizationId: w.sub.id, isFrozen: true, reason } });
    await deriveNotifications();
    await page.goto("/notifications");
    await expect(page.getByTestId("notification-row").filter({ hasText: "was frozen by an investigator" })).toContainText(`colour #${w.colour.id}`);
    await expect(page.locator("body")).not.toContainText("kickbacks");
    await shot(page, "supplier", "09-account-frozen");
  });

  test("journeys: the demo's supplier reads its home, subcontract, invoices and payments", async ({ page }) => {
    await signIn(page, "supplier@betonkz.kz", DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/home$/);
    await shot(page, "supplier-demo", "01-home");
    await page.goto("/company");
    await shot(page, "supplier-demo", "02-dashboard");
    await page.goto("/company/contracts");
    await page.getByRole("link", { name: "СП-0415/01" }).first().click();
    await expect(page.getByRole("heading", { name: "Contract СП-0415/01" })).toBeVisible();
    await shot(page, "supplier-demo", "03-subcontract");
    await page.goto("/company/invoices");
    await shot(page, "supplier-demo", "04-invoices");
    await page.goto("/company/history");
    await expect(page.getByRole("table", { name: "Payments" })).toContainText("БС-118");
    await shot(page, "supplier-demo", "05-payments");
  });
});
