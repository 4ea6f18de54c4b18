import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { makeBin } from "../lib/kz/bin";
import { makeIban } from "../lib/kz/iban";
import { prisma } from "../lib/db";
import { makeIin } from "../lib/kz/iin";
import { buildWorld, type TWorld } from "../tests/support/ledger-fixtures";
import { makeOrganization, makeUser, PASSWORD } from "./support/factories";
import { signIn } from "./support/session";

const nav = (page: Page) => page.getByRole("navigation", { name: "Main navigation" });

/**
 * Opens the new-contract form for the world's colour, the way an official gets there, and chooses the contractor
 * (decision 0228): by typing its name and picking the suggestion, or — `by: "results"` — by submitting the search
 * and choosing from the results step, as without JavaScript. The preview shows the company before saving.
 */
async function openNewContract(page: Page, w: TWorld, contractor: { name: string; bin: string }, by: "suggestion" | "results" = "suggestion") {
  await nav(page).getByRole("link", { name: "Contracts" }).click();
  await page.getByRole("link", { name: "New contract" }).click();
  const picker = page.getByRole("form", { name: "Allocation (colour)" });
  await picker.getByLabel("Allocation (colour)").selectOption({ value: String(w.colour.id) });
  await picker.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText(`Colour ${w.colour.id} of «${w.project.name}»`)).toBeVisible();
  const find = page.getByRole("combobox", { name: "Find the contractor" });
  if (by === "suggestion") {
    await find.fill(contractor.name);
    await page.getByRole("option").filter({ hasText: contractor.name }).click();
  } else {
    await find.fill(contractor.bin);
    await page.getByRole("search", { name: "Find the contractor" }).getByRole("button", { name: "Search" }).click();
    await page.getByRole("link", { name: `Choose ${contractor.name}` }).click();
  }
  const preview = page.getByTestId("contractor-preview");
  await expect(preview).toContainText(contractor.name);
  await expect(preview).toContainText(contractor.bin);
  return page.getByRole("form", { name: "New general contract" });
}

test("contractor registry: an official registers a company with its people, finds it by BIN, debars it, and cannot sign with it", async ({ page }) => {
  const w = await buildWorld();
  // A company with no contract yet: only the Ministry of Finance, which keeps the register, may debar it (decision 0069).
  const finance = await prisma().organization.findFirstOrThrow({ where: { kind: "ministry", isFinance: true } });
  const official = await makeUser("official", { organizationId: finance.id });
  const serial = crypto.randomInt(0, 90000);
  const bin = makeBin(24, 3, serial);
  const name = `Kyzyl Zhol Build ${serial} LLP`;
  const iban = makeIban("601", `E${String(serial).padStart(12, "0")}`);
  await signIn(page, official.email, PASSWORD);

  await nav(page).getByRole("link", { name: "Contractors" }).click();
  await page.getByRole("link", { name: "Register a company" }).click();
  const form = page.getByRole("form", { name: "Register a company" });
  await form.getByLabel("BIN").fill(bin);
  await form.getByLabel("State registration date").fill("18.03.2024");
  await form.getByLabel("Name (English or as registered)").fill(name);
  await form.getByLabel("Name in Russian").fill(`ТОО «Кызыл Жол Билд ${serial}»`);
  await form.getByLabel("Legal address").fill("Kyzylorda, Aiteke Bi st. 27");
  await form.getByLabel("Region", { exact: true }).selectOption({ label: "Kyzylorda region" });
  await form.getByLabel("IBAN").fill(iban.slice(0, 19) + (iban.endsWith("0") ? "1" : "0"));
  const director = form.getByRole("group", { name: "Person 1" });
  await director.getByLabel("Full name").fill("Askar Muratuly Zhaksylykov");
  await director.getByLabel("IIN").fill(makeIin("790614", 3, serial % 9000));
  const founder = form.getByRole("group", { name: "Person 2" });
  await expect(founder.getByLabel("Role")).toHaveValue("founder");
  await founder.getByLabel("Full name").fill("Madina Serikovna Zhaksylykova");
  await founder.getByLabel("IIN").fill("791028302729");
  await founder.getByLabel("Share, %").fill("100");
  await form.getByRole("button", { name: "Register a company" }).click();
  await expect(form.getByRole("alert").first()).toHaveText("Please correct the highlighted fields.");
  await expect(form.getByText("The IBAN's check digits do not match: check the number.")).toBeVisible();
  await expect(form.getByText("The check digit (the 12th) does not match: check the number.")).toBeVisible();
  await expect(form.getByLabel("Name (English or as registered)")).toHaveValue(name);

  await form.getByLabel("IBAN").fill(iban);
  await form.getByRole("group", { name: "Person 2" }).getByLabel("IIN").fill(makeIin("810220", 4, serial % 9000));
  await form.getByRole("button", { name: "Register a company" }).click();
  await expect(page.getByRole("status")).toHaveText(`«${name}» (BIN ${bin}) registered with 2 people.`);
  await expect(page.getByRole("row").filter({ hasText: "Askar Muratuly Zhaksylykov" }).first()).toContainText("Director");
  await expect(page.getByRole("row").filter({ hasText: "Madina Serikovna Zhaksylykova" }).first()).toContainText("100,0");

  await nav(page).getByRole("link", { name: "Contractors" }).click();
  await page.getByRole("searchbox", { name: "Search the registry" }).fill(bin);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("row")).toHaveCount(2);
  await page.getByRole("link", { name }).click();

  const debar = page.getByRole("form", { name: "Debar the company" });
  await debar.getByLabel("Reason").fill("Court ruling No. 2-311/2026: false documents in a tender");
  await debar.getByRole("button", { name: "Debar the company" }).click();
  await expect(page.getByRole("status")).toHaveText(new RegExp(`^«${name}» is debarred\\. Journal entry \\d+ of chain 0\\.$`));
  await expect(page.getByText("Reason: Court ruling No. 2-311/2026: false documents in a tender")).toBeVisible();

  // Chosen through the results step (as without JavaScript): the preview already says it will be refused.
  const contract = await openNewContract(page, w, { name, bin }, "results");
  const preview = page.getByTestId("contractor-preview");
  await expect(preview).toContainText("Askar Muratuly Zhaksylykov");
  await expect(preview).toContainText(/Debarred since \d\d\.\d\d\.\d{4}: the contract will be refused\./);
  await contract.getByLabel("Contract number").fill(`D-${serial}`);
  await contract.getByLabel("Contract value, ₸").fill("300 000");
  await contract.getByLabel(/^Include 236310\.100\.000003/).check();
  await contract.getByLabel("Contract quantity of 236310.100.000003").fill("10");
  await contract.getByRole("button", { name: "Save the contract" }).click();
  const refusal = new RegExp(`^«${name}» \\(BIN ${bin}\\) is debarred since \\d\\d\\.\\d\\d\\.\\d{4} and may not sign contracts\\. Reason: Court ruling No\\. 2-311/2026: false documents in a tender$`);
  await expect(contract.getByRole("alert")).toHaveText(refusal);
  await expect(contract.getByLabel("Contract number")).toHaveValue(`D-${serial}`);
});

