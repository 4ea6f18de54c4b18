import fs from "node:fs";
import { expect, test } from "@playwright/test";
import type { TActor } from "../../lib/actor";
import { assignCase, openCase } from "../../lib/cases/manage-case";
import { prisma } from "../../lib/db";
import { settleFlagRefreshes } from "../../lib/flags/refresh-flags";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { deriveNotifications } from "../../lib/notifications/derive-notifications";
import { readZip } from "../../lib/zip";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-logins";
import { buildWorld, concreteInvoice } from "../../tests/support/ledger-fixtures";
import { makeUser } from "../support/factories";
import { expectLabelsApart, JOURNEY_VIEWPORT, shot } from "../support/journey-shot";
import { signIn } from "../support/session";

// Issue 19, an investigator's day, signed in as the demo's investigator: a colleague hands over a case (the home
// and the notifications say so), one search finds a company, an invoice and a payment, every record opens read-only
// with its way on to the trace, flags and cases, the company's related parties are drawn as a graph, the Sankey's
// labels stay apart (on this test's chain and on the demo's colour), evidence is chosen by search, and the case
// report prints. The chain is this test's own (a round trip: the supplier's founder directs the payer); the demo
// investigator only gains a case, which no other spec reads.

test.use({ viewport: JOURNEY_VIEWPORT });

async function roundTrip() {
  const w = await buildWorld();
  const stamp = Date.now().toString(36);
  const general = `Stroy Invest ${stamp} LLP`;
  const supplier = `Beton Service ${stamp} LLP`;
  // Every language's form of the name (the pages read the reader's, decision 0230).
  await prisma().organization.update({ where: { id: w.general.id }, data: { name: general, nameEn: general, nameRu: null, nameKk: null } });
  await prisma().organization.update({ where: { id: w.sub.id }, data: { name: supplier, nameEn: supplier, nameRu: null, nameKk: null } });
  const director = await prisma().person.create({ data: { fullName: `Serik Abenov ${stamp}` } });
  await prisma().companyPerson.createMany({ data: [{ organizationId: w.general.id, personId: director.id, role: "director" }, { organizationId: w.sub.id, personId: director.id, role: "founder" }] });
  const first = await concreteInvoice(w, { quantity: 100, price: 30_000 });
  const paid = await approveInvoice({ actor: w.alice, invoiceId: first.id });
  const sub = await concreteInvoice(w, { sub: true, quantity: 40, price: 29_000 });
  await approveInvoice({ actor: w.gcUser, invoiceId: sub.id });
  await settleFlagRefreshes();
  return { w, general, supplier, first, transferId: paid.transferId, director: director.fullName };
}

