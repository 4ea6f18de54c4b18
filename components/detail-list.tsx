import type { ReactNode } from "react";

/**
 * A record's labelled details (a company's BIN and address, a contract's sums) as a <dl> grid of `Detail`s.
 * `className` sets the grid ("grid gap-4 sm:grid-cols-2" by default); FactList is the compact, uppercase-label card.
 */
export function DetailList({ className = "grid gap-4 sm:grid-cols-2", children }: { className?: string; children: ReactNode }) {
  return <dl className={className}>{children}</dl>;
}

/** One label over its value: `children`, or `figure` for an amount (set in tabular figures). */
export function Detail({ label, figure, children }: { label: string; figure?: string; children?: ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-sm text-slate-900">{figure != null ? <span className="tabular-nums">{figure}</span> : children}</dd>
    </div>
  );
}
