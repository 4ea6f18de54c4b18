import Link from "next/link";
import type { ReactNode } from "react";
import { DataTable } from "@/components/data-table";
import { PrintButton } from "@/components/print-button";
import { requireRole } from "@/lib/auth";
import { caseReportView, type TCaseReportView } from "@/lib/cases/case-report";
import type { TLocale, TTranslate } from "@/lib/i18n";
import { getT, pageTitle } from "@/lib/i18n/server";
import { orNotFound, routeId } from "../../../route-helpers";

export const generateMetadata = pageTitle("investigate.report.link");

/** A titled part of the report, named by its heading (the table in it too). */
function ReportPart({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-2 text-base font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The case's flags or its other evidence: what each item is, the investigator's note, the amount it concerns. */
function EvidenceTable({ id, rows, t, locale }: { id: string; rows: TCaseReportView["evidence"]; t: TTranslate; locale: TLocale }) {
  return (
    <DataTable
      locale={locale}
      labelledBy={id}
      rows={rows}
      rowKey={(i) => i.key}
      empty={t("investigate.report.none")}
      stickyFirst={false}
      columns={[
        { key: "item", header: t("cases.columns.item"), cell: (i) => `${i.typeLabel} ${i.label}${i.flagKind ?? ""}${i.detail ? ` · ${i.detail}` : ""}` },
        { key: "note", header: t("cases.columns.note"), cell: (i) => i.note || "—" },
        { key: "amount", header: t("cases.columns.amount"), numeric: true, cell: (i) => i.amount || "—" },
      ]}
    />
  );
}

/** The case report, print-ready (A4, no app chrome on paper): the case, its flags, evidence, history and journal check. */
export default async function CaseReportPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("investigator");
  const { t, locale } = await getT();
  const id = routeId((await params).id);
  const r = await orNotFound(caseReportView({ actor, caseId: id, locale }));
  return (
    <article className="print-document mx-auto max-w-4xl space-y-6 text-sm text-slate-900">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link href={`/cases/${id}`} className="text-brand-700 hover:underline">
          {t("investigate.report.back")}
        </Link>
        <PrintButton label={t("investigate.report.print")} />
      </div>
      <header className="border-b border-slate-300 pb-3">
        <h1 className="text-2xl font-semibold">{t("investigate.report.title", { id: r.case.id })}</h1>
        <p className="mt-1 text-lg">{r.case.title}</p>
        <p className="mt-1 text-slate-700">{r.case.intro}</p>
        <p className="mt-1 text-slate-700">
          {t("investigate.report.status")}: <strong>{r.statusLabel}</strong>
        </p>
        <p className="mt-1 text-xs text-slate-600">{t("investigate.report.generated", { at: r.generatedAt, name: r.generatedBy })}</p>
      </header>
      {r.case.summary ? (
        <ReportPart id="report-summary" title={t("investigate.report.summary")}>
          <p className="whitespace-pre-line">{r.case.summary}</p>
        </ReportPart>
      ) : null}
      <ReportPart id="report-flags" title={t("investigate.report.flags")}>
        <EvidenceTable id="report-flags" rows={r.flags} t={t} locale={locale} />
      </ReportPart>
      <ReportPart id="report-evidence" title={t("investigate.report.evidence")}>
        <EvidenceTable id="report-evidence" rows={r.evidence} t={t} locale={locale} />
      </ReportPart>
      <ReportPart id="report-journal" title={t("investigate.report.journal")}>
        <p className="mb-2 text-slate-700">{t("investigate.report.journalIntro")}</p>
        <p className="mb-2 break-all text-slate-700">{r.publication ? t("investigate.report.publication", { id: r.publication.id, at: r.publication.at, digest: r.publication.digest }) : t("investigate.report.noPublication")}</p>
        <DataTable
          locale={locale}
          labelledBy="report-journal"
          rows={r.chains}
          rowKey={(c) => c.chain}
          empty={t("investigate.report.noColours")}
          stickyFirst={false}
          rowClassName={(c) => (c.isIntact && c.isPublishedIntact ? undefined : "bg-red-50")}
          columns={[
            { key: "chain", header: t("investigate.report.chain"), cell: (c) => `№${c.chain}` },
            { key: "entries", header: t("investigate.report.entries"), numeric: true, cell: (c) => c.entries },
            { key: "head", header: t("investigate.report.head"), className: "font-mono text-xs break-all", cell: (c) => (c.head ? `${c.head.seq} · ${c.head.hash}` : "—") },
            { key: "verdict", header: t("investigate.report.verdict"), cell: (c) => c.verdict },
            { key: "published", header: t("investigate.report.publishedColumn"), cell: (c) => c.published },
          ]}
        />
      </ReportPart>
      <ReportPart id="report-history" title={t("investigate.report.history")}>
        <ol className="space-y-1">
          {r.case.events.map((e) => (
            <li key={e.key}>
              <span className="text-xs text-slate-600">{e.meta}</span> — {e.text}
            </li>
          ))}
        </ol>
      </ReportPart>
      <p className="pt-10 text-slate-700">{t("investigate.report.signature")}: ____________________</p>
    </article>
  );
}
