import type { TNames } from "../i18n";
// The trace as a graph of holders: pure functions over plain data, shared by the pages, the exports and the tests.

export type TNodeKind = "line" | "colour" | "project" | "company" | "exit" | "held";
/** `names`: a company's or project's name in its three languages (decision 0230), for the reader's own form. */
export type TTraceNode = { key: string; kind: TNodeKind; label: string; id: number | null; names?: TNames };
export type TTraceLink = { from: string; to: string; amountTiyn: bigint; transfers: number };

/** Adds flows into a link map, one link per (from, to). */
export class LinkSet {
  private readonly links = new Map<string, TTraceLink>();

  add(from: string, to: string, amountTiyn: bigint, transfers = 1) {
    if (amountTiyn === 0n || from === to) return;
    const key = `${from}\u0000${to}`;
    const link = this.links.get(key);
    if (link) {
      link.amountTiyn += amountTiyn;
      link.transfers += transfers;
    } else {
      this.links.set(key, { from, to, amountTiyn, transfers });
    }
  }

  /** Opposite flows between two holders (a reversal, money sent back) are netted: a trace shows where money is. */
  netted(): TTraceLink[] {
    const out: TTraceLink[] = [];
    const seen = new Set<string>();
    for (const [key, link] of this.links) {
      if (seen.has(key)) continue;
      const backKey = `${link.to}\u0000${link.from}`;
      const back = this.links.get(backKey);
      seen.add(key);
      if (!back) {
        out.push({ ...link });
        continue;
      }
      seen.add(backKey);
      const net = link.amountTiyn - back.amountTiyn;
      if (net > 0n) out.push({ ...link, amountTiyn: net, transfers: link.transfers + back.transfers });
      else if (net < 0n) out.push({ ...back, amountTiyn: -net, transfers: link.transfers + back.transfers });
    }
    return out.sort((a, b) => (a.amountTiyn === b.amountTiyn ? a.from.localeCompare(b.from) || a.to.localeCompare(b.to) : a.amountTiyn > b.amountTiyn ? -1 : 1));
  }
}

export type TSankey = {
  nodes: { name: string; key: string; kind: TNodeKind; depth: number; repeat: boolean }[];
  links: { source: number; target: number; value: number; amountTiyn: string }[];
  /** The trace's links the chart draws (within the depth), in the trace's order: what the flows table lists. */
  flows: TTraceLink[];
};

/**
 * Lays the graph out for a Sankey, which needs a graph without cycles: each node gets the depth of its first
 * appearance from the root(s); a link back to an earlier or equal depth (money returning up the chain — a
 * round trip) goes to a copy of the node one step further, marked as a repeat. Nodes deeper than `maxDepth` are cut.
 */
export function toSankey(nodes: readonly TTraceNode[], links: readonly TTraceLink[], roots: readonly string[], maxDepth: number): TSankey {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const depth = new Map<string, number>();
  const queue: string[] = [];
  const start = (key: string) => {
    depth.set(key, 0);
    queue.push(key);
  };
  for (const r of roots) if (byKey.has(r) && !depth.has(r)) start(r);
  const outgoing = new Map<string, TTraceLink[]>();
  for (const l of links) outgoing.set(l.from, [...(outgoing.get(l.from) ?? []), l]);
  // Roots that are not given (e.g. an upstream payer of a company's forward trace) start wherever nothing flows in.
  if (queue.length === 0) {
    const targets = new Set(links.map((l) => l.to));
    for (const n of nodes) if (!targets.has(n.key)) start(n.key);
  }
  while (queue.length) {
    const key = queue.shift()!;
    for (const l of outgoing.get(key) ?? []) {
      if (!depth.has(l.to)) {
        depth.set(l.to, depth.get(key)! + 1);
        queue.push(l.to);
      }
    }
  }
  const out: TSankey = { nodes: [], links: [], flows: [] };
  const index = new Map<string, number>();
  const nodeIndex = (key: string, d: number, repeat: boolean) => {
    const id = repeat ? `${key}@${d}` : key;
    let i = index.get(id);
    if (i === undefined) {
      const n = byKey.get(key)!;
      i = out.nodes.length;
      out.nodes.push({ name: repeat ? `${n.label} ↺` : n.label, key: n.key, kind: n.kind, depth: d, repeat });
      index.set(id, i);
    }
    return i;
  };
  for (const l of links) {
    const from = depth.get(l.from);
    const to = depth.get(l.to);
    if (from === undefined || to === undefined || from >= maxDepth) continue;
    const isBack = to <= from;
    if (!isBack && to > maxDepth) continue;
    const source = nodeIndex(l.from, from, false);
    const target = isBack ? nodeIndex(l.to, from + 1, true) : nodeIndex(l.to, to, false);
    out.links.push({ source, target, value: Number(l.amountTiyn) / 100, amountTiyn: l.amountTiyn.toString() });
    out.flows.push(l);
  }
  return out;
}