test.describe("journeys: investigator", () => {
  test("journeys: an investigator takes over a case, searches every record, reads them with their links, follows the money and prints the case report", async ({ page }) => {
    test.slow();
    const { w, general, supplier, first, transferId, director } = await roundTrip();
    const me = await prisma().user.findUniqueOrThrow({ where: { email: "investigator@anticorruption.gov.kz" } });
    const other = await makeUser("investigator", { name: `Dana Colleague ${Date.now() % 100_000}` });
    const colleague: TActor = { userId: other.id, role: "investigator", name: other.name, email: other.email, organizationId: other.organizationId, organizationKind: "agency", organizationName: null, isFinance: false };
    const title = `Round trip through ${supplier}`;
    const handed = await openCase({ actor: colleague, input: { title } });
    await assignCase({ actor: colleague, caseId: handed.id, assigneeId: me.id });
    await deriveNotifications();

    await signIn(page, me.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByRole("heading", { name: "New high-severity flags" })).toBeVisible();
    await expect(page.getByRole("link", { name: title }).first()).toBeVisible();
    await shot(page, "investigator", "01-home");

    await page.getByTestId("notification-bell").click();
    await expect(page.getByTestId("notification-row").filter({ hasText: `case #${handed.id}` })).toContainText(`assigned case #${handed.id} «${title}» to you`);
    await shot(page, "investigator", "02-notifications");

    // One search across every record: a company by BIN, an invoice by number, a payment by transfer number.
    await page.goto(`/search?q=${w.sub.bin}`);
    await expect(page.getByRole("link", { name: supplier }).first()).toBeVisible();
    await shot(page, "investigator", "03-search-company");
    await page.goto(`/search?q=${encodeURIComponent(first.number)}`);
    await expect(page.getByRole("link", { name: first.number }).first()).toBeVisible();
    await shot(page, "investigator", "04-search-invoice");
    await page.goto(`/search?q=${encodeURIComponent(`#${transferId}`)}`);
    await expect(page.getByRole("link", { name: `Transfer #${transferId}` }).first()).toBeVisible();
    await shot(page, "investigator", "05-search-payment");

    // The company: read-only, its ways on, and its related parties as a graph (the shared director, the payer).
    await page.goto(`/contractors/${w.sub.id}`);
    await expect(page.getByRole("heading", { name: supplier, level: 1 })).toBeVisible();
    const investigate = page.getByRole("navigation", { name: "Investigate" });
    await expect(investigate.getByRole("link", { name: "Trace forward" })).toBeVisible();
    await expect(page.locator("svg.related-parties-graph")).toBeVisible();
    await expect(page.locator("#related-parties")).toContainText(director);
    await expect(page.locator("#related-parties")).toContainText(general);
    await shot(page, "investigator", "06-company-related-parties");

    await investigate.getByRole("link", { name: "Flags of the company" }).click();
    await expect(page.getByRole("heading", { name: "Red flags", level: 1 })).toBeVisible();
    await shot(page, "investigator", "07-company-flags");
    await page.getByRole("link", { name: "Round-trip" }).first().click();
    await expect(page.getByRole("heading", { name: "Round-trip", level: 1 })).toBeVisible();
    await shot(page, "investigator", "08-flag");

    // The project, the contract and the invoice open (no 404), read-only, each with its trace, flags and cases.
    for (const [name, path] of [
      ["09-project", `/projects/${w.project.id}`],
      ["10-contract", `/contracts/${w.contract.id}`],
      ["11-invoice", `/invoices/${first.id}`],
    ] as const) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByText("Read-only: the Anti-Corruption Service sees this record and changes nothing here.")).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Investigate" }).getByRole("link").first()).toBeVisible();
      await shot(page, "investigator", name);
    }

    // The money's path: the labels of the Sankey never overlap, on this chain and on the demo's colour.
    await page.goto(`/trace?subject=colour:${w.colour.id}&direction=forward`);
    const chart = page.getByRole("figure", { name: "Flow of money" });
    await expect(chart).toBeVisible();
    await expectLabelsApart(chart.locator("svg").first());
    await shot(page, "investigator", "12-trace");
    const demoColour = await prisma().colour.findFirstOrThrow({ where: { project: { name: { startsWith: "School for 600 pupils, Nauryzbay" } } } });
    await page.goto(`/trace?subject=colour:${demoColour.id}&direction=forward`);
    await expect(chart).toBeVisible();
    await expectLabelsApart(chart.locator("svg").first());
    await shot(page, "investigator", "13-trace-demo-colour");

    // The case: evidence chosen by search, not typed as a record number; the report prints.
    await page.goto(`/cases/${handed.id}`);
    await page.getByRole("combobox", { name: "Find evidence" }).fill(w.sub.bin!);
    await page.getByRole("listbox", { name: "Find evidence" }).getByRole("option").filter({ hasText: supplier }).click();
    const attach = page.getByRole("form", { name: "Attach evidence" });
    await attach.getByLabel("Note").fill("Founder directs the payer");
    await attach.getByRole("button", { name: "Attach evidence" }).click();
    await expect(page.getByRole("row").filter({ hasText: "Founder directs the payer" })).toContainText(supplier);
    await shot(page, "investigator", "14-case");

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download evidence pack" }).click();
    const pack = await download;
    expect(pack.suggestedFilename()).toMatch(new RegExp(`^aiqyn-case-${handed.id}-\\d{4}-\\d{2}-\\d{2}\\.zip$`));
    const files = readZip(fs.readFileSync((await pack.path())!));
    expect(files.has("transfers.csv")).toBe(true);

    await page.getByRole("link", { name: "Case report (print)" }).click();
    await expect(page.getByRole("heading", { name: `Case report №${handed.id}` })).toBeVisible();
    await expect(page.locator("main")).toContainText(supplier);
    await shot(page, "investigator", "15-case-report");
    await page.emulateMedia({ media: "print" });
    await shot(page, "investigator", "16-case-report-print");
  });
});
