import { describe, expect, it } from "vitest";
import { LinkSet, toSankey, type TTraceNode } from "./graph";

const node = (key: string): TTraceNode => ({ key, kind: key.startsWith("exit") ? "exit" : "company", label: key.toUpperCase(), id: null });

describe("trace graph", () => {
  it("adds flows per pair and nets opposite ones", () => {
    const links = new LinkSet();
    links.add("p", "a", 100n);
    links.add("p", "a", 50n);
    links.add("a", "p", 20n);
    links.add("a", "b", 70n);
    links.add("b", "b", 5n);
    expect(links.netted()).toEqual([
      { from: "p", to: "a", amountTiyn: 130n, transfers: 3 },
      { from: "a", to: "b", amountTiyn: 70n, transfers: 1 },
    ]);
  });

  it("breaks a round trip into a repeated node one step further, and cuts at the depth asked", () => {
    const nodes = ["p", "a", "b", "exit:wages"].map(node);
    const links = [
      { from: "p", to: "a", amountTiyn: 1000n, transfers: 1 },
      { from: "a", to: "b", amountTiyn: 600n, transfers: 1 },
      { from: "b", to: "a", amountTiyn: 200n, transfers: 1 },
      { from: "b", to: "exit:wages", amountTiyn: 100n, transfers: 1 },
    ];
    const s = toSankey(nodes, links, ["p"], 5);
    expect(s.nodes.map((n) => [n.name, n.depth])).toEqual([
      ["P", 0],
      ["A", 1],
      ["B", 2],
      ["A ↺", 3],
      ["EXIT:WAGES", 3],
    ]);
    expect(s.links.map((l) => [l.source, l.target, l.value])).toEqual([
      [0, 1, 10],
      [1, 2, 6],
      [2, 3, 2],
      [2, 4, 1],
    ]);
    expect(s.flows).toEqual(links);
    const shallow = toSankey(nodes, links, ["p"], 1);
    expect(shallow.links).toHaveLength(1);
    // What the table lists is cut at the same depth as the chart.
    expect(shallow.flows).toEqual([links[0]]);
    expect(toSankey(nodes, links, ["p"], 2).flows).toEqual(links.slice(0, 2));
  });
});
