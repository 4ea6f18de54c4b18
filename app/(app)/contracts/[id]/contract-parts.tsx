import Link from "next/link";
import { CodeName } from "@/components/table-cells";
import { LocalName } from "@/components/local-name";
import type { ReactNode } from "react";
import { TableSection } from "@/components/table-section";
import type { TContractPageView } from "@/lib/contracts/contract-view";
import type { TLocale, TTranslate } from "@/lib/i18n";

type TView = TContractPageView;

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-sm text-slate-900">{children}</dd>
    </div>
  );
}

const Amount = ({ children }: { children: string }) => <span className="tabular-nums">{children}</span>;

export function ContractFacts({ view, t }: { view: TView; t: TTranslate }) {
  return (
    <section className="card mb-6 p-5" aria-label={view.title}>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Fact label={view.isSub ? t("contracts.columns.subcontractor") : t("contracts.facts.contractor")}>
          <Link href={`/contractors/${view.contractor.id}`} className="text-brand-700 hover:underline">
            <LocalName value={view.contractor.local} t={t} />
          </Link>
          <div className="font-mono text-xs text-slate-500">{view.contractor.bin}</div>
        </Fact>
        <Fact label={t("contracts.facts.project")}>
          <LocalName value={view.projectLocal} t={t} />
        </Fact>
        <Fact label={t("contracts.facts.colour")}>{view.colour}</Fact>
        <Fact label={t("contracts.facts.payer")}>
          {view.parent ? (
            <>
              <Link href={`/contractors/${view.parent.contractorId}`} className="text-brand-700 hover:underline">
                <LocalName value={view.parent.contractorLocal} t={t} />
              </Link>
              <div className="text-xs text-slate-500">
                {t("contracts.facts.parent")}:{" "}
                <Link href={`/contracts/${view.parent.id}`} className="text-brand-700 hover:underline">
                  {view.parent.number}
                </Link>
              </div>
            </>
          ) : (
            t("contracts.facts.payerProject")
          )}
        </Fact>
        <Fact label={t("contracts.facts.value")}>
          <Amount>{view.value}</Amount>
        </Fact>
        <Fact label={t("contracts.facts.billed")}>
          <Amount>{view.billed}</Amount>
        </Fact>
        <Fact label={t("contracts.facts.paid")}>
          <Amount>{view.paid}</Amount>
        </Fact>
        <Fact label={`${t("contracts.facts.signedOn")} / ${t("contracts.facts.endsOn")}`}>{view.term}</Fact>
        <Fact label={t("contracts.facts.committed")}>
          <Amount>{view.committed}</Amount>
        </Fact>
        <Fact label={t("contracts.facts.remaining")}>
          <Amount>{view.remaining}</Amount>
        </Fact>
        {view.parentRemaining != null ? (
          <Fact label={t("contracts.facts.parentRemaining")}>
            <Amount>{view.parentRemaining}</Amount>
          </Fact>
        ) : null}
      </dl>
    </section>
  );
}

export function ContractItems({ view, t, locale }: { view: TView; t: TTranslate; locale: TLocale }) {
  return (
    <TableSection
      id="contract-items"
      variant="card"
      className="mb-6"
      title={t("contracts.itemsTitle")}
      table={{
        locale,
        rows: view.items,
        rowKey: (i) => i.id,
        empty: null,
        columns: [
          {
            key: "item",
            header: t("contracts.itemColumns.item"),
            cell: (i) => <CodeName code={i.code} name={<LocalName value={i.name} t={t} />} />,
          },
          { key: "estimateQuantity", header: t("contracts.itemColumns.estimateQuantity"), numeric: true, cell: (i) => i.estimateQuantity },
          { key: "contractQuantity", header: t("contracts.itemColumns.contractQuantity"), numeric: true, cell: (i) => i.contractQuantity },
          { key: "billed", header: t("contracts.itemColumns.billed"), numeric: true, cell: (i) => (i.isOverBilled ? <span className="text-red-700">{i.billed}</span> : i.billed) },
          { key: "ceiling", header: t("contracts.itemColumns.ceiling"), numeric: true, cell: (i) => i.ceiling },
        ],
      }}
    />
  );
}

export function ContractInvoices({ view, t, locale }: { view: TView; t: TTranslate; locale: TLocale }) {
  const { invoices } = view;
  return (
    <TableSection
      id="contract-invoices"
      variant="card"
      className="mb-6"
      title={t("contracts.invoicesTitle")}
      emptyText={t("contracts.invoicesEmpty")}
      table={{
        locale,
        rows: invoices.rows,
        rowKey: (inv) => inv.id,
        empty: null,
        pagination: { page: invoices.page, pages: invoices.pages, total: invoices.total, params: {}, basePath: `/contracts/${view.id}`, fragment: "contract-invoices" },
        columns: [
          {
            key: "number",
            header: t("contracts.invoiceColumns.number"),
            className: "font-medium",
            cell: (inv) =>
              inv.href ? (
                <Link href={inv.href} className="text-brand-700 hover:underline">
                  {inv.number}
                </Link>
              ) : (
                inv.number
              ),
          },
          { key: "kind", header: t("contracts.invoiceColumns.kind"), cell: (inv) => inv.kind },
          { key: "issued", header: t("contracts.invoiceColumns.issued"), className: "tabular-nums", cell: (inv) => inv.issued },
          { key: "total", header: t("contracts.invoiceColumns.total"), numeric: true, cell: (inv) => inv.total },
          { key: "status", header: t("contracts.invoiceColumns.status"), cell: (inv) => inv.status },
        ],
      }}
    />
  );
}

export function ContractSubcontracts({ view, t, locale }: { view: TView; t: TTranslate; locale: TLocale }) {
  return (
    <TableSection
      id="contract-subcontracts"
      variant="card"
      className="mb-6"
      title={t("contracts.subcontractsTitle")}
      description={t("contracts.subcontractsIntro")}
      emptyText={t("contracts.subcontractsEmpty")}
      table={{
        locale,
        rows: view.subcontracts,
        rowKey: (s) => s.id,
        rowClassName: (s) => (s.contractor.isDebarred ? "bg-red-50" : undefined),
        empty: null,
        columns: [
            {
              key: "number",
              header: t("contracts.columns.number"),
              cell: (s) => (
                <>
                  <Link href={`/contracts/${s.id}`} className="font-medium text-brand-700 hover:underline">
                    {s.number}
                  </Link>
                  <div className="text-xs text-slate-500">{s.signed}</div>
                </>
              ),
            },
            {
              key: "subcontractor",
              header: t("contracts.columns.subcontractor"),
              cell: (s) => (
                <>
                  <Link href={`/contractors/${s.contractor.id}`} className="text-brand-700 hover:underline">
                    <LocalName value={s.contractor.local} t={t} />
                  </Link>
                  <div className="font-mono text-xs text-slate-500">{s.contractor.bin}</div>
                </>
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
        ],
      }}
    />
  );
}
