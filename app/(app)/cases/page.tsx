import { PageHeader } from "@/components/page-header";
import { DataTable, listing, type TDataColumn } from "@/components/data-table";
import { NameCell } from "@/components/table-cells";
import { FilterSelect, SearchBar } from "@/components/search-bar";
import { parseCaseItemRef, resolveCaseItems } from "@/lib/cases/case-items";
import { listCases } from "@/lib/cases/list-cases";
import { CASE_STATUSES } from "@/lib/cases/manage-case";
import { caseListFilters, csvHref, listDownload } from "@/lib/exports/list-filters";
import { LIST_CSV_MAX_ROWS } from "@/lib/exports/list-csv";
import { formatDateTime } from "@/lib/dates";
import { describeCaseItem } from "@/lib/cases/describe-item";
import { pageTitle } from "@/lib/i18n/server";
import { ZPage } from "@/lib/pagination";
import { OpenCaseForm } from "./open-case-form";
import { pageRequest } from "../route-helpers";

export const generateMetadata = pageTitle("cases.title");

type Search = { q?: string; status?: string; sort?: string; page?: string; attach?: string };

export default async function CasesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { actor, t, locale, sp } = await pageRequest("investigator", searchParams);
  const { q, status, sort } = caseListFilters(sp);
  const page = ZPage.parse(sp.page);
  const cases = await listCases({ actor, q, status, page, sort });
  const attach = parseCaseItemRef(sp.attach);
  const attached = attach ? (await resolveCaseItems([attach]))[0]! : null;
  const params = { q: sp.q, status, sort: sort.raw };
  const describeAttached = (a: NonNullable<typeof attached>) => describeCaseItem(a, t);
  const columns: TDataColumn<(typeof cases.rows)[number]>[] = [
    { key: "title", header: t("cases.columns.title"), sort: "title", className: "min-w-48", cell: (c) => <NameCell href={`/cases/${c.id}`} note={`#${c.id}`}>{c.title}</NameCell> },
    { key: "status", header: t("cases.columns.status"), cell: (c) => t(`cases.status.${c.status}`) },
    { key: "items", header: t("cases.columns.items"), numeric: true, cell: (c) => c._count.items },
    { key: "updated", header: t("cases.columns.updated"), sort: "updated", date: true, cell: (c) => formatDateTime(c.updatedAt) },
    { key: "created", header: t("cases.columns.created"), sort: "created", date: true, cell: (c) => formatDateTime(c.createdAt) },
  ];
  return (
    <>
      <PageHeader title={t("cases.title")} intro={t("cases.intro")} download={listDownload(csvHref("/cases/csv", params), t("investigate.csv.download"), t("investigate.csv.downloadXlsx"))} />
      {cases.total > LIST_CSV_MAX_ROWS ? <p className="mb-4 text-sm text-amber-900">{t("lists.capped", { max: LIST_CSV_MAX_ROWS, total: cases.total })}</p> : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <SearchBar className="mb-4" label={t("cases.searchLabel")} placeholder={t("cases.searchPlaceholder")} query={sp.q} submitLabel={t("common.search")} keep={{ sort: sort.raw }}>
            <FilterSelect name="status" label={t("cases.statusFilter")} value={status ?? ""} all={t("cases.allStatuses")} options={CASE_STATUSES.map((s) => ({ value: s, label: t(`cases.status.${s}`) }))} />
          </SearchBar>
          <DataTable locale={locale} {...listing(cases, sort.raw, params, "/cases")} rowKey={(c) => c.id} empty={t("cases.empty")} columns={columns} />
        </div>
        <OpenCaseForm attach={attach ? `${attach.type}:${attach.id}` : null} attachLabel={attached ? describeAttached(attached) : null} />
      </div>
    </>
  );
}
