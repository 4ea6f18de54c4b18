import type { ReactNode } from "react";
import { DataTable, type TDataTableProps } from "@/components/data-table";
import { Pagination } from "@/components/pagination";
import { MoreLink } from "@/components/text-link";

/**
 * A titled section around one DataTable — the shape detail pages repeat: a heading that names the table
 * (aria-labelledby), an optional line under it, optional actions (a link to the full list) and an empty state.
 *
 * - `variant="card"`: the section is the card; heading, description and empty paragraph sit inside it, the table
 *   has no border of its own.
 * - `variant="plain"` (default): heading above, the table is its own card.
 *
 * `emptyText`: when there are no rows, this paragraph stands in place of the table (pages that never showed an
 * empty table); otherwise the table's own `empty` row is used (it defaults to `emptyText`, so a section names its
 * empty state once). `more`: a link to the whole list beside the heading. The table is named by the heading unless
 * it has a `label` of its own.
 */
export function TableSection<R>({
  id,
  title,
  level = 2,
  description,
  actions,
  more,
  variant = "plain",
  className = "",
  emptyText,
  children,
  table: tableProps,
}: {
  /** The heading's id; the section is labelled by it. */
  id: string;
  title: ReactNode;
  level?: 2 | 3;
  description?: ReactNode;
  actions?: ReactNode;
  /** The link to the whole list beside the heading (instead of `actions`). */
  more?: { href: string; label: ReactNode };
  variant?: "card" | "plain";
  /** Extra classes on the section (spacing). */
  className?: string;
  emptyText?: ReactNode;
  /** Shown under the table (a form, a note). */
  children?: ReactNode;
  table: Omit<TDataTableProps<R>, "empty"> & { empty?: ReactNode };
}) {
  const card = variant === "card";
  const table = { ...tableProps, empty: tableProps.empty === undefined ? (emptyText ?? null) : tableProps.empty };
  const aside = more ? <MoreLink href={more.href}>{more.label}</MoreLink> : actions;
  const Heading = level === 2 ? "h2" : "h3";
  const headingClass = level === 2 ? "text-lg font-semibold text-slate-900" : "font-semibold text-slate-900";
  const place = card ? "px-5 pt-4" : aside ? "" : "mb-2";
  const heading = (
    <Heading id={id} className={`${place} ${headingClass}`.trim()}>
      {title}
    </Heading>
  );
  const showEmpty = emptyText != null && table.rows.length === 0 && !table.pagination?.total;
  return (
    <section aria-labelledby={id} className={[card ? "card overflow-x-auto" : "", className].filter(Boolean).join(" ") || undefined}>
      {aside ? (
        <div className={`flex flex-wrap items-baseline justify-between gap-2 ${card ? "pr-5" : "mb-2"}`}>
          {heading}
          {aside}
        </div>
      ) : (
        heading
      )}
      {description ? <p className={card ? "px-5 text-xs text-slate-500" : "mb-2 text-sm text-slate-600"}>{description}</p> : null}
      {showEmpty ? (
        <p className={card ? "px-5 py-4 text-sm text-slate-500" : "card p-4 text-sm text-slate-500"}>{emptyText}</p>
      ) : card && table.pagination ? (
        <>
          <DataTable labelledBy={table.label ? undefined : id} {...table} pagination={undefined} className={table.className ?? "mt-2"} />
          <div className="px-5 pb-3">
            <Pagination locale={table.locale} {...table.pagination} />
          </div>
        </>
      ) : (
        <DataTable labelledBy={table.label ? undefined : id} {...table} className={table.className ?? (card ? "mt-2" : "card")} />
      )}
      {children}
    </section>
  );
}
