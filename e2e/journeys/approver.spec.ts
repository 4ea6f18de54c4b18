import { expect, test } from "@playwright/test";
import { prisma } from "../../lib/db";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { deriveNotifications } from "../../lib/notifications/derive-notifications";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-logins";
import { buildWorld, concreteInvoice, T, unscreenedInvoice } from "../../tests/support/ledger-fixtures";
import { makeUser, PASSWORD } from "../support/factories";
import { JOURNEY_VIEWPORT, shot } from "../support/journey-shot";
import { signIn } from "../support/session";

// Issue 19, the second approver's day, on a ministry of its own (buildWorld): the home and the bell say what waits,
// the notification opens the invoice, the second approval pays it; an invoice the rules refuse cannot be approved
// and is rejected with a reason; the queue filters paid, rejected and all and downloads them; the payment prints as
// a payment order.

test.use({ viewport: JOURNEY_VIEWPORT });

test.describe("journeys: approver", () => {
  test("journeys: the second approver is told what waits, pays it, rejects what the rules refuse, and prints the payment order", async ({ page }) => {
    test.slow();
    const w = await buildWorld({ thresholdTiyn: T(2_000_000) });
    const approver = await makeUser("official", { organizationId: w.ministry.id, name: `Yerlan Approver ${Date.now() % 100_000}` });
    const good = await concreteInvoice(w, { quantity: 100, price: 30_000 }); // 3 000 000 ₸: two approvals
    await approveInvoice({ actor: w.alice, invoiceId: good.id });
    const bad = await unscreenedInvoice(w, { quantity: 10, price: 33_000 }); // above the 32 000 ₸ ceiling
    await deriveNotifications();

    await signIn(page, approver.email, PASSWORD);
    await expect(page).toHaveURL(/\/home$/);
    const todos = page.getByTestId("home-todos");
    await expect(todos).toContainText(/2 invoices wait for your decision/);
    await expect(page.getByTestId("notification-count")).toBeVisible();
    await shot(page, "approver", "01-home");

    await page.getByTestId("notification-bell").click();
    await expect(page).toHaveURL(/\/notifications/);
    const note = page.getByTestId("notification-row").filter({ hasText: `Invoice ${good.number}` });
    await expect(note).toContainText("waits for your decision");
    await shot(page, "approver", "02-notifications");

    // The notification opens the invoice (and is read from then on).
    await note.getByRole("button", { name: "Open" }).click();
    await expect(page.getByRole("heading", { name: `Invoice ${good.number}` })).toBeVisible();
    await expect(page.getByText("Approving now pays 3\u00A0000\u00A0000,00\u00A0₸ from the colour at once.")).toBeVisible();
    await shot(page, "approver", "03-invoice-second-approval");
    await page.getByRole("button", { name: "Approve" }).click();
    await expect(page.getByRole("form", { name: "Approve" }).getByRole("status")).toHaveText(`Invoice ${good.number} approved and paid.`);
    await shot(page, "approver", "04-approved-and-paid");

    // The rules refuse the other one: "Approve" is held back, with why; it is rejected with a reason.
    await page.goto("/invoices?show=waiting");
    await expect(page.getByRole("link", { name: good.number, exact: true })).toHaveCount(0);
    await shot(page, "approver", "05-queue-waiting-for-me");
    await page.getByRole("link", { name: bad.number, exact: true }).click();
    await expect(page.getByRole("button", { name: "Approve" })).toBeDisabled();
    await expect(page.getByRole("form", { name: "Approve" }).getByText("The rules refuse this invoice as it stands")).toBeVisible();
    await shot(page, "approver", "06-refused-by-the-rules");
    const refused = { documentType: "invoice", documentId: BigInt(bad.id) };
    const attemptsBefore = await prisma().refusedAttempt.count({ where: refused });
    await page.getByLabel("Reason for rejection (the contractor sees it)").fill("Unit price above the estimate ceiling");
    await page.getByRole("button", { name: "Reject" }).click();
    await expect(page.getByRole("form", { name: "Reject" }).getByRole("status")).toHaveText(`Invoice ${bad.number} rejected.`);
    await shot(page, "approver", "07-rejected");
    // Holding "Approve" back means no refused attempt was recorded by trying.
    expect(await prisma().refusedAttempt.count({ where: refused })).toBe(attemptsBefore);

    // The queue: paid, rejected, all — each in the address, each downloadable as shown.
    await page.goto(`/invoices?project=${w.project.id}`);
    for (const [status, label, shown, hidden] of [
      ["paid", "Paid", good.number, bad.number],
      ["rejected", "Rejected", bad.number, good.number],
      ["all", "All statuses", good.number, null],
    ] as const) {
      await page.getByLabel("Status").selectOption({ label });
      await page.getByRole("button", { name: "Search" }).click();
      await expect(page).toHaveURL(new RegExp(`status=${status}`));
      await expect(page.getByRole("link", { name: shown, exact: true })).toBeVisible();
      if (hidden) await expect(page.getByRole("link", { name: hidden, exact: true })).toHaveCount(0);
      await shot(page, "approver", `08-queue-${status}`);
      const href = await page.getByRole("link", { name: "Download CSV" }).getAttribute("href");
      const csv = await (await page.request.get(href!)).text();
      expect(csv).toContain(shown);
      if (hidden) expect(csv).not.toContain(hidden);
    }

    // The payment, from the project's timeline, as a payment order to print.
    await page.goto(`/projects/${w.project.id}/payments`);
    await expect(page.getByRole("row").filter({ hasText: `Invoice ${good.number}` })).toBeVisible();
    await shot(page, "approver", "09-project-payments");
    await page.getByRole("row").filter({ hasText: `Invoice ${good.number}` }).getByRole("link", { name: /^Payment order №\d+$/ }).click();
    await expect(page.getByRole("heading", { name: /^Payment order №\d+$/ })).toBeVisible();
    await expect(page.locator("main")).toContainText("3\u00A0000\u00A0000,00\u00A0₸");
    await expect(page.locator("main")).toContainText(w.general.name);
    await page.emulateMedia({ media: "print" });
    await shot(page, "approver", "10-payment-order-print");
  });

  test("journeys: the demo's second approver reads what waits for them, without deciding it", async ({ page }) => {
    await signIn(page, "approver@minfin.gov.kz", DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByRole("heading", { name: "What to do" })).toBeVisible();
    await shot(page, "approver-demo", "01-home");
    await page.goto("/invoices?show=waiting&q=%D0%A1%D0%A4-000");
    await expect(page.getByRole("link", { name: "СФ-0004", exact: true })).toBeVisible();
    await shot(page, "approver-demo", "02-waiting-for-me");
    await page.getByRole("link", { name: "СФ-0004", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Invoice СФ-0004" })).toBeVisible();
    await shot(page, "approver-demo", "03-invoice");
  });
});
