// Where a Sankey's labels go so that they never overlap (issue 19): per column, labels are pushed apart vertically
// with a minimum gap inside the chart's height (the chart grows when a column needs more), and a name longer than
// its column's width is cut with an ellipsis (the full name stays in the label's <title> and in the table). Pure.

export type TLabelBox = { key: string; x: number; y: number; width: number; height: number };

/** A text's width in px, estimated from its letters without a DOM (rather too wide than too narrow). */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (/[ilj.,:;'|!()[\]\s·]/.test(ch)) em += 0.34;
    else if (/[MWmwШЩЖЮФЫмшщжюфы@%]/.test(ch)) em += 0.92;
    else if (/[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9]/.test(ch)) em += 0.7;
    else em += 0.6;
  }
  return em * fontSize;
}

/** The name as it fits in maxWidth px: whole, or cut at a letter with "…" (nothing when not even "…" fits). */
export function truncateToWidth(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${chars.slice(0, mid).join("").trimEnd()}…`, fontSize) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  const cut = `${chars.slice(0, lo).join("").trimEnd()}…`;
  return textWidth(cut, fontSize) <= maxWidth ? cut : "";
}

/**
 * Centres for one column's labels, each as near its wanted centre as the others allow: sorted by wanted centre,
 * pushed down to keep `lineHeight + gap` apart, then pushed up to stay above `bottom`. When they cannot all fit
 * (the caller sizes the chart with requiredHeight so they do), they are spread evenly from `top`.
 */
export function spreadColumn(wanted: readonly { key: string; y: number }[], o: { top: number; bottom: number; lineHeight: number; gap: number }): Map<string, number> {
  const step = o.lineHeight + o.gap;
  const order = [...wanted].sort((a, b) => a.y - b.y || a.key.localeCompare(b.key));
  const ys = order.map((w) => w.y);
  const first = o.top + o.lineHeight / 2;
  const last = o.bottom - o.lineHeight / 2;
  for (let i = 0; i < ys.length; i++) ys[i] = Math.max(ys[i]!, i === 0 ? first : ys[i - 1]! + step);
  for (let i = ys.length - 1; i >= 0; i--) ys[i] = Math.min(ys[i]!, i === ys.length - 1 ? last : ys[i + 1]! - step);
  if (ys.length && ys[0]! < first) for (let i = 0; i < ys.length; i++) ys[i] = first + i * step;
  return new Map(order.map((w, i) => [w.key, ys[i]!]));
}

/** The chart height at which the fullest column's labels fit with their gaps. */
export function requiredHeight(labelsPerColumn: readonly number[], o: { lineHeight: number; gap: number; margin: number }): number {
  const most = Math.max(0, ...labelsPerColumn);
  return most === 0 ? 2 * o.margin : most * o.lineHeight + (most - 1) * o.gap + 2 * o.margin;
}

export type TPlacedNode = { key: string; name: string; column: number; x: number; y: number; width: number; height: number };
export type TPlacedLabel = { key: string; text: string; full: string; x: number; y: number; anchor: "start" | "end"; maxWidth: number };

/**
 * Every node's label: beside its node (to the left in the last column), centred as near the node as the column's
 * other labels allow, cut to the room between its column and the next (the last two columns share theirs).
 */
export function layoutLabels(
  nodes: readonly TPlacedNode[],
  o: { chartWidth: number; top: number; bottom: number; fontSize: number; lineHeight: number; gap: number; offset: number },
): TPlacedLabel[] {
  const columns = [...new Set(nodes.map((n) => n.column))].sort((a, b) => a - b);
  const lastColumn = columns.length > 1 ? columns[columns.length - 1]! : null;
  const columnX = new Map(columns.map((c) => [c, Math.min(...nodes.filter((n) => n.column === c).map((n) => n.x))]));
  const columnRight = new Map(columns.map((c) => [c, Math.max(...nodes.filter((n) => n.column === c).map((n) => n.x + n.width))]));
  const room = (c: number): number => {
    const i = columns.indexOf(c);
    if (c === lastColumn) {
      const previous = columns[i - 1]!;
      return (columnX.get(c)! - columnRight.get(previous)!) / 2 - 2 * o.offset;
    }
    const next = columns[i + 1];
    if (next === undefined) return o.chartWidth - columnRight.get(c)! - 2 * o.offset;
    const shared = next === lastColumn ? 2 : 1;
    return (columnX.get(next)! - columnRight.get(c)!) / shared - 2 * o.offset;
  };
  const out: TPlacedLabel[] = [];
  for (const c of columns) {
    const inColumn = nodes.filter((n) => n.column === c);
    const ys = spreadColumn(inColumn.map((n) => ({ key: n.key, y: n.y + n.height / 2 })), o);
    const maxWidth = Math.max(0, room(c));
    for (const n of inColumn) {
      const left = c === lastColumn;
      out.push({ key: n.key, full: n.name, text: truncateToWidth(n.name, maxWidth, o.fontSize), x: left ? n.x - o.offset : n.x + n.width + o.offset, y: ys.get(n.key)!, anchor: left ? "end" : "start", maxWidth });
    }
  }
  return out;
}

/** The box a placed label takes (for tests and for hit areas). */
export function labelBox(l: TPlacedLabel, fontSize: number, lineHeight: number): TLabelBox {
  const width = textWidth(l.text, fontSize);
  return { key: l.key, x: l.anchor === "end" ? l.x - width : l.x, y: l.y - lineHeight / 2, width, height: lineHeight };
}

export function boxesIntersect(a: TLabelBox, b: TLabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
