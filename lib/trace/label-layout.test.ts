import { describe, expect, it } from "vitest";
import { boxesIntersect, labelBox, layoutLabels, requiredHeight, spreadColumn, textWidth, truncateToWidth, type TPlacedNode } from "./label-layout";

const FONT = 12;
const LINE = 14;
const GAP = 4;
const MARGIN = 10;

/** Nodes in columns at x = 10 + column × spacing, packed as a Sankey packs them: thin, often at nearly one y. */
function nodes(perColumn: readonly number[], o: { spacing: number; height: number; name?: (c: number, i: number) => string; bunched?: boolean }): TPlacedNode[] {
  return perColumn.flatMap((count, column) =>
    Array.from({ length: count }, (_, i) => ({
      key: `${column}:${i}`,
      name: o.name?.(column, i) ?? `Company ${column}-${i} LLP`,
      column,
      x: 10 + column * o.spacing,
      y: o.bunched ? o.height / 2 + i * 0.5 : MARGIN + (i * (o.height - 2 * MARGIN)) / Math.max(1, count),
      width: 12,
      height: o.bunched ? 1 : 2,
    })),
  );
}

describe("Sankey labels never overlap", () => {
  it.each([
    ["30 nodes in one column", [30], 300, false],
    ["30 bunched nodes in one column", [30], 300, true],
    ["the school trace: 1, 2, 4, 3", [1, 2, 4, 3], 220, true],
    ["the road trace with long names", [1, 1, 6, 8], 220, true],
    ["60 nodes over five columns", [2, 10, 30, 12, 6], 180, true],
    ["two columns of 40", [40, 40], 400, true],
  ])("%s", (_name, perColumn, spacing, bunched) => {
    const height = Math.max(320, requiredHeight(perColumn, { lineHeight: LINE, gap: GAP, margin: MARGIN }));
    const chartWidth = 10 + Math.max(1, perColumn.length - 1) * spacing + 12 + 10;
    const placed = nodes(perColumn, { spacing, height, bunched, name: (c, i) => (i % 2 ? `Still held: Almaty Stroy Invest LLP ${c}-${i}` : `Beton Service KZ LLP ${c}-${i}`) });
    const labels = layoutLabels(placed, { chartWidth, top: MARGIN, bottom: height - MARGIN, fontSize: FONT, lineHeight: LINE, gap: GAP, offset: 6 });
    expect(labels).toHaveLength(placed.length);
    const boxes = labels.map((l) => labelBox(l, FONT, LINE));
    for (let i = 0; i < boxes.length; i++) {
      expect(boxes[i]!.y).toBeGreaterThanOrEqual(MARGIN);
      expect(boxes[i]!.y + LINE).toBeLessThanOrEqual(height - MARGIN + 1e-9);
      expect(boxes[i]!.x).toBeGreaterThanOrEqual(0);
      expect(boxes[i]!.x + boxes[i]!.width).toBeLessThanOrEqual(chartWidth + 1e-9);
      for (let j = i + 1; j < boxes.length; j++) expect(boxesIntersect(boxes[i]!, boxes[j]!), `${labels[i]!.text} / ${labels[j]!.text}`).toBe(false);
    }
  });

  it("keeps a label at its node when there is room", () => {
    const ys = spreadColumn([{ key: "a", y: 50 }, { key: "b", y: 150 }], { top: 10, bottom: 310, lineHeight: LINE, gap: GAP });
    expect([ys.get("a"), ys.get("b")]).toEqual([50, 150]);
  });

  it.each([
    ["two at one y", [{ key: "a", y: 100 }, { key: "b", y: 100 }], [100, 118]],
    ["one at the bottom edge", [{ key: "a", y: 309 }], [303]],
    ["one above the top", [{ key: "a", y: 0 }], [17]],
  ])("pushes apart %s", (_name, wanted, expected) => {
    const ys = spreadColumn(wanted, { top: 10, bottom: 310, lineHeight: LINE, gap: GAP });
    expect(wanted.map((w) => ys.get(w.key))).toEqual(expected);
  });

  it.each([
    [[30], 30 * 14 + 29 * 4 + 20],
    [[1, 3, 2], 3 * 14 + 2 * 4 + 20],
    [[], 20],
  ])("grows the chart for %j labels in a column", (perColumn, height) => expect(requiredHeight(perColumn, { lineHeight: LINE, gap: GAP, margin: MARGIN })).toBe(height));
});

describe("truncation", () => {
  it.each([
    ["Beton Service KZ LLP", 400],
    ["Still held: Almaty Stroy Invest LLP", 120],
    ["Товарищество с ограниченной ответственностью «Алматы Строй Инвест»", 150],
    ["WWWWWWWWWWWWWWWWWWWWWWWWWWWWWW", 60],
    ["Short", 5],
    ["Short", 12],
  ])("%j keeps within %i px", (name, width) => {
    const text = truncateToWidth(name, width, FONT);
    expect(textWidth(text, FONT)).toBeLessThanOrEqual(width);
    if (text !== name && text !== "") expect(text.endsWith("…")).toBe(true);
    expect(name.startsWith(text.replace(/…$/, ""))).toBe(true);
  });

  it("leaves a name that fits whole", () => expect(truncateToWidth("Beton Service KZ LLP", 400, FONT)).toBe("Beton Service KZ LLP"));
});
