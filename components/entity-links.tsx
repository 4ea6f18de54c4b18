import Link from "next/link";
import type { TEntityLinks } from "@/lib/investigate/entity-links";

/** An investigator's way on from a record: trace, flags, a new case, and the cases that already hold it. */
export function EntityLinks({ view, labels }: { view: TEntityLinks | null; labels: { title: string; readOnly: string; casesTitle: string; noCases: string } }) {
  if (!view) return null;
  return (
    <nav aria-label={labels.title} className="mb-6 space-y-2 rounded-md border border-slate-200 bg-slate-50 px-4 py-3 text-sm print:hidden">
      <p className="text-slate-700">{labels.readOnly}</p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {view.links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} className="font-medium text-brand-700 hover:underline">
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
      <p className="font-medium text-slate-800">{labels.casesTitle}</p>
      {view.cases.length ? (
        <ul className="list-inside list-disc">
          {view.cases.map((c) => (
            <li key={c.href}>
              <Link href={c.href} className="text-brand-700 hover:underline">
                {c.label}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-600">{labels.noCases}</p>
      )}
    </nav>
  );
}
