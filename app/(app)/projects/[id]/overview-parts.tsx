import Link from "next/link";
import { NameCell } from "@/components/table-cells";
import { MoreLink, OptionalLink } from "@/components/text-link";
import { randomUUID } from "node:crypto";
import { TableSection } from "@/components/table-section";
import { DataTable, type TDataColumn } from "@/components/data-table";
import type { TLocale, TTranslate } from "@/lib/i18n";
import type { TProjectOverviewView } from "@/lib/projects/project-view";
import { ColourActions } from "./colour-actions";

type TView = TProjectOverviewView;
type TColour = TView["colours"][number];

const STATUS_CLASS: Record<TColour["status"], string> = { active: "bg-brand-50 text-brand-800", frozen: "bg-sky-100 text-sky-900", expired: "bg-slate-200 text-slate-700", closed: "bg-slate-200 text-slate-700" };

export function ProjectFigures({ figures, t }: { figures: TView["figures"]; t: TTranslate }) {
  return (
    <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {figures.map((f) => (
        <div key={f.label} className="card p-4">
          <dt className="text-sm text-slate-600">{f.label}</dt>
          <dd className="mt-1 text-lg font-semibold tabular-nums text-slate-900">{f.value}</dd>
          {f.share ? <dd className="text-xs text-slate-500">{t("project.figures.ofEstimate", { share: f.share })}</dd> : null}
        </div>
      ))}
    </dl>
  );
}

function ColourCard({ c, t, locale, canWrite }: { c: TColour; t: TTranslate; locale: TLocale; canWrite: boolean }) {
  const figure = (label: string, value: string) => (
    <div>
      <dt className="text-slate-500">{label}</dt>
      <dd className="font-medium tabular-nums">{value}</dd>
    </div>
  );
  return (
    <article className="card p-5" aria-label={t("project.colours.name", { id: c.id })}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 className="font-semibold text-slate-900">{t("project.colours.name", { id: c.id })}</h3>
          <p className="text-sm text-slate-600">{c.line}</p>
        </div>
        <div className="flex items-center gap-3">
          <MoreLink href={`/colours/${c.id}/statement`}>{t("lists.statement.link")}</MoreLink>
          <span className={`rounded-full px-3 py-1 text-xs font-medium ${STATUS_CLASS[c.status]}`}>{t(`project.colours.status.${c.status}`)}</span>
        </div>
      </div>
      <dl className="mt-4 grid gap-3 text-sm sm:grid-cols-3">
        {figure(t("project.colours.minted"), c.minted)}
        {figure(t("project.colours.inCirculation"), c.inCirculation)}
        {figure(t("project.colours.expires"), c.expires)}
      </dl>
      {c.frozenReason ? <p className="mt-3 text-sm text-sky-900">{t("project.colours.frozenBecause", { reason: c.frozenReason })}</p> : null}
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <div>
          <h4 className="mb-2 text-sm font-medium text-slate-700">{t("project.colours.rules", { version: c.rulesVersion })}</h4>
          <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
            {c.rules.map((s) => (
              <li key={s.key}>{s.text}</li>
            ))}
          </ul>
        </div>
        <DataTable
          className=""
          label={t("project.colours.holders")}
          locale={locale}
          rows={c.holders}
          rowKey={(h) => h.id}
          empty={null}
          columns={[
            {
              key: "holder",
              header: t("project.colours.holder"),
              cell: (h) => (
                <>
                  {h.name}
                  {h.isFrozen ? <span className="ml-2 text-xs text-sky-800">{t("project.colours.status.frozen")}</span> : null}
                </>
              ),
            },
            { key: "balance", header: t("project.colours.balance"), numeric: true, cell: (h) => h.balance },
          ]}
        />
      </div>
      {c.isClosed || !canWrite ? null : <ColourActions colourId={c.id} canReturn={c.canReturn} requestKey={randomUUID()} returnLabel={t("project.colours.returnConfirm", { amount: c.returnable })} />}
    </article>
  );
}

/** `canWrite`: the officials allocate, freeze and return; investigators read the same card without the buttons. */
export function ProjectColours({ view, projectId, t, locale, canWrite }: { view: TView; projectId: number; t: TTranslate; locale: TLocale; canWrite: boolean }) {
  return (
    <section aria-labelledby="colours-title" className="space-y-4">
      <h2 id="colours-title" className="text-lg font-semibold text-slate-900">
        {t("project.colours.title")}
      </h2>
      {view.colours.length === 0 ? (
        <div className="card p-6 text-sm text-slate-600">
          <p>{t("project.colours.empty")}</p>
          {canWrite ? (
            <Link href={`/projects/${projectId}/allocate`} className="btn-primary mt-3">
              {t("project.allocate")}
            </Link>
          ) : null}
        </div>
      ) : (
        view.colours.map((c) => <ColourCard key={c.id} c={c} t={t} locale={locale} canWrite={canWrite} />)
      )}
    </section>
  );
}

type TContract = TView["contracts"]["rows"][number];
type TDocument = TView["documents"][number];

export function ProjectContracts({ view, projectId, t, locale }: { view: TView; projectId: number; t: TTranslate; locale: TLocale }) {
  const { contracts } = view;
  const columns: TDataColumn<TContract>[] = [
    {
      key: "number",
      header: t("project.contracts.number"),
      nowrap: true,
      cell: (c) => (
        <>
          <span className={c.isSub ? "pl-4 text-slate-700" : "font-medium"}>{c.isSub ? `↳ ${c.number}` : c.number}</span>
          {c.isSub ? <div className="pl-4 text-xs text-slate-500">{t("project.contracts.subcontract")}</div> : null}
        </>
      ),
    },
    {
      key: "contractor",
      header: t("project.contracts.contractor"),
      className: "min-w-48",
      cell: (c) => (
        <NameCell note={c.bin} isMonoNote>
          {c.contractor}
        </NameCell>
      ),
    },
    { key: "signed", header: t("project.contracts.signed"), date: true, cell: (c) => c.signed },
    { key: "value", header: t("project.contracts.value"), numeric: true, cell: (c) => c.value },
    { key: "invoices", header: t("project.contracts.invoices"), numeric: true, cell: (c) => c.invoices },
  ];
  const pagination = { page: contracts.page, pages: contracts.pages, total: contracts.total, params: {}, basePath: `/projects/${projectId}`, fragment: "contracts-title" };
  return <TableSection id="contracts-title" title={t("project.contracts.title")} table={{ locale, rows: contracts.rows, rowKey: (c) => c.id, empty: t("project.contracts.empty"), pagination, columns }} />;
}

export function ProjectDocuments({ view, projectId, t, locale }: { view: TView; projectId: number; t: TTranslate; locale: TLocale }) {
  const columns: TDataColumn<TDocument>[] = [
    { key: "invoice", header: t("project.documents.invoice"), nowrap: true, cell: (d) => <OptionalLink href={d.href}>{d.number}</OptionalLink> },
    { key: "contract", header: t("project.documents.contract"), cell: (d) => d.contract },
    { key: "issued", header: t("project.documents.issued"), date: true, cell: (d) => d.issued },
    { key: "status", header: t("project.documents.status"), cell: (d) => d.status },
    { key: "amount", header: t("project.documents.amount"), numeric: true, cell: (d) => d.amount },
  ];
  return (
    <TableSection
      id="documents-title"
      title={t("project.documents.title")}
      more={{ href: `/projects/${projectId}/documents`, label: t("project.documents.all") }}
      table={{ locale, rows: view.documents, rowKey: (d) => d.id, empty: t("project.documents.empty"), columns }}
    />
  );
}
