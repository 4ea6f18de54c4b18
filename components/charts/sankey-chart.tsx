"use client";

import { useRouter } from "next/navigation";
import { Layer, ResponsiveContainer, Sankey } from "recharts";

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

type TNodeProps = { x: number; y: number; width: number; height: number; index: number; payload: TSankeyNode & { value: number; depth: number } };
type TLinkProps = { sourceX: number; targetX: number; sourceY: number; targetY: number; sourceControlX: number; targetControlX: number; linkWidth: number; index: number };

/**
 * Where the money went, as bands whose width is the amount. Hovering a band or a node shows the exact amount;
 * clicking a node re-centres the trace on it. Chart scale only: the exact figures are in the table below it.
 */
export function SankeyChart({ nodes, links, label }: { nodes: (TSankeyNode & { depth: number })[]; links: TSankeyLink[]; label: string }) {
  const router = useRouter();
  const height = Math.max(320, Math.min(900, nodes.length * 38));
  const maxDepth = Math.max(0, ...nodes.map((n) => n.depth));
  const Node = ({ x, y, width: w, height: h, payload }: TNodeProps) => {
    // The last column's labels go to the left of the node, so they stay inside the chart.
    const isLast = payload.depth >= maxDepth && maxDepth > 0;
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
        <text x={isLast ? x - 6 : x + w + 6} y={y + h / 2} textAnchor={isLast ? "end" : "start"} dominantBaseline="middle" fontSize={12} fill="#0f172a">
          {payload.name.length > 42 ? `${payload.name.slice(0, 40)}…` : payload.name}
        </text>
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
      <ResponsiveContainer width="100%" height={height} minWidth={720}>
        <Sankey
          data={{ nodes, links }}
          node={Node as never}
          link={Link as never}
          nodePadding={24}
          nodeWidth={12}
          margin={{ top: 10, right: 10, bottom: 10, left: 10 }}
          iterations={64}
        />
      </ResponsiveContainer>
    </figure>
  );
}
