import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";

// Issue 19's journeys (e2e/journeys/*.spec.ts): a full-page screenshot at each meaningful step, for a person to look
// at, never compared. `shot(page, "official", "01-home")` writes test-results/journeys/official/01-home.png; a
// language other than English adds its suffix (…/01-home.ru.png), so the three runs of one journey lie side by side.

export const JOURNEY_VIEWPORT = { width: 1366, height: 768 };

const ROOT = path.resolve("test-results", "journeys");

export async function shot(page: Page, role: string, name: string, options: { fullPage?: boolean } = {}) {
  // Settled first: no request in flight, fonts loaded, nothing half-drawn.
  await page.waitForLoadState("networkidle").catch(() => undefined);
  await page.evaluate(() => document.fonts?.ready).catch(() => undefined);
  const lang = (await page.locator("html").getAttribute("lang").catch(() => null)) ?? "en";
  const dir = path.join(ROOT, role);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}${lang === "en" ? "" : `.${lang}`}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  return file;
}

/** Nothing in the page scrolls sideways: the document, and every table's own scroll container. */
export async function expectNoSidewaysScroll(page: Page, what: string) {
  const wide = await page.evaluate(() => {
    const found: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1) found.push(`page ${doc.scrollWidth} > ${doc.clientWidth}`);
    for (const table of Array.from(document.querySelectorAll("main table"))) {
      const box = table.parentElement!;
      if (box.scrollWidth > box.clientWidth + 1) found.push(`table «${table.getAttribute("aria-label") ?? table.querySelector("th")?.textContent ?? "?"}» ${box.scrollWidth} > ${box.clientWidth}`);
    }
    return found;
  });
  expect(wide, `${what}: something scrolls sideways`).toEqual([]);
}

/** The labels of an SVG chart (its <text> elements) do not overlap one another. */
export async function expectLabelsApart(chart: Locator) {
  const overlaps = await chart.evaluate((root) => {
    const boxes = Array.from(root.querySelectorAll("text"))
      .map((t) => ({ text: t.textContent ?? "", r: t.getBoundingClientRect() }))
      .filter((b) => b.r.width > 0 && b.r.height > 0);
    const found: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        // A pixel of tolerance: glyph boxes of neighbouring lines may touch.
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) found.push(`«${boxes[i]!.text}» × «${boxes[j]!.text}»`);
      }
    return found;
  });
  expect(overlaps, "chart labels overlap").toEqual([]);
}
