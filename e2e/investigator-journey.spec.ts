import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
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
  // Every language's form renamed too: screens show the reader's form (decision 0236).
  const named = (name: string) => ({ name, nameRu: name, nameKk: name, nameEn: name });
  await prisma().organization.update({ where: { id: w.general.id }, data: named(`Stroy Invest ${stamp}`) });
  await prisma().organization.update({ where: { id: w.sub.id }, data: named(`Beton Service ${stamp}`) });
  const director = await prisma().person.create({ data: { fullName: `Serik Abenov ${stamp}` } });
  await prisma().companyPerson.createMany({ data: [{ organizationId: w.general.id, personId: director.id, role: "director" }, { organizationId: w.sub.id, personId: director.id, role: "founder" }] });
  const first = await concreteInvoice(w, { quantity: 100, price: 30_000 });
  await approveInvoice({ actor: w.alice, invoiceId: first.id });
  const sub = await concreteInvoice(w, { sub: true, quantity: 40, price: 29_000 });
  await approveInvoice({ actor: w.gcUser, invoiceId: sub.id });
  await settleFlagRefreshes();
  return { w, general: `Stroy Invest ${stamp}`, supplier: `Beton Service ${stamp}` };
}

test("an investigator opens the top flag, follows the money to the related company, opens a case from the flag, freezes the colour and takes the evidence pack, whose journal segment the CLI verifies", async ({ page }) => {
  // The whole investigation in one go, with a real CLI run and a full journal re-check at the end.
  test.slow();
  const { w, general, supplier } = await paidChain();
  const investigator = await makeUser("investigator");
  await signIn(page, investigator.email, PASSWORD);
  // Every role lands on its home (decision 0225); the ranked queue is one click away. Narrowed to this test's
  // company, its round trip is on top.
  await expect(page).toHaveURL(/\/home$/);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Red flags" }).click();
  await expect(page.getByRole("heading", { name: "Red flags", level: 1 })).toBeVisible();
  await page.getByRole("searchbox", { name: "Search flags" }).fill(w.sub.bin!);
  await page.getByRole("button", { name: "Search" }).click();
  const top = page.getByRole("row").nth(1);
  await expect(top).toContainText("Round-trip");
  await top.getByRole("link", { name: "Round-trip" }).click();
  await expect(page.getByRole("heading", { name: "Round-trip", level: 1 })).toBeVisible();
  const flagUrl = page.url();
  const flagId = /\/flags\/(\d+)/.exec(flagUrl)![1]!;
  const flag = await prisma().flag.findUniqueOrThrow({ where: { id: Number(flagId) } });
  expect(flag).toMatchObject({ kind: "round_trip", colourId: w.colour.id, companyId: w.sub.id });
  const evidence = (flag.evidence as { transfers: string[] }).transfers;
  expect(evidence).toHaveLength(1);

  // Follow the money: the colour's Sankey, then a click on the related company's node re-centres on it.
  await page.getByRole("link", { name: `Trace colour #${w.colour.id}` }).click();
  await expect(page.getByRole("heading", { name: `Forward trace: Colour #${w.colour.id}` })).toBeVisible();
  const chart = page.getByRole("figure", { name: "Flow of money" });
  await expect(chart).toBeVisible();
  const flows = page.getByRole("row").filter({ hasText: `${general}` }).filter({ hasText: supplier });
  await expect(flows.first()).toContainText("1\u00A0160\u00A0000,00\u00A0₸");
  await chart.locator("rect").filter({ has: page.locator("title", { hasText: supplier }) }).first().click();
  await expect(page.getByRole("heading", { name: `Forward trace: ${supplier}` })).toBeVisible();
  await page.getByRole("link", { name: "Backward", exact: true }).click();
  await expect(page.getByRole("heading", { name: `Backward trace: ${supplier}` })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: `School for 600 pupils, Almaty` }).filter({ hasText: general }).first()).toContainText("1\u00A0160\u00A0000,00\u00A0₸");

  // Back to the flag, and open the case from it.
  await page.goto(flagUrl);
  await page.getByRole("link", { name: "Open a case from this flag" }).click();
  const open = page.getByRole("form", { name: "Open a case" });
  await expect(open).toContainText(`It starts with this evidence: Flag #${flagId} · Round-trip · ${supplier}.`);
  await open.getByLabel("Title").fill(`Round trip through ${supplier}`);
  await open.getByRole("button", { name: "Open case" }).click();
  await expect(page.getByRole("heading", { name: `Round trip through ${supplier}`, level: 1 })).toBeVisible();
  const caseUrl = page.url();

  // The company the money led to goes into the case too: found by its BIN and chosen, not typed as a record number.
  await page.getByRole("combobox", { name: "Find evidence" }).fill(w.sub.bin!);
  await page.getByRole("listbox", { name: "Find evidence" }).getByRole("option").filter({ hasText: supplier }).click();
  await expect(page.getByTestId("evidence-chosen")).toContainText(`Company ${supplier}`);
  const attach = page.getByRole("form", { name: "Attach evidence" });
  await attach.getByLabel("Note").fill("Reached through the Sankey");
  await attach.getByRole("button", { name: "Attach evidence" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Reached through the Sankey" })).toContainText(supplier);

  // Submitted before the freeze (a frozen colour takes no new invoices), approved after it.
  const blocked = await concreteInvoice(w, { quantity: 1, price: 30_000 });
  // The flag's colour is what the freeze offers.
  const freeze = page.getByRole("form", { name: "Freeze money" });
  await expect(freeze.getByLabel("Colour")).toHaveValue(String(w.colour.id));
  await freeze.getByLabel("Reason").fill("Suspected round trip, pending audit");
  await freeze.getByRole("button", { name: "Freeze", exact: true }).click();
  await expect(freeze.getByRole("status")).toHaveText(`Colour #${w.colour.id} is frozen.`);
  await expect(page.getByText(`frozen: Suspected round trip, pending audit`)).toBeVisible();
  await expect(approveInvoice({ actor: w.alice, invoiceId: blocked.id })).rejects.toMatchObject({ code: "COLOUR_FROZEN" });

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download evidence pack" }).click();
  const files = readZip(fs.readFileSync((await (await download).path())!));
  // The flag's payment, the traces of its colour and of the company, the colour's chain with the freeze.
  expect(files.get("transfers.csv")!.toString()).toContain(`\n${evidence[0]},`);
  const traces = JSON.parse(files.get("trace.json")!.toString()) as { item: string; trace: { links: unknown[] } }[];
  expect(traces.map((t) => t.item)).toEqual([`flag:${flagId}`, `company:${w.sub.id}`, `company:${w.sub.id}`]);
  expect(traces.every((t) => t.trace.links.length > 0)).toBe(true);
  const journal = files.get("journal.jsonl")!.toString();
  expect(journal).toContain("Suspected round trip, pending audit");
  const verifier = new ChainVerifier();
  for (const line of journal.trim().split("\n")) {
    const e = JSON.parse(line);
    verifier.add({ chain: e.chain, seq: BigInt(e.seq), kind: e.kind, payload: e.payload, prevHash: e.prevHash, hash: e.hash });
  }
  expect(verifier.firstBroken).toBeNull();
  expect(verifier.chains().map((c) => c.chain)).toEqual([w.colour.id]);
  expect(files.get("README.txt")!.toString()).toContain("npm run journal:verify -- --file");

  // The journal segment verifies offline with the real command, as the README says.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aiqyn-evidence-"));
  fs.writeFileSync(path.join(dir, "journal.jsonl"), journal);
  const head = verifier.chains()[0]!;
  const verified = spawnSync("npm", ["run", "journal:verify", "--", "--file", path.join(dir, "journal.jsonl")], { encoding: "utf8", timeout: 60_000 });
  expect(verified.status, `${verified.stdout}${verified.stderr}`).toBe(0);
  expect(verified.stdout).toContain("all hashes and links intact");
  expect(verified.stdout).toContain(`chain ${w.colour.id}: head entry ${head.seq}, hash ${head.hash}, from genesis`);
  const heads = JSON.parse(files.get("heads.json")!.toString()) as { chains: { chain: number; seq: string; hash: string }[] };
  expect(heads.chains).toEqual([{ chain: w.colour.id, seq: head.seq.toString(), hash: head.hash }]);

  await page.goto(caseUrl);
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
