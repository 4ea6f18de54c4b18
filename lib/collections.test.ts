import { describe, expect, it } from "vitest";
import { groupBy, inPages } from "./collections";

describe("groupBy", () => {
  it("keeps the rows' order within a group and the keys' first appearance between groups", () => {
    const groups = groupBy([{ k: "b", v: 1 }, { k: "a", v: 2 }, { k: "b", v: 3 }], (r) => r.k);
    expect([...groups.keys()]).toEqual(["b", "a"]);
    expect(groups.get("b")!.map((r) => r.v)).toEqual([1, 3]);
  });
});

describe("inPages", () => {
  const table = Array.from({ length: 23 }, (_, i) => ({ id: 3 * i + 1 }));
  const page = (asked: { after: number; size: number }[]) => async (after: number, size: number) => {
    asked.push({ after, size });
    return table.filter((r) => r.id > after).slice(0, size);
  };

  it.each([
    { size: 5, pages: 5 },
    { size: 23, pages: 2 },
    { size: 100, pages: 1 },
  ])("reads every row once, in id order, $size rows a page ($pages reads)", async ({ size, pages }) => {
    const asked: { after: number; size: number }[] = [];
    expect(await inPages(page(asked), size)).toEqual(table);
    expect(asked).toHaveLength(pages);
    expect(asked[0]).toEqual({ after: 0, size });
  });

  it("reads an empty table once", async () => {
    const asked: { after: number; size: number }[] = [];
    expect(await inPages(async (after, size) => (asked.push({ after, size }), []), 10)).toEqual([]);
    expect(asked).toHaveLength(1);
  });
});
