import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { prisma } from "../lib/db";
import { approveInvoice } from "../lib/invoices/approve-invoice";
import { buildWorld, concreteInvoice } from "../tests/support/ledger-fixtures";
import { DEMO_PASSWORD } from "../prisma/seed/demo-logins";
import { makeUser, PASSWORD } from "./support/factories";
import { signIn } from "./support/session";

// The public portal is accessible (issue 16, WCAG 2.2 AA; decision 0174): axe-core finds no violation on any public
// page, a keyboard alone reaches search, a result and the download with focus always visible, and every page is
// usable 320 px wide (only tables scroll, inside their own container).

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
// Screenshots for a person to look at (not compared): set A11Y_SCREENSHOTS to a folder.
const SHOTS = process.env.A11Y_SCREENSHOTS;

type TWorld = Awaited<ReturnType<typeof makeWorld>>;

async function makeWorld() {
  const w = await buildWorld();
  const paid = await concreteInvoice(w, { quantity: 50 });
  await approveInvoice({ actor: w.alice, invoiceId: paid.id });
  await approveInvoice({ actor: w.bob, invoiceId: paid.id }).catch(() => undefined);
  const entry = await prisma().journalEntry.findFirstOrThrow({ where: { chain: w.colour.id }, orderBy: { seq: "desc" } });
  return { w, receipt: `/journal/receipts/${entry.chain}/${entry.seq}/view` };
}

/** Every public page, by a name for the report; the receipt view is checked signed in (it is not public). */
function publicPages({ w }: TWorld): [string, string][] {
  return [
    ["home", "/open"],
    ["region", `/open/regions/${encodeURIComponent(w.project.region)}`],
    ["ministry", `/open/ministries/${w.ministry.id}`],
    ["budget line", `/open/budget-lines/${w.line.id}`],
    ["project", `/open/projects/${w.project.id}`],
    ["company", `/open/companies/${w.general.bin}`],
    ["search", "/open/search"],
    ["search with a query", `/open/search?q=${encodeURIComponent(w.project.name)}`],
    ["search with nothing found", "/open/search?q=zzzz-nothing-zzzz"],
    ["open data", "/open/data"],
    ["school meals", "/open/meals"],
    ["school meals of a region", "/open/meals/almaty-city"],
    ["verify", "/open/verify"],
    ["not found", "/open/projects/2147483647"],
    ["not found outside the portal", "/no-such-page"],
  ];
}

async function expectNoAxeViolations(page: Page, name: string) {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(" | ")}`);
  // Soft: one run names every page's violations, not only the first page's.
  expect.soft(found, `axe on ${name} (${page.url()})`).toEqual([]);
}

async function shoot(page: Page, name: string, width: number) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name.replace(/\W+/g, "-")}-${width}.png`, fullPage: true });
}

test.use({ locale: "en-US", extraHTTPHeaders: { "accept-language": "en-US" } });

