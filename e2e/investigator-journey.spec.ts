import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { prisma } from "../lib/db";
import { settleFlagRefreshes } from "../lib/flags/refresh-flags";
import { approveInvoice } from "../lib/invoices/approve-invoice";
import { ChainVerifier } from "../lib/ledger/journal-chain";
import { readZip } from "../lib/zip";
import { buildWorld, concreteInvoice } from "../tests/support/ledger-fixtures";
import { makeUser, PASSWORD } from "./support/factories";
import { signIn } from "./support/session";

/**
 * A colour paid down two tiers, with companies named for this test (the demo seed shares the database), where the
 * subcontractor's founder directs the general contractor that pays it: a round trip.
 */
async function paidChain() {
  const w = await buildWorld();
  const stamp = Date.now().toString(36);
  await prisma().organization.update({ where: { id: w.general.id }, data: { name: `Stroy Invest ${stamp}` } });
  await prisma().organization.update({ where: { id: w.sub.id }, data: { name: `Beton Service ${stamp}` } });
  const director = await prisma().person.create({ data: { fullName: `Serik Abenov ${stamp}` } });
  await prisma().companyPerson.createMany({ data: [{ organizationId: w.general.id, personId: director.id, role: "director" }, { organizationId: w.sub.id, personId: director.id, role: "founder" }] });
  const first = await concreteInvoice(w, { quantity: 100, price: 30_000 });
  await approveInvoice({ actor: w.alice, invoiceId: first.id });
  const sub = await concreteInvoice(w, { sub: true, quantity: 40, price: 29_000 });
  await approveInvoice({ actor: w.gcUser, invoiceId: sub.id });
  await settleFlagRefreshes();
  return { w, general: `Stroy Invest ${stamp}`, supplier: `Beton Service ${stamp}` };
}

test("an investigator opens the top flag, follows the money to the related company, opens a case, freezes the colour and takes the evidence pack", async ({ page }) => {
  const { w, general, supplier } = await paidChain();
  const investigator = await makeUser("investigator");
  await signIn(page, investigator.email, PASSWORD);
  // The investigator's home is the ranked queue; narrowed to this test's company, its round trip is on top.
  await expect(page.getByRole("heading", { name: "Red flags", level: 1 })).toBeVisible();
  await page.getByRole("searchbox", { name: "Search flags" }).fill(w.sub.bin!);
  await page.getByRole("button", { name: "Search" }).click();
  const top = page.getByRole("row").nth(1);
  await expect(top).toContainText("Round-trip");
  await top.getByRole("link", { name: "Round-trip" }).click();
  await expect(page.getByRole("heading", { name: "Round-trip", level: 1 })).toBeVisible();

  await page.getByRole("link", { name: `Trace colour #${w.colour.id}` }).click();
  await expect(page.getByRole("heading", { name: `Forward trace: Colour #${w.colour.id}` })).toBeVisible();
  const chart = page.getByRole("figure", { name: "Flow of money" });
  await expect(chart).toBeVisible();
  const flows = page.getByRole("row").filter({ hasText: `${general}` }).filter({ hasText: supplier });
  await expect(flows.first()).toContainText("1\u00A0160\u00A0000,00\u00A0₸");

  // Click the subcontractor's node in the Sankey: the trace re-centres on it.
  await chart.locator("rect").filter({ has: page.locator("title", { hasText: supplier }) }).first().click();
  await expect(page.getByRole("heading", { name: `Forward trace: ${supplier}` })).toBeVisible();
  await page.getByRole("link", { name: "Backward", exact: true }).click();
  await expect(page.getByRole("heading", { name: `Backward trace: ${supplier}` })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: `School for 600 pupils, Almaty` }).filter({ hasText: general }).first()).toContainText("1\u00A0160\u00A0000,00\u00A0₸");

  await page.getByRole("link", { name: "Open a case from this" }).click();
  const open = page.getByRole("form", { name: "Open a case" });
  await expect(open).toContainText(`It starts with this evidence: Company ${supplier}.`);
  await open.getByLabel("Title").fill(`Supplier paid through ${general}`);
  await open.getByRole("button", { name: "Open case" }).click();
  await expect(page.getByRole("heading", { name: `Supplier paid through ${general}`, level: 1 })).toBeVisible();

  const freeze = page.getByRole("form", { name: "Freeze money" });
  await freeze.getByLabel("Reason").fill("Suspected pass-through, pending audit");
  await freeze.getByRole("button", { name: "Freeze", exact: true }).click();
  await expect(freeze.getByRole("status")).toHaveText(`colour #${w.colour.id} is frozen.`);
  await expect(page.getByText(`frozen: Suspected pass-through, pending audit`)).toBeVisible();
  const blocked = await concreteInvoice(w, { quantity: 1, price: 30_000 });
  await expect(approveInvoice({ actor: w.alice, invoiceId: blocked.id })).rejects.toMatchObject({ code: "COLOUR_FROZEN" });

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download evidence pack" }).click();
  const file = await (await download).path();
  const files = readZip(fs.readFileSync(file!));
  const verifier = new ChainVerifier();
  for (const line of files.get("journal.jsonl")!.toString().trim().split("\n")) {
    const e = JSON.parse(line);
    verifier.add({ chain: e.chain, seq: BigInt(e.seq), kind: e.kind, payload: e.payload, prevHash: e.prevHash, hash: e.hash });
  }
  expect(verifier.firstBroken).toBeNull();
  expect(verifier.chains().map((c) => c.chain)).toContain(w.colour.id);
  expect(files.get("journal.jsonl")!.toString()).toContain("Suspected pass-through, pending audit");

  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Journal" }).click();
  await expect(page.getByRole("status").filter({ hasText: "are intact" })).toBeVisible({ timeout: 30_000 });
});

for (const role of ["official", "contractor"] as const) {
  test(`trace, cases and the journal are not for a ${role}`, async ({ page }) => {
    const user = await makeUser(role);
    await signIn(page, user.email, PASSWORD);
    for (const path of ["/trace", "/cases", "/cases/1", "/journal", "/trace/export?subject=colour:1&direction=forward&format=json", "/cases/1/evidence", "/journal/verify"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
  });
}
