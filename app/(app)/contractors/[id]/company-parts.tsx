import type { TDataColumn } from "@/components/data-table";
import { Detail, DetailList } from "@/components/detail-list";
import { LocalText } from "@/components/local-name";
import { NameCell } from "@/components/table-cells";
import { TableSection } from "@/components/table-section";
import { TextLink } from "@/components/text-link";
import type { TCompanyPageView } from "@/lib/contractors/company-view";
import { almatyDay } from "@/lib/dates";
import type { TLocale, TTranslate } from "@/lib/i18n";
import { DebarmentForm } from "./debarment-form";

type TView = TCompanyPageView;

export function CompanyDetails({ view, t }: { view: TView; t: TTranslate }) {
  const d = view.details;
  return (
    <section aria-labelledby="company-details" className="card p-5">
      <h2 id="company-details" className="mb-3 text-lg font-semibold">
        {t("contractors.details")}
      </h2>
      <DetailList>
        <Detail label={t("contractors.facts.bin")}>
          <span className="font-mono">{view.bin}</span>
        </Detail>
        <Detail label={t("contractors.facts.registeredOn")}>{d.registeredOn}</Detail>
        {d.nameRu ? <Detail label={t("contractors.facts.nameRu")}>{d.nameRu}</Detail> : null}
        <Detail label={t("contractors.facts.region")}>{d.region}</Detail>
        <Detail label={t("contractors.facts.address")}>{d.address}</Detail>
        <Detail label={t("contractors.facts.bankAccount")}>
          <span className="font-mono">{d.bankAccount}</span>
        </Detail>
        <Detail label={t("contractors.facts.addedOn")}>{d.addedOn}</Detail>
      </DetailList>
    </section>
  );
}

type TPerson = TView["people"][number];
type TContract = TView["contracts"]["rows"][number];

/** Where else a person stands: the other companies, each to its page, with what they are there. */
function Elsewhere({ person, t }: { person: TPerson; t: TTranslate }) {
  if (person.elsewhere.length === 0) return <span className="text-slate-400">{t("contractors.elsewhereNone")}</span>;
  return (
    <ul className="space-y-0.5">
      {person.elsewhere.map((o) => (
        <li key={o.key}>
          <TextLink href={`/contractors/${o.id}`}>{o.name}</TextLink> <span className="text-xs text-slate-500">{o.note}</span>
        </li>
      ))}
    </ul>
  );
}

export function CompanyPeople({ view, t, locale }: { view: TView; t: TTranslate; locale: TLocale }) {
  const columns: TDataColumn<TPerson>[] = [
    { key: "person", header: t("contractors.peopleColumns.person"), className: "font-medium min-w-40", cell: (p) => p.person },
    { key: "iin", header: t("contractors.peopleColumns.iin"), nowrap: true, className: "font-mono text-xs", cell: (p) => p.iin },
    { key: "role", header: t("contractors.peopleColumns.role"), cell: (p) => p.role },
    { key: "share", header: t("contractors.peopleColumns.share"), numeric: true, cell: (p) => p.share },
    { key: "elsewhere", header: t("contractors.peopleColumns.elsewhere"), cell: (p) => <Elsewhere person={p} t={t} /> },
  ];
  return <TableSection id="company-people" variant="card" title={t("contractors.peopleTitle")} emptyText={t("contractors.peopleEmpty")} table={{ locale, rows: view.people, rowKey: (p) => p.key, columns }} />;
}

export function CompanyContracts({ view, t, locale }: { view: TView; t: TTranslate; locale: TLocale }) {
  const { contracts } = view;
  const columns: TDataColumn<TContract>[] = [
    { key: "number", header: t("contracts.columns.number"), nowrap: true, cell: (c) => <NameCell href={`/contracts/${c.id}`} note={c.parent}>{c.number}</NameCell> },
    { key: "project", header: t("contracts.columns.project"), className: "min-w-48", cell: (c) => <LocalText {...c.project} /> },
    { key: "signed", header: t("contracts.columns.signed"), date: true, cell: (c) => c.signed },
    { key: "value", header: t("contracts.columns.value"), numeric: true, cell: (c) => c.value },
    { key: "status", header: t("contracts.columns.status"), cell: (c) => c.status },
  ];
  const pagination = { page: contracts.page, pages: contracts.pages, total: contracts.total, params: {}, basePath: `/contractors/${view.id}`, fragment: "company-contracts" };
  return (
    <TableSection
      id="company-contracts"
      variant="card"
      title={t("contractors.contractsTitle")}
      emptyText={t("contractors.contractsEmpty")}
      table={{ locale, rows: contracts.rows, rowKey: (c) => c.id, pagination, columns }}
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
