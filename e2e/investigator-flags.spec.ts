import { expect, test } from "@playwright/test";
import { prisma } from "../lib/db";
import { settleFlagRefreshes } from "../lib/flags/refresh-flags";
import { approveInvoice } from "../lib/invoices/approve-invoice";
import { buildWorld, concreteInvoice } from "../tests/support/ledger-fixtures";
import { makeUser, PASSWORD } from "./support/factories";
import { signIn } from "./support/session";

test("an investigator finds the round-trip flag of this test's payments at the top of the filtered queue and reads its evidence", async ({ page }) => {
  // A subcontractor whose founder directs the general contractor that pays it.
  const w = await buildWorld();
  const director = await prisma().person.create({ data: { fullName: `Serik Abenov ${Date.now()}` } });
  await prisma().companyPerson.createMany({ data: [{ organizationId: w.general.id, personId: director.id, role: "director" }, { organizationId: w.sub.id, personId: director.id, role: "founder" }] });
  await approveInvoice({ actor: w.alice, invoiceId: (await concreteInvoice(w, { quantity: 100, price: 30_000 })).id });
  const down = await concreteInvoice(w, { quantity: 100, price: 29_000, sub: true });
  const paid = await approveInvoice({ actor: w.gcUser, invoiceId: down.id });
  await settleFlagRefreshes();
  const investigator = await makeUser("investigator");

  await signIn(page, investigator.email, PASSWORD);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Red flags" }).click();
  await expect(page.getByRole("heading", { name: "Red flags", level: 1 })).toBeVisible();
  await page.getByRole("searchbox", { name: "Search flags" }).fill(w.sub.bin!);
  await page.getByLabel("Kind").selectOption({ label: "Round-trip" });
  await page.getByRole("button", { name: "Search" }).click();
  const top = page.getByRole("row").nth(1);
  await expect(top).toContainText(w.sub.bin!);
  await expect(top).toContainText("High");
  await top.getByRole("link", { name: "Round-trip" }).click();

  await expect(page.getByRole("heading", { name: "Round-trip", level: 1 })).toBeVisible();
  await expect(page.getByText("Money reached a company related to the company that paid it")).toBeVisible();
  await expect(page.getByText(`Almaty Stroy Invest LLP (the payer): shared director or founder — ${director.fullName}`)).toBeVisible();
  const transfers = page.getByRole("table", { name: "Transfers" });
  await expect(transfers.getByRole("row")).toHaveCount(2);
  await expect(transfers).toContainText("2\u00A0900\u00A0000,00\u00A0₸");
  await expect(page.getByRole("table", { name: "Invoices" })).toContainText(down.number);
  await expect(page.getByRole("table", { name: "Companies" })).toContainText(w.general.bin!);
  await expect(page.getByRole("table", { name: "People" })).toContainText(director.fullName);

  // An evidence payment opens its own trace; the depth control cuts the flows table as it cuts the chart.
  const flagUrl = page.url();
  await transfers.getByRole("link", { name: `Backward Transfer #${paid.transferId}` }).click();
  await expect(page.getByRole("heading", { name: `Backward trace: Transfer #${paid.transferId}` })).toBeVisible();
  const flows = page.getByRole("region", { name: "Flows between holders" });
  // Budget line → colour → project → general contractor → subcontractor.
  await expect(flows.getByRole("row")).toHaveCount(5);
  await page.getByLabel("Depth").selectOption("2");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(flows.getByRole("row")).toHaveCount(3);
  await expect(flows).toContainText("2 more flows lie deeper than depth 2");
  await page.goto(flagUrl);

  // Dismissed with a reason, it leaves the open queue.
  const review = page.getByRole("form", { name: "Dismiss flag" });
  await review.getByLabel("Why nothing is wrong here (kept with the flag)").fill("Director resigned before the subcontract");
  await review.getByRole("button", { name: "Dismiss flag" }).click();
  await expect(page.getByRole("form", { name: "Reopen flag" }).getByRole("status")).toContainText("dismissed");
  await expect(page.getByText("Director resigned before the subcontract")).toBeVisible();
  await page.goto(`/flags?kind=round_trip&q=${w.sub.bin}`);
  await expect(page.getByText("No flags match.")).toBeVisible();
});

for (const role of ["contractor", "official"] as const) {
  test(`the red flags look like they do not exist to ${role === "official" ? "an" : "a"} ${role}`, async ({ page }) => {
    const user = await makeUser(role);
    await signIn(page, user.email, PASSWORD);
    for (const path of ["/flags", "/flags/kinds", "/flags/risk", "/flags/1"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });
}
