import Link from "next/link";
import { FilterSelect, SearchBar } from "@/components/search-bar";
import { DataTable, listing, type TDataColumn } from "@/components/data-table";
import { NameCell } from "@/components/table-cells";
import { formatDate } from "@/lib/dates";
import { localizedName } from "@/lib/i18n";
import { pageTitle } from "@/lib/i18n/server";
import { formatTiyn } from "@/lib/money";
import { parseSort, ZPage } from "@/lib/pagination";
import { DOCUMENT_KINDS, DOCUMENT_SORTS, listProjectDocuments } from "@/lib/projects/project-documents";
import { orNotFound, pageRequest, READERS, routeId } from "../../../route-helpers";
import { kilobytes } from "@/lib/quantity";

export const generateMetadata = pageTitle("project.tabs.documents");

type Search = { q?: string; kind?: string; sort?: string; page?: string };

export default async function ProjectDocumentsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const { actor, t, locale, sp } = await pageRequest(READERS, searchParams);
  const id = routeId((await params).id);
  const page = ZPage.parse(sp.page);
  const kind = DOCUMENT_KINDS.find((k) => k === sp.kind);
  const sort = parseSort(sp.sort, DOCUMENT_SORTS, "-date");
  const documents = await orNotFound(listProjectDocuments({ actor, projectId: id, page, q: sp.q, kind, sort }));
  const keep = { q: sp.q, kind, sort: sort.raw };
  const basePath = `/projects/${id}/documents`;
  const columns: TDataColumn<(typeof documents.rows)[number]>[] = [
    {
      key: "name",
      header: t("project.documentList.columns.document"),
      sort: "name",
      className: "min-w-48",
      cell: (d) =>
        d.kind === "act" ? (
          <>
            {/* The official act route: attachment, for the officials who see the project's invoices. */}
            <a href={`/invoices/${d.invoiceId}/acts/${d.documentId}`} download className="text-brand-700 hover:underline" aria-label={t("project.documentList.download", { name: d.name })}>
              {d.name}
            </a>
            <div className="text-xs text-slate-500">
              {t("project.documentList.actOf", { number: d.invoiceNumber })}
              {d.sizeBytes !== null ? ` · ${t("project.documentList.size", { size: kilobytes(d.sizeBytes) })}` : ""}
            </div>
          </>
        ) : d.isSubcontract ? (
          <span className="font-medium">{d.name}</span>
        ) : (
          // Officials decide on invoices under general contracts; a subcontract's invoices are its payer's.
          <Link href={`/invoices/${d.invoiceId}`} className="font-medium text-brand-700 hover:underline">
            {d.name}
          </Link>
        ),
    },
    { key: "kind", header: t("project.documentList.columns.kind"), cell: (d) => t(`project.documentList.kinds.${d.kind}`) },
    {
      key: "contract",
      header: t("project.documentList.columns.contract"),
      cell: (d) => (
        <NameCell href={`/contracts/${d.contractId}`} weight="normal" note={d.isSubcontract ? t("project.documentList.subcontract") : null}>
          {d.contractNumber}
        </NameCell>
      ),
    },
    { key: "company", header: t("project.documentList.columns.company"), sort: "company", cell: (d) => localizedName(locale, d.companyName, d.companyNameRu) },
    { key: "date", header: t("project.documentList.columns.date"), sort: "date", date: true, cell: (d) => formatDate(d.dated) },
    { key: "status", header: t("project.documentList.columns.status"), cell: (d) => t(`invoices.status.${d.invoiceStatus}`) },
    { key: "amount", header: t("project.documentList.columns.amount"), sort: "amount", numeric: true, cell: (d) => (d.kind === "invoice" ? formatTiyn(d.invoiceTotalTiyn) : "") },
  ];
  return (
    <section aria-labelledby="documents-title">
      <h2 id="documents-title" className="mb-1 text-lg font-semibold text-slate-900">
        {t("project.documentList.title")}
      </h2>
      <p className="mb-4 text-sm text-slate-600">{t("project.documentList.intro")}</p>
      <SearchBar className="mb-4" label={t("project.documentList.searchLabel")} placeholder={t("project.documentList.searchPlaceholder")} query={sp.q} submitLabel={t("common.search")} keep={{ sort: sort.raw }}>
        <FilterSelect name="kind" label={t("project.documentList.kindFilter")} value={kind ?? ""} all={t("project.documentList.allKinds")} options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`project.documentList.kinds.${k}`) }))} />
      </SearchBar>
      <DataTable
        locale={locale}
        labelledBy="documents-title"
        {...listing(documents, sort.raw, keep, basePath)}
        rowKey={(d) => `${d.kind}-${d.invoiceId}-${d.documentId ?? 0}`}
        empty={t("project.documentList.empty")}
        columns={columns}
      />
    </section>
  );
}
