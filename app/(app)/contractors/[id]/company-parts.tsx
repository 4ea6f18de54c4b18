import Link from "next/link";
import { LocalText } from "@/components/local-name";
import type { ReactNode } from "react";
import { TableSection } from "@/components/table-section";
import type { TCompanyPageView } from "@/lib/contractors/company-view";
import { almatyDay } from "@/lib/dates";
import type { TLocale, TTranslate } from "@/lib/i18n";
import { DebarmentForm } from "./debarment-form";

type TView = TCompanyPageView;

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-sm text-slate-900">{children}</dd>
    </div>
  );
}

export function CompanyDetails({ view, t }: { view: TView; t: TTranslate }) {
  const d = view.details;
  return (
    <section aria-labelledby="company-details" className="card p-5">
      <h2 id="company-details" className="mb-3 text-lg font-semibold">
        {t("contractors.details")}
      </h2>
      <dl className="grid gap-4 sm:grid-cols-2">
        <Fact label={t("contractors.facts.bin")}>
          <span className="font-mono">{view.bin}</span>
        </Fact>
        <Fact label={t("contractors.facts.registeredOn")}>{d.registeredOn}</Fact>
        {d.nameRu ? <Fact label={t("contractors.facts.nameRu")}>{d.nameRu}</Fact> : null}
        <Fact label={t("contractors.facts.region")}>{d.region}</Fact>
        <Fact label={t("contractors.facts.address")}>{d.address}</Fact>
        <Fact label={t("contractors.facts.bankAccount")}>
          <span className="font-mono">{d.bankAccount}</span>
        </Fact>
        <Fact label={t("contractors.facts.addedOn")}>{d.addedOn}</Fact>
      </dl>
    </section>
  );
}

export function CompanyPeople({ view, t, locale }: { view: TView; t: TTranslate; locale: TLocale }) {
  return (
    <TableSection
      id="company-people"
      variant="card"
      title={t("contractors.peopleTitle")}
      emptyText={t("contractors.peopleEmpty")}
      table={{
        locale,
        rows: view.people,
        rowKey: (p) => p.key,
        empty: null,
        columns: [
          { key: "person", header: t("contractors.peopleColumns.person"), className: "font-medium min-w-40", cell: (p) => p.person },
          { key: "iin", header: t("contractors.peopleColumns.iin"), nowrap: true, className: "font-mono text-xs", cell: (p) => p.iin },
          { key: "role", header: t("contractors.peopleColumns.role"), cell: (p) => p.role },
          { key: "share", header: t("contractors.peopleColumns.share"), numeric: true, cell: (p) => p.share },
          {
            key: "elsewhere",
            header: t("contractors.peopleColumns.elsewhere"),
            cell: (p) =>
              p.elsewhere.length === 0 ? (
                <span className="text-slate-400">{t("contractors.elsewhereNone")}</span>
              ) : (
                <ul className="space-y-0.5">
                  {p.elsewhere.map((o) => (
                    <li key={o.key}>
                      <Link href={`/contractors/${o.id}`} className="text-brand-700 hover:underline">
                        {o.name}
                      </Link>{" "}
                      <span className="text-xs text-slate-500">{o.note}</span>
                    </li>
                  ))}
                </ul>
              ),
          },
        ],
      }}
    />
  );
}

export function CompanyContracts({ view, t, locale }: { view: TView; t: TTranslate; locale: TLocale }) {
  const { contracts } = view;
  return (
    <TableSection
      id="company-contracts"
      variant="card"
      title={t("contractors.contractsTitle")}
      emptyText={t("contractors.contractsEmpty")}
      table={{
        locale,
        rows: contracts.rows,
        rowKey: (c) => c.id,
        empty: null,
        pagination: { page: contracts.page, pages: contracts.pages, total: contracts.total, params: {}, basePath: `/contractors/${view.id}`, fragment: "company-contracts" },
        columns: [
          {
            key: "number",
            header: t("contracts.columns.number"),
            nowrap: true,
            cell: (c) => (
              <>
                <Link href={`/contracts/${c.id}`} className="font-medium text-brand-700 hover:underline">
                  {c.number}
                </Link>
                {c.parent ? <div className="text-xs text-slate-500">{c.parent}</div> : null}
              </>
            ),
          },
          { key: "project", header: t("contracts.columns.project"), className: "min-w-48", cell: (c) => <LocalText {...c.project} /> },
          { key: "signed", header: t("contracts.columns.signed"), nowrap: true, className: "tabular-nums", cell: (c) => c.signed },
          { key: "value", header: t("contracts.columns.value"), numeric: true, cell: (c) => c.value },
          { key: "status", header: t("contracts.columns.status"), cell: (c) => c.status },
        ],
      }}
    />
  );
}

/** `canWrite`: officials see the debarment form; investigators read the status only. */
export function CompanyDebarment({ view, t, canWrite }: { view: TView; t: TTranslate; canWrite: boolean }) {
  return (
    <section aria-labelledby="company-debarment" className={`card h-fit space-y-3 p-5 ${view.isDebarred ? "border-red-200" : ""}`}>
      <h2 id="company-debarment" className="text-lg font-semibold">
        {t("contractors.debarmentTitle")}
      </h2>
      <p className={`text-sm ${view.isDebarred ? "font-medium text-red-800" : "text-slate-700"}`}>
        {view.isDebarred ? t("contractors.debarredNote", { date: view.debarredOn, reason: view.debarredReason }) : t("contractors.notDebarredNote")}
      </p>
      {canWrite ? (
        <DebarmentForm
          companyId={view.id}
          isDebarred={view.isDebarred}
          today={almatyDay(new Date())}
          notAllowed={view.mayChangeDebarment ? null : t(view.isDebarred ? "access.liftOnlyFinance" : "access.debarNotYours")}
        />
      ) : null}
    </section>
  );
}
