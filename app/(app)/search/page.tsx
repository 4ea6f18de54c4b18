import Link from "next/link";
import { LocalText } from "@/components/local-name";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { SearchBar } from "@/components/search-bar";
import { pageTitle } from "@/lib/i18n/server";
import { ZPage } from "@/lib/pagination";
import { SEARCH_KINDS, searchEverything, type TSearchGroup, type TSearchKind } from "@/lib/investigate/search-everything";
import { pageRequest, READERS } from "../route-helpers";

export const generateMetadata = pageTitle("investigate.search.title");

/** "companies and payments" in the reader's language. */
const listOf = (locale: string, items: string[]) => new Intl.ListFormat(locale, { type: "conjunction" }).format(items);

type Search = { q?: string; kind?: string; page?: string };

export default async function SearchPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { actor, t, locale, sp } = await pageRequest(READERS, searchParams);
  const kind = SEARCH_KINDS.find((k) => k === sp.kind);
  const q = sp.q?.trim() ?? "";
  const groups = await searchEverything({ actor, q, kind, page: ZPage.parse(sp.page), locale });
  const nothing = q !== "" && groups.every((g) => g.total === 0);
  const empty = groups.filter((g) => g.total === 0).map((g) => g.kind);
  return (
    <>
      <PageHeader title={t("investigate.search.title")} intro={t("investigate.search.intro")} />
      <SearchBar className="mb-6" label={t("investigate.search.label")} placeholder={t("investigate.search.placeholder")} query={sp.q} submitLabel={t("common.search")} keep={{ kind }} />
      {kind ? (
        <Link href={`/search?${new URLSearchParams({ q })}`} className="mb-4 inline-block text-sm text-brand-700 hover:underline">
          {t("investigate.search.backToAll")}
        </Link>
      ) : null}
      {!q ? <p className="card p-6 text-sm text-slate-600">{t("investigate.search.start")}</p> : null}
      {nothing ? (
        <p role="status" className="card p-6 text-sm text-slate-600">
          {t("investigate.search.nothing", { q })}
        </p>
      ) : (
        <>
          {/* Only the kinds with results get a table; the others are named in one sentence (issue 19, item 5). */}
          {groups.filter((g) => g.total > 0).map((g) => (
            <SearchGroup key={g.kind} group={g} q={q} isOnly={Boolean(kind)} t={t} locale={locale} />
          ))}
          {q && empty.length > 0 ? <p className="text-sm text-slate-600">{t("investigate.search.noneOf", { q, kinds: listOf(locale, empty.map((k) => t(`investigate.search.kindsLower.${k}`))) })}</p> : null}
        </>
      )}
    </>
  );
}

function SearchGroup({ group, q, isOnly, t, locale }: { group: TSearchGroup; q: string; isOnly: boolean; t: Awaited<ReturnType<typeof pageRequest>>["t"]; locale: Awaited<ReturnType<typeof pageRequest>>["locale"] }) {
  const heading = `search-${group.kind}`;
  const kind: TSearchKind = group.kind;
  return (
    <section aria-labelledby={heading} className="mb-8">
      <h2 id={heading} className="mb-2 flex flex-wrap items-baseline gap-3 text-lg font-semibold text-slate-900">
        {t(`investigate.search.kinds.${kind}`)}
        <span className="text-sm font-normal text-slate-600">{t("investigate.search.found", { count: group.total })}</span>
        {!isOnly && group.pages > 1 ? (
          <Link href={`/search?${new URLSearchParams({ q, kind })}`} className="text-sm font-normal text-brand-700 hover:underline">
            {t("investigate.search.showAll", { count: group.total })}
          </Link>
        ) : null}
      </h2>
      <DataTable
        locale={locale}
        labelledBy={heading}
        rows={group.rows}
        rowKey={(r) => r.key}
        empty={t("investigate.search.none")}
        pagination={isOnly ? { page: group.page, pages: group.pages, total: group.total, params: { q, kind }, basePath: "/search" } : undefined}
        columns={[
          {
            key: "record",
            header: t("investigate.search.columns.record"),
            className: "min-w-56",
            cell: (r) => (
              <Link href={r.href} className="font-medium text-brand-700 hover:underline">
                {r.local ? <LocalText {...r.local} /> : r.title}
              </Link>
            ),
          },
          { key: "detail", header: t("investigate.search.columns.detail"), cell: (r) => r.detail },
          { key: "amount", header: t("investigate.search.columns.amount"), numeric: true, cell: (r) => r.amount ?? "—" },
        ]}
      />
    </section>
  );
}
