import Link from "next/link";
import { CodeName } from "@/components/table-cells";
import { LocalName } from "@/components/local-name";
import { DataTable } from "@/components/data-table";
import { TableSection } from "@/components/table-section";
import type { TCompanyContractPageView } from "@/lib/contracts/company-contract-view";
import type { TLocale, TTranslate } from "@/lib/i18n";

type TView = TCompanyContractPageView;

export function ContractItemsTable({ view, t, locale }: { view: TView; t: TTranslate; locale: TLocale }) {
  return (
    <DataTable
      className="card mb-8"
      labelledBy="items"
      locale={locale}
      rows={view.items}
      rowKey={(i) => i.id}
      empty={t("company.contract.noItemsMatch")}
      columns={[
        {
          key: "item",
          header: t("company.contract.itemColumns.item"),
          cell: (i) => <CodeName code={i.code} name={<LocalName value={i.name} t={t} />} />,
        },
        ...view.itemColumns.map((c) => ({ key: c, header: t(`company.contract.itemColumns.${c}`), numeric: true, cell: (i: TView["items"][number]) => i.figures[c] })),
      ]}
    />
  );
}

export function ContractSubcontracts({ view, t, locale }: { view: TView; t: TTranslate; locale: TLocale }) {
  return (
    <TableSection
      id="subcontracts"
      className="mb-8"
      title={t("company.contract.subcontractsTitle")}
      description={t("company.contract.remaining", { amount: view.remainingForSubcontracts })}
      table={{
        locale,
        rows: view.subcontracts,
        rowKey: (s) => s.id,
        empty: t("company.contract.noSubcontracts"),
        columns: [
          {
            key: "number",
            header: t("company.contract.subColumns.number"),
            className: "font-medium",
            cell: (s) => (
              <Link href={`/company/contracts/${s.id}`} className="text-brand-700 hover:underline">
                {s.number}
              </Link>
            ),
          },
          {
            key: "company",
            header: t("company.contract.subColumns.company"),
            cell: (s) => (
              <>
                <LocalName value={s.company} t={t} />
                <div className="font-mono text-xs text-slate-500">{s.bin}</div>
              </>
            ),
          },
          { key: "value", header: t("company.contract.subColumns.value"), numeric: true, cell: (s) => s.value },
          { key: "status", header: t("company.contract.subColumns.status"), cell: (s) => s.status },
        ],
      }}
    />
  );
}

export function ContractInvoicesTable({ view, t, locale, q }: { view: TView; t: TTranslate; locale: TLocale; q?: string }) {
  const { invoices } = view;
  return (
    <DataTable
      labelledBy="contract-invoices"
      locale={locale}
      rows={invoices.rows}
      rowKey={(i) => i.id}
      empty={t("company.contract.noInvoices")}
      pagination={{ page: invoices.page, pages: invoices.pages, total: invoices.total, params: { q }, basePath: `/company/contracts/${view.id}` }}
      columns={[
        {
          key: "number",
          header: t("company.invoices.columns.number"),
          className: "font-medium",
          cell: (i) => (
            <Link href={`/company/invoices/${i.id}`} className="text-brand-700 hover:underline">
              {i.number}
            </Link>
          ),
        },
        { key: "issued", header: t("company.invoices.columns.issued"), className: "tabular-nums", cell: (i) => i.issued },
        { key: "total", header: t("company.invoices.columns.total"), numeric: true, cell: (i) => i.total },
        { key: "status", header: t("company.invoices.columns.status"), cell: (i) => i.status },
      ]}
    />
  );
}
