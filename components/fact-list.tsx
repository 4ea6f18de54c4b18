/**
 * A card of short labelled facts (status, dates, sums) in a grid: `[label, value]` pairs. `grid` sets the columns
 * per screen width ("sm:grid-cols-2 lg:grid-cols-4" by default).
 */
export function FactList({ facts, grid = "sm:grid-cols-2 lg:grid-cols-4" }: { facts: [string, string][]; grid?: string }) {
  return (
    <dl className={`card mb-6 grid gap-x-6 gap-y-3 p-4 text-sm ${grid}`}>
      {facts.map(([k, v]) => (
        <div key={k}>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{k}</dt>
          <dd className="mt-0.5">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
