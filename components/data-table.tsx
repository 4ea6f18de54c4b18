import type { ReactNode } from "react";
import { Pagination } from "@/components/pagination";
import { ScrollArea } from "@/components/scroll-area";
import { SortHeader } from "@/components/sort-header";
import { translate, type TLocale } from "@/lib/i18n";

/**
 * One column of a DataTable. `sort` names the column in the URL's `sort` parameter ("name" / "-name", the
 * convention of lib/pagination.ts#parseSort); without it the header is plain text.
 */
export type TDataColumn<R> = {
  key: string;
  header: ReactNode;
  cell: (row: R, index: number) => ReactNode;
  sort?: string;
  /** Right-aligned with tabular figures, never wrapped: amounts, quantities, counts. */
  numeric?: boolean;
  align?: "left" | "right";
  /** Kept on one line (dates, codes, names that would otherwise wrap into a tower). */
  nowrap?: boolean;
  /** A date or a moment: on one line, in tabular figures (so a column of dates lines up). */
  date?: boolean;
  /** Stays in view while the table scrolls sideways: the first column does by default; an actions column may use "right". */
  sticky?: "left" | "right";
  /** Extra classes for the body cells (font, width limits). */
  className?: string;
  /** The header may wrap onto two lines (long headers over narrow figures, as in Kazakh: "Бірліктің шекті бағасы"). */
  wrapHeader?: boolean;
  /** Rows this body cell spans (a figure shared by a group of rows, aligned to the top); 0: the cell above covers it. */
  rowSpan?: (row: R, index: number) => number;
};

export type TDataTableSorting = { sort: string; params: Record<string, string | undefined>; basePath: string };
export type TDataTablePagination = { page: number; pages: number; total: number; params: Record<string, string | undefined>; basePath: string; fragment?: string };

const CELL = "px-3 py-2";
const STICKY = { left: "sticky left-0 z-[1] bg-inherit shadow-[inset_-1px_0_0_var(--color-slate-200)]", right: "sticky right-0 z-[1] bg-inherit shadow-[inset_1px_0_0_var(--color-slate-200)]" } as const;

function alignOf<R>(c: TDataColumn<R>) {
  return c.numeric || c.align === "right" ? "text-right" : "text-left";
}

function stickyOf<R>(c: TDataColumn<R>, index: number, stickyFirst: boolean) {
  if (c.sticky) return STICKY[c.sticky];
  return index === 0 && stickyFirst ? STICKY.left : "";
}

export type TDataTableProps<R> = {
  columns: TDataColumn<R>[];
  rows: readonly R[];
  rowKey: (row: R, index: number) => string | number;
  /** The sentence shown in place of rows when there are none; null: no row at all (a list that is never empty, or shown only when it has rows). */
  empty: ReactNode;
  locale: TLocale;
  /** The table's accessible name (aria-label), for pages with several tables. */
  label?: string;
  /** Or the id of the heading that names it (aria-labelledby). */
  labelledBy?: string;
  sorting?: TDataTableSorting;
  pagination?: TDataTablePagination;
  rowClassName?: (row: R) => string | undefined;
  /** A data-testid on every body row, for tests that count rows. */
  rowTestId?: string;
  /** An id on a body row, for in-page links to it (#invoice-7). */
  rowId?: (row: R) => string | undefined;
  stickyFirst?: boolean;
  /** The container's classes ("card" by default; "" inside a card that already has a border). */
  className?: string;
  id?: string;
  /** Rows of a <tfoot> (totals), as <tr> elements. */
  footer?: ReactNode;
};

/**
 * The portal's table: semantic <table>/<thead>/<th scope="col"> (what screen readers and the e2e role queries
 * use), sortable headers that keep the other filters, an empty-state row, optional pagination below. On a narrow
 * screen the table scrolls sideways inside its card and the first column stays in view, so every column is
 * reachable without squeezing names into towers. A server component: cells are rendered here, on the server.
 */
export function DataTable<R>({
  columns,
  rows,
  rowKey,
  empty,
  locale,
  label,
  labelledBy,
  sorting,
  pagination,
  rowClassName,
  rowTestId,
  rowId,
  stickyFirst = true,
  className = "card",
  id,
  footer,
}: TDataTableProps<R>) {
  return (
    <>
      <ScrollArea id={id} className={`${className} overflow-x-auto`} label={label} labelledBy={labelledBy}>
        <table aria-label={label} aria-labelledby={labelledBy} className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="text-slate-600">
            <tr className="bg-slate-50">
              {columns.map((c, i) => {
                const sticky = stickyOf(c, i, stickyFirst);
                if (c.sort && sorting) {
                  const text = typeof c.header === "string" ? c.header : c.key;
                  return (
                    <SortHeader
                      key={c.key}
                      label={text}
                      column={c.sort}
                      sort={sorting.sort}
                      params={sorting.params}
                      basePath={sorting.basePath}
                      align={alignOf(c) === "text-right" ? "right" : "left"}
                      sortLabel={translate(locale, "common.sortBy", { column: text })}
                      className={`${c.wrapHeader ? "min-w-20" : "whitespace-nowrap"} ${sticky}`}
                    />
                  );
                }
                return (
                  <th key={c.key} scope="col" className={`${CELL} ${c.wrapHeader ? "min-w-20" : "whitespace-nowrap"} font-medium ${alignOf(c)} ${sticky}`}>
                    {c.header}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.length === 0 && empty === null ? null : rows.length === 0 ? (
              <tr className="bg-white">
                <td colSpan={columns.length} className="px-3 py-10 text-center text-slate-500">
                  {empty}
                </td>
              </tr>
            ) : (
              rows.map((row, r) => (
                <tr key={rowKey(row, r)} className={rowClassName?.(row) || "bg-white"} data-testid={rowTestId} id={rowId?.(row)}>
                  {columns.map((c, i) => {
                    const span = c.rowSpan?.(row, r) ?? 1;
                    if (span === 0) return null;
                    return (
                      <td key={c.key} rowSpan={span > 1 ? span : undefined} className={[CELL, c.numeric ? "num" : alignOf(c) === "text-right" ? "text-right" : "", c.nowrap || c.date ? "whitespace-nowrap" : "", span > 1 ? "align-top" : "", stickyOf(c, i, stickyFirst), c.date ? "tabular-nums" : "", c.className ?? ""].filter(Boolean).join(" ")}>
                        {c.cell(row, r)}
                      </td>
                    );
                  })}
                </tr>
              ))
            )}
          </tbody>
          {footer ? <tfoot className="bg-slate-50 font-semibold">{footer}</tfoot> : null}
        </table>
      </ScrollArea>
      {pagination ? <Pagination locale={locale} {...pagination} /> : null}
    </>
  );
}

/**
 * A paginated, sortable list's rows, sorting and pagination for a DataTable, from one page of a list query
 * (`{ rows, page, pages, total }`), the current sort and the URL's other filters: `<DataTable {...listing(…)} … />`.
 */
export function listing<R>(list: { rows: readonly R[]; page: number; pages: number; total: number }, sort: string, params: Record<string, string | undefined>, basePath: string): Pick<TDataTableProps<R>, "rows" | "sorting" | "pagination"> {
  return { rows: list.rows, sorting: { sort, params, basePath }, pagination: { page: list.page, pages: list.pages, total: list.total, params, basePath } };
}
