import { describe, expect, it } from "vitest";
import { fitLabel, layoutGraph, MAX_LABEL_CHARS, type TLayoutInput } from "./related-parties-layout";

function graph(people: number, companiesEach: number, relativesEach = 0): TLayoutInput {
  const nodes: TLayoutInput["nodes"] = [{ key: "company:0", label: "Centre company with a rather long legal name LLP", sublabel: "BIN 150640012341" }];
  const edges: TLayoutInput["edges"] = [];
  let company = 1;
  for (let p = 0; p < people; p++) {
    nodes.push({ key: `person:${p}`, label: `Person number ${p} with a long patronymic`, sublabel: "••••••••1234" });
    edges.push({ from: `person:${p}`, to: "company:0" });
    for (let r = 0; r < relativesEach; r++) {
      const key = `person:r${p}-${r}`;
      nodes.push({ key, label: `Relative ${r}`, sublabel: null });
      edges.push({ from: key, to: `person:${p}` });
    }
    for (let c = 0; c < companiesEach; c++, company++) {
      nodes.push({ key: `company:${company}`, label: `Company ${company}`, sublabel: null });
      edges.push({ from: `person:${p}`, to: `company:${company}` });
    }
  }
  nodes.push({ key: "address:0", label: "Almaty, Abai avenue 10", sublabel: null });
  edges.push({ from: "company:0", to: "address:0" }, { from: "company:99", to: "address:0" });
  nodes.push({ key: "company:99", label: "Same address LLP", sublabel: null });
  if (people > 1) edges.push({ from: "person:0", to: "person:1" });
  return { nodes, edges, centre: "company:0" };
}

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe("layoutGraph", () => {
  it.each([
    [0, 0, 0],
    [1, 1, 0],
    [3, 4, 2],
    [12, 3, 3],
  ])("places %i people with %i companies and %i relatives each without overlaps, inside the drawing", (people, companies, relatives) => {
    const layout = layoutGraph(graph(people, companies, relatives));
    expect(layout.nodes).toHaveLength(graph(people, companies, relatives).nodes.length);
    for (const [i, a] of layout.nodes.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.y).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
      expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
      expect([...a.label].length).toBeLessThanOrEqual(MAX_LABEL_CHARS);
      for (const b of layout.nodes.slice(i + 1)) expect(overlap(a, b), `${a.key} and ${b.key}`).toBe(false);
    }
  });

  it("puts the company first, its people and address next, their companies and relatives after", () => {
    const layout = layoutGraph(graph(2, 1, 1));
    const column = Object.fromEntries(layout.nodes.map((n) => [n.key, n.column]));
    expect(column["company:0"]).toBe(0);
    expect([column["person:0"], column["address:0"]]).toEqual([1, 1]);
    expect([column["company:1"], column["person:r0-0"], column["company:99"]]).toEqual([2, 2, 2]);
    expect(layout.edges.every((e) => e.path.startsWith("M"))).toBe(true);
  });

  it("cuts long labels and keeps the full text", () => {
    expect(fitLabel("short")).toBe("short");
    const cut = fitLabel("Ministry of Enlightenment of the Republic of Kazakhstan");
    expect(cut.endsWith("…")).toBe(true);
    expect([...cut].length).toBeLessThanOrEqual(MAX_LABEL_CHARS);
    expect(layoutGraph(graph(1, 0)).nodes[0]!.fullLabel).toBe("Centre company with a rather long legal name LLP (BIN 150640012341)");
  });
});
