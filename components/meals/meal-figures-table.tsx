import Link from "next/link";
import { DataTable } from "@/components/data-table";
import type { TLocale, TTranslate } from "@/lib/i18n";
import type { TFigureCells } from "@/lib/meals/meal-figures-view";

export type TFigureRow = TFigureCells & { key: string; name: string; href?: string; schools?: string };

/** Regions or schools with their meal figures, the total last. */
export function MealFiguresTable({ id, rows, first, t, locale, withSchools = false }: { id: string; rows: TFigureRow[]; first: string; t: TTranslate; locale: TLocale; withSchools?: boolean }) {
  const c = (key: "eligible" | "meals" | "paid" | "average" | "disputes" | "schools") => t(`mealsOpen.columns.${key}`);
  return (
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
