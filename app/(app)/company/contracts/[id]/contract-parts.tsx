import { CodeName, NameCell } from "@/components/table-cells";
import { LocalName } from "@/components/local-name";
import { DataTable, type TDataColumn } from "@/components/data-table";
import { TableSection } from "@/components/table-section";
import { TextLink } from "@/components/text-link";
import type { TCompanyContractPageView } from "@/lib/contracts/company-contract-view";
import type { TLocale, TTranslate } from "@/lib/i18n";

type TView = TCompanyContractPageView;
type TCtx = { view: TView; t: TTranslate; locale: TLocale };

export function ContractItemsTable({ view, t, locale }: TCtx) {
  const columns: TDataColumn<TView["items"][number]>[] = [
    { key: "item", header: t("company.contract.itemColumns.item"), cell: (i) => <CodeName code={i.code} name={<LocalName value={i.name} t={t} />} /> },
    ...view.itemColumns.map((c) => ({ key: c, header: t(`company.contract.itemColumns.${c}`), numeric: true, cell: (i: TView["items"][number]) => i.figures[c] })),
  ];
  return <DataTable className="card mb-8" labelledBy="items" locale={locale} rows={view.items} rowKey={(i) => i.id} empty={t("company.contract.noItemsMatch")} columns={columns} />;
}

export function ContractSubcontracts({ view, t, locale }: TCtx) {
  const columns: TDataColumn<TView["subcontracts"][number]>[] = [
    { key: "number", header: t("company.contract.subColumns.number"), className: "font-medium", cell: (s) => <TextLink href={`/company/contracts/${s.id}`}>{s.number}</TextLink> },
    {
      key: "company",
      header: t("company.contract.subColumns.company"),
      cell: (s) => (
        <NameCell note={s.bin} isMonoNote>
          <LocalName value={s.company} t={t} />
        </NameCell>
      ),
    },
    { key: "value", header: t("company.contract.subColumns.value"), numeric: true, cell: (s) => s.value },
    { key: "status", header: t("company.contract.subColumns.status"), cell: (s) => s.status },
  ];
  return (
    <TableSection
      id="subcontracts"
      className="mb-8"
      title={t("company.contract.subcontractsTitle")}
      description={t("company.contract.remaining", { amount: view.remainingForSubcontracts })}
      table={{ locale, rows: view.subcontracts, rowKey: (s) => s.id, empty: t("company.contract.noSubcontracts"), columns }}
    />
  );
}

export function ContractInvoicesTable({ view, t, locale, q }: TCtx & { q?: string }) {
  const { invoices } = view;
  const columns: TDataColumn<TView["invoices"]["rows"][number]>[] = [
    { key: "number", header: t("company.invoices.columns.number"), className: "font-medium", cell: (i) => <TextLink href={`/company/invoices/${i.id}`}>{i.number}</TextLink> },
    { key: "issued", header: t("company.invoices.columns.issued"), className: "tabular-nums", cell: (i) => i.issued },
    { key: "total", header: t("company.invoices.columns.total"), numeric: true, cell: (i) => i.total },
    { key: "status", header: t("company.invoices.columns.status"), cell: (i) => i.status },
  ];
  const pagination = { page: invoices.page, pages: invoices.pages, total: invoices.total, params: { q }, basePath: `/company/contracts/${view.id}` };
  return <DataTable labelledBy="contract-invoices" locale={locale} rows={invoices.rows} rowKey={(i) => i.id} empty={t("company.contract.noInvoices")} pagination={pagination} columns={columns} />;
}
