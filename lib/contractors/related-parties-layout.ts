// Where each node of a related-parties graph is drawn (decision 0231). Pure, so that "no two nodes overlap and no
// label runs past its box" is a unit test, not a hope: nodes stand in columns by their distance from the company
// (its people, address and account; their other companies and relatives; the relatives' companies), each in a
// fixed-size box, one row apart; labels are cut to the box with the full text kept for the tooltip and the table.

export type TLayoutInput = { nodes: { key: string; label: string; sublabel: string | null }[]; edges: { from: string; to: string }[]; centre: string };
export type TPlacedNode = { key: string; x: number; y: number; width: number; height: number; column: number; label: string; sublabel: string | null; fullLabel: string };
export type TPlacedEdge = { from: string; to: string; path: string };
export type TLayout = { width: number; height: number; nodes: TPlacedNode[]; edges: TPlacedEdge[] };

export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 44;
const COLUMN_GAP = 70;
const ROW_GAP = 14;
const MARGIN = 12;
/** Characters that fit a box at the drawing's font size (13px, average glyph under 7px wide). */
export const MAX_LABEL_CHARS = 27;

/** A label cut to the box: whole when it fits, else its start and an ellipsis. */
export function fitLabel(text: string, max = MAX_LABEL_CHARS): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("").trimEnd()}…`;
}

/** Distance from the centre along the edges, either direction; nodes not reached stand one column past the last. */
function columnsOf(input: TLayoutInput): Map<string, number> {
  const next = new Map<string, string[]>();
  for (const e of input.edges) {
    next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
    next.set(e.to, [...(next.get(e.to) ?? []), e.from]);
  }
  const column = new Map<string, number>([[input.centre, 0]]);
  let frontier = [input.centre];
  while (frontier.length) {
    const after: string[] = [];
    for (const key of frontier) {
      for (const n of next.get(key) ?? []) {
        if (column.has(n)) continue;
        column.set(n, column.get(key)! + 1);
        after.push(n);
      }
    }
    frontier = after;
  }
  const last = Math.max(0, ...column.values());
  for (const n of input.nodes) if (!column.has(n.key)) column.set(n.key, last + 1);
  return column;
}

export function layoutGraph(input: TLayoutInput): TLayout {
  const column = columnsOf(input);
  const columns: string[][] = [];
  for (const n of input.nodes) (columns[column.get(n.key)!] ??= []).push(n.key);
  const row = new Map<string, number>();
  // Each column in the order of its neighbours in the column before (fewer crossings); ties keep the input order.
  columns.forEach((keys, c) => {
    if (c > 0) {
      const before = (key: string) => {
        const rows = input.edges.flatMap((e) => (e.from === key ? [e.to] : e.to === key ? [e.from] : [])).filter((k) => column.get(k) === c - 1).map((k) => row.get(k) ?? 0);
        return rows.length ? rows.reduce((a, b) => a + b, 0) / rows.length : Number.MAX_SAFE_INTEGER;
      };
      const order = new Map(keys.map((k, i) => [k, [before(k), i] as const]));
      keys.sort((a, b) => order.get(a)![0] - order.get(b)![0] || order.get(a)![1] - order.get(b)![1]);
    }
    keys.forEach((k, i) => row.set(k, i));
  });
  const tallest = Math.max(1, ...columns.map((keys) => keys?.length ?? 0));
  const height = MARGIN * 2 + tallest * NODE_HEIGHT + (tallest - 1) * ROW_GAP;
  const byKey = new Map(input.nodes.map((n) => [n.key, n]));
  const placed = new Map<string, TPlacedNode>();
  columns.forEach((keys, c) => {
    if (!keys) return;
    const own = keys.length * NODE_HEIGHT + (keys.length - 1) * ROW_GAP;
    const top = MARGIN + (height - MARGIN * 2 - own) / 2; // a shorter column is centred
    keys.forEach((key, i) => {
      const n = byKey.get(key)!;
      placed.set(key, {
        key,
        column: c,
        x: MARGIN + c * (NODE_WIDTH + COLUMN_GAP),
        y: Math.round(top + i * (NODE_HEIGHT + ROW_GAP)),
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        label: fitLabel(n.label),
        sublabel: n.sublabel === null ? null : fitLabel(n.sublabel),
        fullLabel: n.sublabel ? `${n.label} (${n.sublabel})` : n.label,
      });
    });
  });
  const edges = input.edges.flatMap((e) => {
    const a = placed.get(e.from);
    const b = placed.get(e.to);
    if (!a || !b) return [];
    const [left, right] = a.column <= b.column ? [a, b] : [b, a];
    if (left.column === right.column) {
      // Two nodes of one column (relatives who both work for the company): an arc out to the right of the column.
      const x = left.x + left.width;
      const bulge = x + Math.min(COLUMN_GAP - 10, 18 + Math.abs(right.y - left.y) / 6);
      return [{ from: e.from, to: e.to, path: `M${x},${left.y + left.height / 2} C${bulge},${left.y + left.height / 2} ${bulge},${right.y + right.height / 2} ${x},${right.y + right.height / 2}` }];
    }
    const x1 = left.x + left.width;
    const x2 = right.x;
    const y1 = left.y + left.height / 2;
    const y2 = right.y + right.height / 2;
    const mid = (x1 + x2) / 2;
    return [{ from: e.from, to: e.to, path: `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}` }];
  });
  const width = MARGIN * 2 + Math.max(1, columns.length) * NODE_WIDTH + Math.max(0, columns.length - 1) * COLUMN_GAP;
  return { width, height, nodes: [...placed.values()], edges };
}