test("contractor registry: an official signs a contract over estimate items and finds it on the list", async ({ page }) => {
  const w = await buildWorld();
  const official = await makeUser("official", { organizationId: w.ministry.id });
  const company = await makeOrganization("company", `Temir Armatura ${crypto.randomInt(0, 1e6)} LLP`);
  const number = `E2E-${crypto.randomBytes(3).toString("hex")}`;
  await signIn(page, official.email, PASSWORD);

  const form = await openNewContract(page, w, { name: company.name, bin: company.bin! });
  await form.getByLabel("Contract number").fill(number);
  await form.getByLabel("Contract value, ₸").fill("1 975 000");
  await form.getByLabel(/^Include 241062\.300\.000012/).check();
  await form.getByLabel("Contract quantity of 241062.300.000012").fill("151");
  await form.getByLabel("Contract ceiling unit price of 241062.300.000012").fill("395 000");
  await form.getByRole("button", { name: "Save the contract" }).click();
  await expect(form.getByRole("alert")).toHaveText("At most the estimate's 150 t.");
  await expect(form.getByLabel("Contract quantity of 241062.300.000012")).toHaveValue("151");

  await form.getByLabel("Contract quantity of 241062.300.000012").fill("5");
  await form.getByRole("button", { name: "Save the contract" }).click();
  await expect(page.getByRole("status")).toHaveText(`Contract ${number} with «${company.name}» saved.`);
  await expect(page.getByRole("heading", { name: `Contract ${number}` })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "241062.300.000012" })).toContainText("5\u00A0t");

  await nav(page).getByRole("link", { name: "Contracts" }).click();
  await page.getByRole("searchbox", { name: "Search contracts" }).fill(company.bin!);
  await page.getByRole("button", { name: "Search" }).click();
  const row = page.getByRole("row").filter({ hasText: number });
  await expect(row).toContainText(company.name);
  await expect(row).toContainText(w.project.name);
  await expect(row).toContainText("1\u00A0975\u00A0000,00\u00A0₸");
  await expect(row).toContainText("Active");

  await page.getByRole("link", { name: "Subcontracts" }).click();
  await expect(page.getByRole("row").filter({ hasText: "SC-1" })).toContainText("800\u00A0000\u00A0000,00\u00A0₸");
});

for (const role of ["contractor", "admin"] as const) {
  test(`contractor registry and contracts are not for a ${role}`, async ({ page }) => {
    const user = await makeUser(role);
    await signIn(page, user.email, PASSWORD);
    for (const path of ["/contractors", "/contractors/new", "/contractors/1", "/contracts", "/contracts/new", "/contracts/1"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    await expect(nav(page).getByRole("link", { name: "Contractors" })).toHaveCount(0);
  });
}

test("an investigator reads the registry and the contracts, and writes neither", async ({ page }) => {
  const user = await makeUser("investigator");
  await signIn(page, user.email, PASSWORD);
  for (const path of ["/contractors/new", "/contracts/new"]) expect((await page.goto(path))?.status(), path).toBe(404);
  for (const path of ["/contractors", "/contracts"]) expect((await page.goto(path))?.status(), path).toBe(200);
  await expect(nav(page).getByRole("link", { name: "Contractors" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New contract" })).toHaveCount(0);
});
