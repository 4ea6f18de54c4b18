import Link from "next/link";
import type { TTranslate } from "@/lib/i18n";
import type { TPickOption } from "@/lib/pickers/pick-option";
import { choiceHref } from "./picker-keys";

/**
 * The picker's results step (decision 0228): what the search form found when submitted — the way without
 * JavaScript, and the list the type-ahead would have shown — each with a link that opens the page with the choice.
 */
export function PickerResults({ q, options, action, keep, chooseParam, t }: { q: string; options: TPickOption[]; action: string; keep?: Record<string, string>; chooseParam: string; t: TTranslate }) {
  const heading = `picker-results-${chooseParam}`;
  return (
    <section aria-labelledby={heading} className="mt-3">
      <h3 id={heading} className="mb-2 text-sm font-semibold text-slate-800" role="status">
        {t("pickers.resultsTitle", { count: options.length, q })}
      </h3>
      {options.length ? (
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
          {options.map((o) => (
            <li key={o.value} className="flex flex-wrap items-center justify-between gap-3 px-3 py-2 text-sm">
              <span>
                <span className="block font-medium text-slate-900">{o.label}</span>
                <span className={`block text-xs ${o.isWarning ? "text-red-700" : "text-slate-600"}`}>{o.detail}</span>
              </span>
              <Link href={choiceHref(action, keep, chooseParam, o.value)} className="btn-secondary" aria-label={t("pickers.chooseNamed", { name: o.label })}>
                {t("pickers.choose")}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