test.describe("a11y", () => {
  let world: TWorld;
  test.beforeAll(async () => {
    world = await makeWorld();
  });

  test("a11y: axe finds no WCAG 2.2 AA violation on any public page, in three languages", async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 1366, height: 900 });
    for (const [name, url] of publicPages(world)) {
      await page.goto(url);
      await expectNoAxeViolations(page, name);
      await shoot(page, name, 1366);
    }
    // The home's map of regions (decision 0176): a picture named by its text alternative, every region a tile with
    // its share printed on it, the world's region in a shaded one.
    await page.goto("/open");
    const map = page.getByRole("img", { name: /Tile map of Kazakhstan's 20 regions/ });
    await expect(map).toBeVisible();
    await expect(map.locator("g[data-region]")).toHaveCount(20);
    await expect(map.locator('g[data-level="0"]').first()).toContainText("—");
    // Russian and Kazakh set lang and their own words: the home page and a project in each.
    for (const locale of ["ru", "kk"]) {
      await page.context().addCookies([{ name: "aiqyn-locale", value: locale, url: new URL("/", page.url()).href }]);
      for (const url of ["/open", `/open/projects/${world.w.project.id}`]) {
        await page.goto(url);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expectNoAxeViolations(page, `${url} (${locale})`);
      }
    }
  });

  test("a11y: a journal receipt view has no axe violation", async ({ page }) => {
    const investigator = await makeUser("investigator");
    await signIn(page, investigator.email, PASSWORD);
    await page.goto(world.receipt);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, "receipt view");
  });

  test("a11y: the budget charts tell their series apart by hatching, not by colour alone", async ({ page }) => {
    await signIn(page, "official@minfin.gov.kz", DEMO_PASSWORD);
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto("/budget");
    const bars = page.locator(".recharts-bar-rectangle path");
    await expect(bars.first()).toBeVisible();
    const fills = new Set(await bars.evaluateAll((paths) => paths.map((p) => p.getAttribute("fill"))));
    expect([...fills].every((f) => f?.startsWith("url(#"))).toBe(true);
    expect(fills.size).toBeGreaterThanOrEqual(3);
    await shoot(page, "budget charts", 1366);
  });

  test("a11y: every public page fits 320 px without scrolling the page sideways, and axe finds nothing there either", async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 320, height: 800 });
    for (const [name, url] of publicPages(world)) {
      await page.goto(url);
      await shoot(page, name, 320);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect.soft(width, `${name} (${url}) is ${width}px wide`).toBeLessThanOrEqual(320);
      // Narrow, tables scroll inside their containers: those must be reachable by keyboard too.
      await expectNoAxeViolations(page, `${name} at 320 px`);
    }
  });

  test("a11y: a keyboard alone goes from the home page to a search result and its download, focus always visible", async ({ page }) => {
    test.setTimeout(120_000);
    const { w } = world;
    await page.goto("/open");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await expectFocusVisible(page);
    await page.keyboard.press("Enter");
    await expect(page.locator("main#main")).toBeFocused();
    // From the main content the next Tab lands inside it, not back in the header.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => !!document.activeElement?.closest("main"))).toBe(true);

    await page.keyboard.press("Shift+Tab");
    await tabTo(page, (el) => el.tagName === "A" && el.getAttribute("href") === "/open/search", { backwards: true });
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/open\/search$/);
    await tabTo(page, (el) => el.getAttribute("type") === "search");
    await page.keyboard.type(w.project.name);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/q=/);
    await expect(page.getByTestId("search-row").first()).toBeVisible();

    await tabTo(page, (el) => el.tagName === "A" && (el.textContent ?? "").includes("Download these rows (CSV)"));
    const download = await page.evaluate(() => document.activeElement?.getAttribute("href"));
    expect((await page.request.get(download!)).status()).toBe(200);
    await tabTo(page, (el, name) => el.tagName === "A" && (el.getAttribute("href") ?? "").startsWith("/open/projects/") && (el.textContent ?? "").includes(name), { arg: w.project.name });
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: w.project.name })).toBeVisible();
    await tabTo(page, (el) => el.tagName === "A" && (el.getAttribute("href") ?? "").startsWith("/open/companies/"));
  });
});

/** The focused element shows a focus indicator: an outline or a ring (box shadow). */
async function expectFocusVisible(page: Page) {
  const style = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    return { what: el.outerHTML.slice(0, 120), outline: s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2, ring: s.boxShadow !== "none" };
  });
  expect(style, "something has focus").not.toBeNull();
  expect(style!.outline || style!.ring, `focus visible on ${style!.what}`).toBe(true);
}

/** Tab (or Shift+Tab) until the focused element matches, checking at every stop that focus is visible. */
async function tabTo(page: Page, matches: (el: Element, arg: string) => boolean, { backwards = false, arg = "", max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    await expectFocusVisible(page);
    const source = `(${matches.toString()})(document.activeElement, ${JSON.stringify(arg)})`;
    if (await page.evaluate(source)) return;
  }
  throw new Error(`no element reached with ${max} presses of Tab`);
}
