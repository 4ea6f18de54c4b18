import Link from "next/link";
import { TextLink } from "@/components/text-link";
import type { TDataColumn } from "@/components/data-table";
import type { listContracts } from "@/lib/contracts/list-contracts";
import { formatDate } from "@/lib/dates";
import { nameIn, type TLocale, type TNames, type TTranslate } from "@/lib/i18n";
import { LocalName } from "@/components/local-name";
import { formatTiyn } from "@/lib/money";

type TRow = Awaited<ReturnType<typeof listContracts>>["rows"][number];

const company = (t: TTranslate, locale: TLocale, c: TNames & { id: number; bin: string | null }) => (
  <>
    <Link href={`/contractors/${c.id}`} className="text-brand-700 hover:underline">
      <LocalName value={nameIn(locale, c)} t={t} />
    </Link>
    <div className="font-mono text-xs text-slate-500">{c.bin}</div>
  </>
);

const number = (c: TRow) => <TextLink href={`/contracts/${c.id}`} className="font-medium">{c.number}</TextLink>;

/** The columns of the general-contracts list. */
export function generalContractColumns(t: TTranslate, locale: TLocale): TDataColumn<TRow>[] {
  return [
    { key: "number", header: t("contracts.columns.number"), sort: "number", nowrap: true, cell: number },
    { key: "project", header: t("contracts.columns.project"), className: "min-w-48 max-w-64", cell: (c) => <LocalName value={nameIn(locale, c.project)} t={t} /> },
    { key: "contractor", header: t("contracts.columns.contractor"), cell: (c) => company(t, locale, c.contractor) },
    { key: "signed", header: t("contracts.columns.signed"), sort: "signed", date: true, cell: (c) => formatDate(c.signedOn) },
    { key: "value", header: t("contracts.columns.value"), sort: "value", numeric: true, cell: (c) => formatTiyn(c.valueTiyn) },
    { key: "billed", header: t("contracts.columns.billed"), numeric: true, cell: (c) => formatTiyn(c.billedTiyn) },
    { key: "paid", header: t("contracts.columns.paid"), numeric: true, cell: (c) => formatTiyn(c.paidTiyn) },
    { key: "status", header: t("contracts.columns.status"), cell: (c) => t(`contracts.status.${c.status}`) },
  ];
}

/** The columns of the subcontracts list: parent contract, items, what is left of the parent. */
export function subContractColumns(t: TTranslate, locale: TLocale): TDataColumn<TRow>[] {
  return [
    {
      key: "number",
      header: t("contracts.columns.number"),
      sort: "number",
      nowrap: true,
      cell: (c) => (
        <>
          {number(c)}
          {c.isFinalSupplier ? <div className="text-xs text-slate-500">{t("contracts.finalSupplier")}</div> : null}
        </>
      ),
    },
    { key: "subcontractor", header: t("contracts.columns.subcontractor"), cell: (c) => company(t, locale, c.contractor) },
    {
      key: "parent",
      header: t("contracts.columns.parent"),
      cell: (c) =>
        c.parent ? (
          <>
            <Link href={`/contracts/${c.parent.id}`} className="text-brand-700 hover:underline">
              {c.parent.number}
            </Link>
            <div className="text-xs text-slate-500">
              <LocalName value={nameIn(locale, c.parent.contractor)} t={t} />
            </div>
          </>
        ) : (
          "—"
        ),
    },
    { key: "value", header: t("contracts.columns.value"), sort: "value", numeric: true, cell: (c) => formatTiyn(c.valueTiyn) },
    { key: "items", header: t("contracts.columns.items"), numeric: true, cell: (c) => c._count.items },
    { key: "billed", header: t("contracts.columns.billed"), numeric: true, cell: (c) => formatTiyn(c.billedTiyn) },
    {
      key: "parentRemaining",
      header: t("contracts.columns.parentRemaining"),
      numeric: true,
      cell: (c) => (c.parentRemainingTiyn == null ? "—" : <span className={c.parentRemainingTiyn < 0n ? "text-red-700" : undefined}>{formatTiyn(c.parentRemainingTiyn)}</span>),
    },
    { key: "signed", header: t("contracts.columns.signed"), sort: "signed", date: true, cell: (c) => formatDate(c.signedOn) },
  ];
}
