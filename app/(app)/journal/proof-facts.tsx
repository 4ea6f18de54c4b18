/**
 * A journal record's facts, label above value (a publication, an entry, a checkpoint): figures in tabular digits,
 * hashes, payloads and keys (`isCode`) in monospace, broken anywhere so that they never widen the card.
 */
export function ProofFacts({ facts }: { facts: { label: string; value: string; isCode?: boolean }[] }) {
  return (
    <dl className="space-y-1 text-sm">
      {facts.map((f) => (
        <div key={f.label}>
          <dt className="text-slate-500">{f.label}</dt>
          <dd className={f.isCode ? "break-all font-mono text-xs" : "tabular-nums"}>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
