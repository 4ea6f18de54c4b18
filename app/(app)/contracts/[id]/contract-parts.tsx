import { CodeName, NameCell } from "@/components/table-cells";
import type { TDataColumn } from "@/components/data-table";
import { Detail, DetailList } from "@/components/detail-list";
import { LocalName } from "@/components/local-name";
import { TableSection } from "@/components/table-section";
import { OptionalLink, TextLink } from "@/components/text-link";
import type { TContractPageView } from "@/lib/contracts/contract-view";
import type { TLocale, TTranslate } from "@/lib/i18n";

type TView = TContractPageView;
type TCtx = { view: TView; t: TTranslate; locale: TLocale };

/** Who pays this contract: the project itself, or (for a subcontract) the contractor of the contract above it. */
function Payer({ view, t }: { view: TView; t: TTranslate }) {
  if (!view.parent) return t("contracts.facts.payerProject");
  return (
    <>
      <TextLink href={`/contractors/${view.parent.contractorId}`}>
        <LocalName value={view.parent.contractorLocal} t={t} />
      </TextLink>
      <div className="text-xs text-slate-500">
        {t("contracts.facts.parent")}: <TextLink href={`/contracts/${view.parent.id}`}>{view.parent.number}</TextLink>
      </div>
    </>
  );
}

export function ContractFacts({ view, t }: { view: TView; t: TTranslate }) {
  return (
    <section className="card mb-6 p-5" aria-label={view.title}>
      <DetailList className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Detail label={view.isSub ? t("contracts.columns.subcontractor") : t("contracts.facts.contractor")}>
          <NameCell href={`/contractors/${view.contractor.id}`} weight="normal" note={view.contractor.bin} isMonoNote>
            <LocalName value={view.contractor.local} t={t} />
          </NameCell>
        </Detail>
        <Detail label={t("contracts.facts.project")}>
          <LocalName value={view.projectLocal} t={t} />
        </Detail>
        <Detail label={t("contracts.facts.colour")}>{view.colour}</Detail>
        <Detail label={t("contracts.facts.payer")}>
          <Payer view={view} t={t} />
        </Detail>
        <Detail label={t("contracts.facts.value")} figure={view.value} />
        <Detail label={t("contracts.facts.billed")} figure={view.billed} />
        <Detail label={t("contracts.facts.paid")} figure={view.paid} />
        <Detail label={`${t("contracts.facts.signedOn")} / ${t("contracts.facts.endsOn")}`}>{view.term}</Detail>
        <Detail label={t("contracts.facts.committed")} figure={view.committed} />
        <Detail label={t("contracts.facts.remaining")} figure={view.remaining} />
        {view.parentRemaining != null ? (
          <Detail label={t("contracts.facts.parentRemaining")} figure={view.parentRemaining} />
        ) : null}
      </DetailList>
    </section>
  );
}

export function ContractItems({ view, t, locale }: TCtx) {
  const columns: TDataColumn<TView["items"][number]>[] = [
    { key: "item", header: t("contracts.itemColumns.item"), cell: (i) => <CodeName code={i.code} name={<LocalName value={i.name} t={t} />} /> },
    { key: "estimateQuantity", header: t("contracts.itemColumns.estimateQuantity"), numeric: true, cell: (i) => i.estimateQuantity },
    { key: "contractQuantity", header: t("contracts.itemColumns.contractQuantity"), numeric: true, cell: (i) => i.contractQuantity },
    { key: "billed", header: t("contracts.itemColumns.billed"), numeric: true, cell: (i) => (i.isOverBilled ? <span className="text-red-700">{i.billed}</span> : i.billed) },
    { key: "ceiling", header: t("contracts.itemColumns.ceiling"), numeric: true, cell: (i) => i.ceiling },
  ];
  return <TableSection id="contract-items" variant="card" title={t("contracts.itemsTitle")} table={{ locale, rows: view.items, rowKey: (i) => i.id, empty: null, columns }} />;
}

export function ContractInvoices({ view, t, locale }: TCtx) {
  const { invoices } = view;
  const columns: TDataColumn<TView["invoices"]["rows"][number]>[] = [
    { key: "number", header: t("contracts.invoiceColumns.number"), className: "font-medium", cell: (inv) => <OptionalLink href={inv.href}>{inv.number}</OptionalLink> },
    { key: "kind", header: t("contracts.invoiceColumns.kind"), cell: (inv) => inv.kind },
    { key: "issued", header: t("contracts.invoiceColumns.issued"), className: "tabular-nums", cell: (inv) => inv.issued },
    { key: "total", header: t("contracts.invoiceColumns.total"), numeric: true, cell: (inv) => inv.total },
    { key: "status", header: t("contracts.invoiceColumns.status"), cell: (inv) => inv.status },
  ];
  const pagination = { page: invoices.page, pages: invoices.pages, total: invoices.total, params: {}, basePath: `/contracts/${view.id}`, fragment: "contract-invoices" };
  return (
    <TableSection
      id="contract-invoices"
      variant="card"
      title={t("contracts.invoicesTitle")}
      emptyText={t("contracts.invoicesEmpty")}
      table={{ locale, rows: invoices.rows, rowKey: (inv) => inv.id, pagination, columns }}
    />
  );
}

export function ContractSubcontracts({ view, t, locale }: TCtx) {
  const columns: TDataColumn<TView["subcontracts"][number]>[] = [
    { key: "number", header: t("contracts.columns.number"), cell: (s) => <NameCell href={`/contracts/${s.id}`} note={s.signed}>{s.number}</NameCell> },
    {
      key: "subcontractor",
      header: t("contracts.columns.subcontractor"),
      cell: (s) => (
        <NameCell href={`/contractors/${s.contractor.id}`} weight="normal" note={s.contractor.bin} isMonoNote>
          <LocalName value={s.contractor.local} t={t} />
        </NameCell>
      ),
    },
    {
      key: "items",
      header: t("contracts.columns.items"),
      cell: (s) => (
        <ul className="space-y-0.5 text-xs">
          {s.items.map((i) => (
            <li key={i.id}>
              <span className="font-mono">{i.code}</span> {i.text}
            </li>
          ))}
        </ul>
      ),
    },
    { key: "value", header: t("contracts.columns.value"), numeric: true, cell: (s) => s.value },
    { key: "billed", header: t("contracts.columns.billed"), numeric: true, cell: (s) => s.billed },
    { key: "status", header: t("contracts.columns.status"), cell: (s) => s.status },
  ];
  return (
    <TableSection
      id="contract-subcontracts"
      variant="card"
      title={t("contracts.subcontractsTitle")}
      description={t("contracts.subcontractsIntro")}
      emptyText={t("contracts.subcontractsEmpty")}
      table={{ locale, rows: view.subcontracts, rowKey: (s) => s.id, rowClassName: (s) => (s.contractor.isDebarred ? "bg-red-50" : undefined), columns }}
    />
  );
}
