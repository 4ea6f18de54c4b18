import Link from "next/link";

/** A column header that sorts by its column, toggling direction, and keeps the other filters. */
export function SortHeader({ label, column, sort, params, basePath, align = "left", sortLabel, className = "" }: { label: string; column: string; sort: string; params: Record<string, string | undefined>; basePath: string; align?: "left" | "right"; sortLabel: string; className?: string }) {
  const active = sort === column || sort === `-${column}`;
  const next = sort === column ? `-${column}` : column;
  const q = new URLSearchParams(Object.entries({ ...params, sort: next, page: undefined }).filter((e): e is [string, string] => !!e[1]));
  return (
    <th scope="col" aria-sort={active ? (sort.startsWith("-") ? "descending" : "ascending") : undefined} className={`px-3 py-2 font-medium ${align === "right" ? "text-right" : "text-left"} ${className}`}>
      <Link href={`${basePath}?${q}`} className="inline-flex items-center gap-1 hover:text-slate-900" title={sortLabel}>
        {label}
        <span aria-hidden className={active ? "text-brand-600" : "text-slate-300"}>
          {active && sort.startsWith("-") ? "▼" : "▲"}
        </span>
      </Link>
    </th>
  );
}
