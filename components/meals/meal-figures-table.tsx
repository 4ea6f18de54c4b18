import Link from "next/link";
import { DataTable } from "@/components/data-table";
import type { TLocale, TTranslate } from "@/lib/i18n";
import type { TFigureRow } from "@/lib/meals/meal-figures-view";

/**
 * Regions or schools with their meal figures, the total last, in a section named by its heading (`isTitleHidden`: a
 * heading for screen readers only, where the page's title already says what the table is).
 */
export function MealFiguresSection({
  id,
  title,
  isTitleHidden = false,
  rows,
  first,
  t,
  locale,
  withSchools = false,
}: {
  id: string;
  title: string;
  isTitleHidden?: boolean;
  rows: TFigureRow[];
  first: string;
  t: TTranslate;
  locale: TLocale;
  withSchools?: boolean;
}) {
  const c = (key: "eligible" | "meals" | "paid" | "average" | "disputes" | "schools") => t(`mealsOpen.columns.${key}`);
  return (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className={isTitleHidden ? "sr-only" : "mb-2 text-lg font-semibold"}>
        {title}
      </h2>
      <DataTable
        locale={locale}
        labelledBy={id}
        rows={rows}
        rowKey={(r) => r.key}
        empty={t("mealsOpen.noData")}
        rowTestId="meal-figures-row"
        columns={[
          { key: "name", header: first, cell: (r) => (r.href ? <Link href={r.href} className="text-brand-700 hover:underline">{r.name}</Link> : <span className={r.key === "total" ? "font-semibold" : ""}>{r.name}</span>) },
          ...(withSchools ? [{ key: "schools", header: c("schools"), numeric: true, cell: (r: TFigureRow) => r.schools ?? "" }] : []),
          { key: "eligible", header: c("eligible"), numeric: true, cell: (r) => r.eligible },
          { key: "meals", header: c("meals"), numeric: true, cell: (r) => r.meals },
          { key: "paid", header: c("paid"), numeric: true, cell: (r) => r.paid },
          { key: "average", header: c("average"), numeric: true, cell: (r) => r.average },
          { key: "disputes", header: c("disputes"), numeric: true, cell: (r) => r.disputes },
        ]}
      />
    </section>
  );
}

/** The month picker: a GET form, so the figures of a month have their own address. */
export function MonthForm({ action, month, options, t }: { action: string; month: string; options: { value: string; label: string }[]; t: TTranslate }) {
  if (!options.length) return null;
  return (
    <form method="get" action={action} className="mb-6 flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="month" className="mb-1 block text-sm font-medium text-slate-700">
          {t("mealsOpen.month")}
        </label>
        <select id="month" name="month" defaultValue={month} className="input">
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn-secondary">
        {t("mealsOpen.show")}
      </button>
    </form>
  );
}
