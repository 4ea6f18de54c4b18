import Link from "next/link";
import type { ReactNode } from "react";
import { DataTable, type TDataColumn } from "@/components/data-table";
import type { TFlagPageView } from "@/lib/flags/flag-view";
import type { TLocale, TTranslate } from "@/lib/i18n";
import { LinkText } from "./flag-parts";

type TView = TFlagPageView;

/** One evidence table under its small heading, shown only when it has rows. */
function Evidence<R>({ title, rows, columns, rowKey, rowId, locale }: { title: string; rows: readonly R[]; columns: TDataColumn<R>[]; rowKey: (row: R) => string | number; rowId?: (row: R) => string; locale: TLocale }) {
  if (!rows.length) return null;
  return (
    <div>
      <h3 className="mb-2 text-sm font-semibold text-slate-700">{title}</h3>
      <DataTable label={title} columns={columns} rows={rows} rowKey={rowKey} rowId={rowId} empty={null} locale={locale} />
    </div>
  );
}

const col = <R,>(key: string, header: string, cell: (row: R) => ReactNode, more: Partial<TDataColumn<R>> = {}): TDataColumn<R> => ({ key, header, cell, ...more });

function transferColumns(t: TTranslate): TDataColumn<TView["transfers"][number]>[] {
  return [
    col("id", t("flags.detail.transfer.id"), (tr) => (
      <>
        {tr.id}
        <div className="flex gap-3 text-xs">
          {tr.traces.map((trace) => (
            <Link key={trace.direction} className="text-brand-700 hover:underline" href={trace.href}>
              {t(`trace.${trace.direction}`)}
              <span className="sr-only"> {t("trace.transferNode", { id: tr.id })}</span>
            </Link>
          ))}
        </div>
      </>
    ), { className: "tabular-nums" }),
    col("kind", t("flags.detail.transfer.kind"), (tr) => tr.kind),
    col("from", t("flags.detail.transfer.from"), (tr) => <LinkText value={tr.from} />),
    col("to", t("flags.detail.transfer.to"), (tr) => <LinkText value={tr.to} />),
    col("amount", t("flags.detail.transfer.amount"), (tr) => tr.amount, { numeric: true }),
    col("document", t("flags.detail.transfer.document"), (tr) => <LinkText value={tr.document} />),
    col("at", t("flags.detail.transfer.at"), (tr) => tr.at, { date: true }),
  ];
}

function invoiceColumns(t: TTranslate): TDataColumn<TView["invoices"][number]>[] {
  return [
    col("number", t("flags.detail.invoice.number"), (i) => i.number, { className: "font-medium" }),
    col("issuer", t("flags.detail.companyCols.name"), (i) => <LinkText value={i.issuer} />),
    col("contract", t("flags.detail.invoice.contract"), (i) => i.contract),
    col("issued", t("flags.detail.invoice.issued"), (i) => i.issued, { className: "tabular-nums" }),
    col("total", t("flags.detail.invoice.total"), (i) => i.total, { numeric: true }),
    col("status", t("flags.detail.invoice.status"), (i) => i.status),
    col("submitted", t("flags.detail.invoice.submitted"), (i) => i.submitted, { date: true }),
    col("paid", t("flags.detail.invoice.paid"), (i) => i.paid, { date: true }),
  ];
}

function contractColumns(t: TTranslate): TDataColumn<TView["contracts"][number]>[] {
  return [
    col("number", t("flags.detail.contract.number"), (c) => c.number, { className: "font-medium" }),
    col("tier", t("flags.detail.contract.tier"), (c) => c.tier),
    col("contractor", t("flags.detail.contract.contractor"), (c) => <LinkText value={c.contractor} />),
    col("value", t("flags.detail.contract.value"), (c) => c.value, { numeric: true }),
    col("signed", t("flags.detail.contract.signed"), (c) => c.signed, { className: "tabular-nums" }),
  ];
}

function companyColumns(t: TTranslate): TDataColumn<TView["companies"][number]>[] {
  return [
    col("name", t("flags.detail.companyCols.name"), (c) => <LinkText value={c.name} />, { className: "font-medium" }),
    col("bin", t("flags.detail.companyCols.bin"), (c) => c.bin, { className: "font-mono text-xs" }),
    col("registered", t("flags.detail.companyCols.registered"), (c) => c.registered, { className: "tabular-nums" }),
    col("address", t("flags.detail.companyCols.address"), (c) => c.address),
    col("bankAccount", t("flags.detail.companyCols.bankAccount"), (c) => c.bankAccount, { className: "font-mono text-xs" }),
    col("people", t("flags.detail.companyCols.people"), (c) => c.people),
    col("debarred", t("flags.detail.companyCols.debarred"), (c) => c.debarred),
  ];
}

