import { expect, test, type Page } from "@playwright/test";
import { prisma } from "../../lib/db";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-logins";
import { JOURNEY_VIEWPORT, shot } from "../support/journey-shot";
import { signIn } from "../support/session";

// Issue 19: the official's and the general contractor's pages in Russian and in Kazakh (the language switch's
// cookie), on the demo, with a screenshot of each for a person to read: the page's language is set, no message key
// is printed raw, and the names of things come in the reader's language where they have one.

test.use({ viewport: JOURNEY_VIEWPORT });

/** No catalogue key printed instead of its text (e.g. "homeBoard.todoTitle"). */
async function expectNoRawKeys(page: Page) {
  const text = await page.locator("main").innerText();
  expect(text).not.toMatch(/\b[a-z]+[A-Z][a-zA-Z]*\.[a-z][a-zA-Z]*(\.[a-zA-Z]+)*\b/);
}

async function inLanguage(page: Page, locale: "ru" | "kk") {
  await page.context().addCookies([{ name: "aiqyn-locale", value: locale, url: new URL("/", page.url()).href }]);
}

for (const locale of ["ru", "kk"] as const) {
  test.describe(`journeys: languages (${locale})`, () => {
    test(`journeys: the Ministry of Finance official's pages in ${locale}`, async ({ page }) => {
      test.slow();
      const project = await prisma().project.findFirstOrThrow({ where: { name: { startsWith: "School for 600 pupils, Nauryzbay" } }, include: { colours: true } });
      await signIn(page, "official@minfin.gov.kz", DEMO_PASSWORD);
      await inLanguage(page, locale);
      const pages: [string, string][] = [
        ["01-home", "/home"],
        ["02-notifications", "/notifications"],
        ["03-budget-lines", "/budget"],
        ["04-project", `/projects/${project.id}`],
        ["05-estimate", `/projects/${project.id}/estimate`],
        ["06-payments", `/projects/${project.id}/payments`],
        ["07-statement", `/colours/${project.colours[0]!.id}/statement`],
        ["08-allocation-form", `/projects/${project.id}/allocate`],
        ["09-invoice-queue", "/invoices?status=all&q=%D0%A1%D0%A4-000"],
        ["10-registry", "/contractors?q=150640012341"],
        ["11-search", `/search?q=${encodeURIComponent("Almaty Stroy")}`],
        ["12-meal-programmes", "/school-meals"],
      ];
      for (const [name, path] of pages) {
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expectNoRawKeys(page);
        await shot(page, "languages-official", name);
      }
    });

    test(`journeys: the demo's general contractor's pages in ${locale}`, async ({ page }) => {
      await signIn(page, "contractor@almatystroy.kz", DEMO_PASSWORD);
      await inLanguage(page, locale);
      for (const [name, path] of [
        ["01-home", "/home"],
        ["02-dashboard", "/company"],
        ["03-contracts", "/company/contracts"],
        ["04-invoices", "/company/invoices"],
        ["05-payments", "/company/history"],
      ] as const) {
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expectNoRawKeys(page);
        await shot(page, "languages-contractor", name);
      }
    });
  });
}
