import Link from "next/link";
import type { TLocale } from "@/lib/i18n";
import type { TRelatedPartiesView } from "@/lib/contractors/related-parties-view";
import { ScrollArea } from "@/components/scroll-area";
import { TableSection } from "@/components/table-section";

const EDGE_STYLE: Record<string, { stroke: string; dash?: string }> = {
  director: { stroke: "#475569" },
  founder: { stroke: "#475569" },
  chief_accountant: { stroke: "#475569" },
  spouse: { stroke: "#b45309", dash: "6 4" },
  sibling: { stroke: "#b45309", dash: "6 4" },
  child: { stroke: "#b45309", dash: "6 4" },
  parent: { stroke: "#b45309", dash: "6 4" },
  address: { stroke: "#0f766e", dash: "2 3" },
  account: { stroke: "#7c3aed", dash: "2 3" },
};
const NODE_FILL: Record<string, string> = { company: "#eff6ff", person: "#f8fafc", address: "#f0fdfa", account: "#f5f3ff" };

/**
 * A company's related parties drawn as SVG (decision 0231): boxes that never overlap (lib/contractors/
 * related-parties-layout.ts), each a focusable stop (companies are links to their pages), edges hidden from assistive
 * technology because the table under the drawing states every one of them.
 */
export function RelatedPartiesGraph({ view, locale }: { view: TRelatedPartiesView; locale: TLocale }) {
  const { layout } = view;
  return (
    <section id="related-parties" aria-labelledby="related-parties-title" className="card space-y-4 p-5">
      <div>
        <h2 id="related-parties-title" className="text-lg font-semibold text-slate-900">
          {view.title}
        </h2>
        <p className="text-sm text-slate-600">{view.intro}</p>
      </div>
      {view.empty ? (
        <p className="text-sm text-slate-500">{view.empty}</p>
      ) : (
        <>
          {view.truncated ? <p className="text-sm text-amber-800">{view.truncated}</p> : null}
          <ScrollArea className="overflow-x-auto rounded-md border border-slate-200" label={view.scrollLabel}>
            <svg width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`} role="group" aria-label={view.graphLabel} className="related-parties-graph block">
              <g aria-hidden="true" fill="none" strokeWidth={1.5}>
                {layout.edges.map((e, i) => (
                  <path key={`${e.from}|${e.to}|${i}`} d={e.path} stroke={EDGE_STYLE[e.kind]?.stroke ?? "#64748b"} strokeDasharray={EDGE_STYLE[e.kind]?.dash} />
                ))}
              </g>
              {layout.nodes.map((n) => {
                const box = (
                  <>
                    <title>{n.fullLabel}</title>
                    <rect x={n.x} y={n.y} width={n.width} height={n.height} rx={6} fill={NODE_FILL[n.kind]} stroke={n.isDebarred ? "#b91c1c" : n.isCentre ? "#1d4ed8" : "#94a3b8"} strokeWidth={n.isCentre || n.isDebarred ? 2 : 1} />
                    <text x={n.x + 8} y={n.y + (n.sublabel ? 18 : 27)} fontSize={13} fontWeight={n.isCentre ? 600 : 500} fill="#0f172a">
                      {n.label}
                    </text>
                    {n.sublabel ? (
                      <text x={n.x + 8} y={n.y + 35} fontSize={11} fill={n.isDebarred ? "#b91c1c" : "#475569"}>
                        {n.sublabel}
                      </text>
                    ) : null}
                  </>
                );
                return n.href ? (
                  <a key={n.key} href={n.href} aria-label={n.ariaLabel} className="graph-node">
                    {box}
                  </a>
                ) : (
                  <g key={n.key} tabIndex={0} role="img" aria-label={n.ariaLabel} className="graph-node">
                    {box}
                  </g>
                );
              })}
            </svg>
          </ScrollArea>
        </>
      )}
      {view.rows.length ? (
        <TableSection
          id="related-parties-table"
          level={3}
          title={view.caption}
          table={{
            locale,
            rows: view.rows,
            rowKey: (r) => r.key,
            empty: null,
            columns: [
              { key: "party", header: view.columns.party, cell: (r) => (r.partyHref ? <Link href={r.partyHref} className="text-brand-700 hover:underline">{r.party}</Link> : r.party) },
              { key: "relation", header: view.columns.relation, cell: (r) => r.relation },
              { key: "to", header: view.columns.to, cell: (r) => (r.toHref ? <Link href={r.toHref} className="text-brand-700 hover:underline">{r.to}</Link> : r.to) },
              { key: "links", header: view.columns.links, cell: (r) => (r.trace ? <Link href={r.trace} className="text-brand-700 hover:underline">{view.traceLabel}</Link> : null) },
            ],
          }}
        />
      ) : null}
    </section>
  );
}