function personColumns(t: TTranslate): TDataColumn<TView["persons"][number]>[] {
  return [
    col("name", t("flags.detail.personCols.name"), (p) => p.name, { className: "font-medium" }),
    col("roles", t("flags.detail.personCols.roles"), (p) =>
      p.roles.length
        ? p.roles.map((r, i) => (
            <span key={r.key}>
              {i > 0 ? ", " : null}
              <LinkText value={r.company} /> ({r.role})
            </span>
          ))
        : "—",
    ),
    col("accounts", t("flags.detail.personCols.accounts"), (p) => p.accounts),
  ];
}

function userColumns(t: TTranslate): TDataColumn<TView["users"][number]>[] {
  return [
    col("name", t("flags.detail.userCols.name"), (u) => u.name, { className: "font-medium" }),
    col("email", t("flags.detail.userCols.email"), (u) => u.email),
    col("role", t("flags.detail.userCols.role"), (u) => u.role),
    col("organization", t("flags.detail.userCols.organization"), (u) => u.organization),
  ];
}

type TMealView = TView["mealEvidence"];

function schoolColumns(t: TTranslate): TDataColumn<TMealView["schools"][number]>[] {
  return [
    col("name", t("flags.mealEvidence.school.name"), (s) => s.name, { className: "font-medium" }),
    col("region", t("flags.mealEvidence.school.region"), (s) => s.region),
  ];
}

function mealColumns(t: TTranslate): TDataColumn<TMealView["meals"][number]>[] {
  return [
    col("id", t("flags.mealEvidence.meal.id"), (m) => m.id, { className: "tabular-nums" }),
    col("school", t("flags.mealEvidence.meal.school"), (m) => m.school),
    col("day", t("flags.mealEvidence.meal.day"), (m) => m.day, { date: true }),
    col("type", t("flags.mealEvidence.meal.type"), (m) => m.type),
    col("servedAt", t("flags.mealEvidence.meal.servedAt"), (m) => m.servedAt, { date: true }),
    col("device", t("flags.mealEvidence.meal.device"), (m) => m.device),
    col("pupil", t("flags.mealEvidence.meal.pupil"), (m) => m.pupil, { className: "tabular-nums" }),
    col("dispute", t("flags.mealEvidence.meal.dispute"), (m) => m.dispute),
    col("settled", t("flags.mealEvidence.meal.settled"), (m) => m.settled),
  ];
}

function scanColumns(t: TTranslate): TDataColumn<TMealView["scans"][number]>[] {
  return [
    col("id", t("flags.mealEvidence.scan.id"), (s) => s.id, { className: "tabular-nums" }),
    col("code", t("flags.mealEvidence.scan.code"), (s) => s.code),
    col("school", t("flags.mealEvidence.scan.school"), (s) => s.school),
    col("device", t("flags.mealEvidence.scan.device"), (s) => s.device),
    col("scannedAt", t("flags.mealEvidence.scan.scannedAt"), (s) => s.scannedAt, { date: true }),
  ];
}

/** The flag's evidence: the transfers, invoices, contracts, companies, persons and users it was computed from. */
export function FlagEvidence({ view, t, locale }: { view: TView; t: TTranslate; locale: TLocale }) {
  return (
    <div className="space-y-6">
      <Evidence title={t("flags.detail.transfers")} rows={view.transfers} columns={transferColumns(t)} rowKey={(r) => r.id} rowId={(r) => `transfer-${r.id}`} locale={locale} />
      <Evidence title={t("flags.detail.invoices")} rows={view.invoices} columns={invoiceColumns(t)} rowKey={(r) => r.id} rowId={(r) => `invoice-${r.id}`} locale={locale} />
      <Evidence title={t("flags.detail.contracts")} rows={view.contracts} columns={contractColumns(t)} rowKey={(r) => r.id} locale={locale} />
      <Evidence title={t("flags.detail.companies")} rows={view.companies} columns={companyColumns(t)} rowKey={(r) => r.id} locale={locale} />
      <Evidence title={t("flags.detail.persons")} rows={view.persons} columns={personColumns(t)} rowKey={(r) => r.id} locale={locale} />
      <Evidence title={t("flags.detail.users")} rows={view.users} columns={userColumns(t)} rowKey={(r) => r.id} locale={locale} />
      <Evidence title={t("flags.mealEvidence.schools")} rows={view.mealEvidence.schools} columns={schoolColumns(t)} rowKey={(r) => r.id} locale={locale} />
      <Evidence title={t("flags.mealEvidence.meals")} rows={view.mealEvidence.meals} columns={mealColumns(t)} rowKey={(r) => r.id} rowId={(r) => `meal-${r.id}`} locale={locale} />
      <Evidence title={t("flags.mealEvidence.scans")} rows={view.mealEvidence.scans} columns={scanColumns(t)} rowKey={(r) => r.id} rowId={(r) => `scan-${r.id}`} locale={locale} />
    </div>
  );
}
