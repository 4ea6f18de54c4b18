"use client";

import { useRouter } from "next/navigation";
import { useLayoutEffect, useRef, useState } from "react";
import { Layer, ResponsiveContainer, Sankey } from "recharts";
import { layoutLabels, requiredHeight, type TPlacedLabel, type TPlacedNode } from "@/lib/trace/label-layout";

export type TSankeyNode = { name: string; key: string; kind: string; href: string | null; amountText: string };
export type TSankeyLink = { source: number; target: number; value: number; amountText: string };

const COLOURS: Record<string, string> = {
  line: "#475569",
  colour: "#0f766e",
  project: "#0d9488",
  company: "#2563eb",
  exit: "#d97706",
  held: "#94a3b8",
};

const FONT = 12;
const LINE = 14;
const GAP = 4;
const MARGIN = 10;
const MIN_WIDTH = 720;

type TNodeProps = { x: number; y: number; width: number; height: number; index: number; payload: TSankeyNode & { value: number; depth: number } };
type TLinkProps = { sourceX: number; targetX: number; sourceY: number; targetY: number; sourceControlX: number; targetControlX: number; linkWidth: number; index: number };

/**
 * Where the money went, as bands whose width is the amount. Hovering a band or a node shows the exact amount;
 * clicking a node re-centres the trace on it. Chart scale only: the exact figures are in the table below it.
 */
export function SankeyChart({ nodes, links, label }: { nodes: (TSankeyNode & { depth: number })[]; links: TSankeyLink[]; label: string }) {
  const router = useRouter();
  const perColumn = new Map<number, number>();
  for (const n of nodes) perColumn.set(n.depth, (perColumn.get(n.depth) ?? 0) + 1);
  // Tall enough for the fullest column's labels to sit one under another (lib/trace/label-layout.ts).
  const height = Math.max(320, Math.min(900, nodes.length * 38), requiredHeight([...perColumn.values()], { lineHeight: LINE, gap: GAP, margin: MARGIN }));
  // Labels are placed after the Sankey has placed its nodes: the node renderer notes where each node is, and a
  // layout pass spreads each column's labels apart and cuts long names to their column's width.
  const placed = useRef(new Map<string, TPlacedNode>());
  // The container's width, once measured (and on every resize): the Sankey lays its nodes out again then.
  const [chartWidth, setChartWidth] = useState(0);
  const [labels, setLabels] = useState<Record<string, TPlacedLabel>>({});
  placed.current = new Map();
  // After the Sankey has drawn (its node positions are known only then), again on a resize or new data: the JSON
  // comparison stops the second pass, as the same nodes give the same labels.
  useLayoutEffect(() => {
    if (chartWidth === 0 || placed.current.size === 0) return;
    const next = Object.fromEntries(layoutLabels([...placed.current.values()], { chartWidth: Math.max(MIN_WIDTH, chartWidth), top: MARGIN, bottom: height - MARGIN, fontSize: FONT, lineHeight: LINE, gap: GAP, offset: 6 }).map((l) => [l.key, l]));
    if (JSON.stringify(next) !== JSON.stringify(labels)) setLabels(next);
  }, [chartWidth, height, nodes, links, labels]);
  const Node = ({ x, y, width: w, height: h, index, payload }: TNodeProps) => {
    placed.current.set(String(index), { key: String(index), name: payload.name, column: payload.depth, x, y, width: w, height: h });
    const placedLabel = labels[String(index)];
    return (
      <Layer>
        <rect
          x={x}
          y={y}
          width={w}
          height={Math.max(h, 2)}
          fill={COLOURS[payload.kind] ?? "#64748b"}
          fillOpacity={0.9}
          style={{ cursor: payload.href ? "pointer" : "default" }}
          onClick={() => payload.href && router.push(payload.href)}
        >
          <title>{`${payload.name}: ${payload.amountText}`}</title>
        </rect>
        {placedLabel && placedLabel.full === payload.name ? (
          <text x={placedLabel.x} y={placedLabel.y} textAnchor={placedLabel.anchor} dominantBaseline="middle" fontSize={FONT} fill="#0f172a">
            <title>{`${payload.name}: ${payload.amountText}`}</title>
            {placedLabel.text}
          </text>
        ) : null}
      </Layer>
    );
  };
  const Link = ({ sourceX, targetX, sourceY, targetY, sourceControlX, targetControlX, linkWidth, index }: TLinkProps) => (
    <path
      d={`M${sourceX},${sourceY} C${sourceControlX},${sourceY} ${targetControlX},${targetY} ${targetX},${targetY}`}
      fill="none"
      stroke="#0d9488"
      strokeOpacity={0.25}
      strokeWidth={Math.max(linkWidth, 1)}
    >
      <title>{`${nodes[links[index]!.source]?.name} → ${nodes[links[index]!.target]?.name}: ${links[index]!.amountText}`}</title>
    </path>
  );
  return (
    <figure aria-label={label} className="w-full overflow-x-auto">
      <ResponsiveContainer width="100%" height={height} minWidth={MIN_WIDTH} onResize={(width) => setChartWidth(width)}>
        <Sankey
          data={{ nodes, links }}
          node={Node as never}
          link={Link as never}
          nodePadding={24}
          nodeWidth={12}
          margin={{ top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN }}
          iterations={64}
        />
      </ResponsiveContainer>
    </figure>
  );
}
