import { listDownload } from "@/lib/exports/list-filters";
import { NameCell } from "@/components/table-cells";
import { TextLink } from "@/components/text-link";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { FilterSelect, SearchBar } from "@/components/search-bar";
import { DataTable, listing, type TDataColumn } from "@/components/data-table";
import { DateField } from "@/components/date-field";
import { formatDateTime } from "@/lib/dates";
import { localizedName, nameIn } from "@/lib/i18n";
import { LocalName } from "@/components/local-name";
import { pageTitle } from "@/lib/i18n/server";
import { listApprovalQueue, QUEUE_SORTS, queueProjects, type TQueueStanding } from "@/lib/invoices/list-approval-queue";
import { parseQueueFilters, QUEUE_STATUSES, QUEUE_VIEWS, queueFilterParams } from "@/lib/invoices/queue-filters";
import { formatTiyn } from "@/lib/money";
import { parseSort, ZPage } from "@/lib/pagination";
import { pageRequest } from "../route-helpers";

export const generateMetadata = pageTitle("invoices.title");

type Search = Record<string, string | string[] | undefined>;

const STANDING_STYLE: Record<TQueueStanding, string> = {
  waitingForYou: "bg-amber-100 text-amber-900",
  waitingForYouSecond: "bg-amber-100 text-amber-900",
  approvedByYou: "bg-slate-200 text-slate-700",
};

export default async function InvoicesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { actor, t, locale, sp } = await pageRequest("official", searchParams);
  const page = ZPage.parse(sp.page);
  const { filters, ignored } = parseQueueFilters(sp);
  const sort = parseSort(sp.sort, QUEUE_SORTS, "submitted");
  const [queue, projects] = await Promise.all([listApprovalQueue({ actor, filters, page, sort }), queueProjects(actor)]);
  const kept = queueFilterParams(filters);
  const params = { ...kept, sort: sort.raw };
  const basePath = "/invoices";
  const csv = `/invoices/csv?${new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]))}`;
  // Beyond the search box and "Show", a filter narrows the queue: its empty state says so.
  const narrowed = Object.entries(kept).some(([k, v]) => v !== undefined && k !== "q" && k !== "show");
  const input = (name: "contractor" | "min" | "max", label: string, placeholder?: string) => (
    <div className={name === "contractor" ? "min-w-44" : "w-36"}>
      <label htmlFor={`queue-${name}`} className="mb-1 block text-sm font-medium text-slate-700">
        {label}
      </label>
      <input id={`queue-${name}`} name={name} type="text" inputMode={name === "contractor" ? undefined : "decimal"} defaultValue={kept[name]} placeholder={placeholder} maxLength={200} className="input" />
    </div>
  );
  const columns: TDataColumn<(typeof queue.rows)[number]>[] = [
    {
      key: "number",
      header: t("invoices.columns.number"),
      sort: "number",
      nowrap: true,
      className: "font-medium",
      cell: (i) => <TextLink href={`/invoices/${i.id}`}>{i.number}</TextLink>,
    },
    {
      key: "company",
      header: t("invoices.columns.contractor"),
      sort: "company",
      cell: (i) => (
        <NameCell note={i.contract.contractor.bin} isMonoNote>
          <LocalName value={nameIn(locale, i.contract.contractor)} t={t} />
        </NameCell>
      ),
    },
    { key: "project", header: t("invoices.columns.project"), cell: (i) => <LocalName value={nameIn(locale, i.contract.project)} t={t} /> },
    { key: "submitted", header: t("invoices.columns.submitted"), sort: "submitted", date: true, cell: (i) => formatDateTime(i.submittedAt) },
    { key: "total", header: t("invoices.columns.total"), sort: "total", numeric: true, cell: (i) => formatTiyn(i.totalTiyn) },
    {
      key: "status",
      header: t("invoices.columns.status"),
      cell: (i) => (
        <>
          {i.standing ? <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${STANDING_STYLE[i.standing]}`}>{t(`invoices.standing.${i.standing}`)}</span> : null}
          <div className="text-xs text-slate-500">{t(`invoices.status.${i.status}`)}</div>
          {i.refusedAttempts > 0 ? <div className="text-xs text-red-700">{t("invoices.refused", { count: i.refusedAttempts })}</div> : null}
        </>
      ),
    },
  ];
  return (
    <>
      <PageHeader title={t("invoices.title")} intro={t("invoices.intro")} download={listDownload(csv, t("invoiceQueue.csv"), t("investigate.csv.downloadXlsx"))} />
      <SearchBar className="mb-4" label={t("invoices.searchLabel")} placeholder={t("invoices.searchPlaceholder")} query={filters.q} submitLabel={t("common.search")} keep={{ sort: sort.raw }}>
        <FilterSelect name="show" label={t("invoices.viewFilter")} value={filters.view === "all" ? "" : filters.view}>
          {QUEUE_VIEWS.map((v) => (
            <option key={v} value={v === "all" ? "" : v}>
              {t(`invoices.views.${v}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect name="status" label={t("invoiceQueue.status")} value={filters.status === "pending" ? "" : filters.status} options={QUEUE_STATUSES.map((s) => ({ value: s === "pending" ? "" : s, label: t(`invoiceQueue.statuses.${s}`) }))} />
        <FilterSelect name="project" label={t("invoiceQueue.project")} value={kept.project ?? ""} all={t("invoiceQueue.allProjects")} options={projects.map((p) => ({ value: p.id, label: localizedName(locale, p) }))} />
        {input("contractor", t("invoiceQueue.contractor"), t("invoiceQueue.contractorPlaceholder"))}
        {input("min", t("invoiceQueue.min"))}
        {input("max", t("invoiceQueue.max"))}
        <DateField name="from" label={t("invoiceQueue.from")} defaultValue={filters.from} className="w-36" />
        <DateField name="to" label={t("invoiceQueue.to")} defaultValue={filters.to} className="w-36" />
        <Link href={basePath} className="btn-secondary">
          {t("invoiceQueue.reset")}
        </Link>
      </SearchBar>
      {ignored.length ? (
        <p role="alert" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("invoiceQueue.ignored", { count: ignored.length, fields: ignored.map((f) => t(`invoiceQueue.fields.${f}`)).join(", ") })}
        </p>
      ) : null}
      <DataTable locale={locale} {...listing(queue, sort.raw, params, basePath)} rowKey={(i) => i.id} empty={narrowed ? t("invoiceQueue.emptyFiltered") : t("invoices.empty")} columns={columns} />
    </>
  );
}
