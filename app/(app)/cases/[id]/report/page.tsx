import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { PrintButton } from "@/components/print-button";
import { requireRole } from "@/lib/auth";
import { caseReportView } from "@/lib/cases/case-report";
import { getT, pageTitle } from "@/lib/i18n/server";
import { orNotFound, routeId } from "../../../route-helpers";

export const generateMetadata = pageTitle("investigate.report.link");

/** The case report, print-ready (A4, no app chrome on paper): the case, its flags, evidence, history and journal check. */
export default async function CaseReportPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("investigator");
  const { t, locale } = await getT();
  const id = routeId((await params).id);
  const r = await orNotFound(caseReportView({ actor, caseId: id, locale }));
  const evidenceColumns = [
    { key: "item", header: t("cases.columns.item"), cell: (i: (typeof r.evidence)[number]) => `${i.typeLabel} ${i.label}${i.flagKind ?? ""}${i.detail ? ` · ${i.detail}` : ""}` },
    { key: "note", header: t("cases.columns.note"), cell: (i: (typeof r.evidence)[number]) => i.note || "—" },
    { key: "amount", header: t("cases.columns.amount"), numeric: true, cell: (i: (typeof r.evidence)[number]) => i.amount || "—" },
  ];
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
        <section aria-labelledby="report-summary">
          <h2 id="report-summary" className="mb-1 text-base font-semibold">
            {t("investigate.report.summary")}
          </h2>
          <p className="whitespace-pre-line">{r.case.summary}</p>
        </section>
      ) : null}
      <section aria-labelledby="report-flags">
        <h2 id="report-flags" className="mb-2 text-base font-semibold">
          {t("investigate.report.flags")}
        </h2>
        <DataTable locale={locale} labelledBy="report-flags" rows={r.flags} rowKey={(i) => i.key} empty={t("investigate.report.none")} stickyFirst={false} columns={evidenceColumns} />
      </section>
      <section aria-labelledby="report-evidence">
        <h2 id="report-evidence" className="mb-2 text-base font-semibold">
          {t("investigate.report.evidence")}
        </h2>
        <DataTable locale={locale} labelledBy="report-evidence" rows={r.evidence} rowKey={(i) => i.key} empty={t("investigate.report.none")} stickyFirst={false} columns={evidenceColumns} />
      </section>
      <section aria-labelledby="report-journal">
        <h2 id="report-journal" className="mb-1 text-base font-semibold">
          {t("investigate.report.journal")}
        </h2>
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
      </section>
      <section aria-labelledby="report-history">
        <h2 id="report-history" className="mb-2 text-base font-semibold">
          {t("investigate.report.history")}
        </h2>
        <ol className="space-y-1">
          {r.case.events.map((e) => (
            <li key={e.key}>
              <span className="text-xs text-slate-600">{e.meta}</span> — {e.text}
            </li>
          ))}
        </ol>
      </section>
      <p className="pt-10 text-slate-700">{t("investigate.report.signature")}: ____________________</p>
    </article>
  );
}
