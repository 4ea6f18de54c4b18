import Link from "next/link";
import { SankeyChart } from "@/components/charts/sankey-chart";
import { TableSection } from "@/components/table-section";
import type { TLocale, TTranslate } from "@/lib/i18n";
import type { TTraceSubject } from "@/lib/trace/trace-types";
import { SHOWN_TRANSFERS, type TFoundRow, type TTraceView } from "@/lib/trace/trace-view";
import { traceHref } from "@/lib/trace/subject";
import { LocalText } from "@/components/local-name";

function TraceLinks({ subject, name, t }: { subject: TTraceSubject; name: string; t: TTranslate }) {
  return (
    <span className="flex gap-3 text-sm">
      <Link className="text-brand-700 hover:underline" href={traceHref(subject, "forward")}>
        {t("trace.forward")}
        <span className="sr-only"> {name}</span>
      </Link>
      <Link className="text-brand-700 hover:underline" href={traceHref(subject, "backward")}>
        {t("trace.backward")}
        <span className="sr-only"> {name}</span>
      </Link>
    </span>
  );
}

/** What the search found to trace from: a transfer, budget lines, projects, companies. */
export function FoundSubjects({ rows, t }: { rows: TFoundRow[]; t: TTranslate }) {
  return (
    <section aria-label={t("trace.results")} className="card mb-6 divide-y divide-slate-100 text-sm">
      {rows.length === 0 ? <p className="p-4 text-slate-600">{t("trace.nothingFound")}</p> : null}
      {rows.map((r) => (
        <div key={r.key} className="flex items-center justify-between gap-4 p-3">
          <span>
            {r.kind ? (
              <>
                <span className="text-xs uppercase text-slate-500">{r.kind}</span>{" "}
              </>
            ) : null}
            {r.local ? <LocalText {...r.local} /> : null}
            {r.text}
            {r.bin !== null ? <span className="font-mono">{r.bin}</span> : null}
            {r.debarred ? <span className="ml-2 text-xs text-red-700">{t("trace.debarred")}</span> : null}
          </span>
          <TraceLinks subject={r.subject} name={r.name} t={t} />
        </div>
      ))}
    </section>
  );
}

/** The heading, the direction switch and the depth picker above the chart. */
export function TraceControls({ view, direction, depth, t }: { view: TTraceView; direction: "forward" | "backward"; depth: number; t: TTranslate }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div>
        <h2 className="text-lg font-semibold text-slate-900">{t(direction === "forward" ? "trace.forwardOf" : "trace.backwardOf", { name: view.subjectName })}</h2>
        <p className="text-sm text-slate-600">{t(direction === "forward" ? "trace.forwardIntro" : "trace.backwardIntro")}</p>
      </div>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <nav aria-label={t("trace.direction")} className="flex overflow-hidden rounded-md border border-slate-300">
          {view.directions.map((d) => (
            <Link key={d.direction} href={d.href} aria-current={d.current ? "page" : undefined} className={`px-3 py-1.5 ${d.current ? "bg-brand-600 text-white" : "bg-white text-slate-700 hover:bg-slate-50"}`}>
              {t(`trace.${d.direction}`)}
            </Link>
          ))}
        </nav>
        <form className="flex items-center gap-2" action="/trace">
          <input type="hidden" name="subject" value={view.subjectKey} />
          <input type="hidden" name="direction" value={direction} />
          <label htmlFor="depth" className="text-slate-600">
            {t("trace.depth")}
          </label>
          <select id="depth" name="depth" defaultValue={String(depth)} className="input w-20 py-1">
            {Array.from({ length: 12 }, (_, i) => i + 1).map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
          <button className="btn-secondary py-1" type="submit">
            {t("trace.apply")}
          </button>
        </form>
      </div>
    </div>
  );
}

export function TraceChart({ view, t }: { view: TTraceView; t: TTranslate }) {
  if (view.isEmpty) return <p className="card p-6 text-sm text-slate-600">{t("trace.empty")}</p>;
  return (
    <div className="card p-4">
      <SankeyChart label={t("trace.chart")} nodes={view.chart.nodes} links={view.chart.links} />
      <p className="mt-2 text-xs text-slate-500">{t("trace.chartHelp")}</p>
    </div>
  );
}

export function TraceDownloads({ view, t }: { view: TTraceView; t: TTranslate }) {
  return (
    <div className="flex flex-wrap gap-3 text-sm">
      <a className="btn-secondary" href={view.downloads.csv} download>
        {t("trace.downloadCsv")}
      </a>
      {view.downloads.transfersCsv ? (
        <a className="btn-secondary" href={view.downloads.transfersCsv} download>
          {t("trace.downloadTransfers")}
        </a>
      ) : null}
      <a className="btn-secondary" href={view.downloads.json} download>
        {t("trace.downloadJson")}
      </a>
      {view.openCaseHref ? (
        <Link className="btn-primary" href={view.openCaseHref}>
          {t("trace.openCase")}
        </Link>
      ) : null}
    </div>
  );
}

export function TraceFlows({ view, depth, t, locale }: { view: TTraceView; depth: number; t: TTranslate; locale: TLocale }) {
  return (
    <TableSection
      id="flows-title"
      level={3}
      title={t("trace.flows")}
      table={{
        locale,
        rows: view.flows,
        rowKey: (l) => l.key,
        empty: null,
        columns: [
          { key: "from", header: t("trace.from"), className: "min-w-48", cell: (l) => l.from },
          {
            key: "to",
            header: t("trace.to"),
            cell: (l) =>
              l.to.href ? (
                <Link className="text-brand-700 hover:underline" href={l.to.href}>
                  {l.to.text}
                </Link>
              ) : (
                l.to.text
              ),
          },
          { key: "amount", header: t("trace.amount"), numeric: true, cell: (l) => l.amount },
          { key: "transfers", header: t("trace.transfers"), numeric: true, cell: (l) => l.transfers || "—" },
        ],
      }}
    >
      {view.hiddenFlows > 0 ? <p className="mt-2 text-sm text-slate-600">{t("trace.deeperFlows", { count: view.hiddenFlows, depth })}</p> : null}
    </TableSection>
  );
}

export function TraceTransfers({ view, t, locale }: { view: TTraceView; t: TTranslate; locale: TLocale }) {
  if (!view.transferCount) return null;
  return (
    <TableSection
      id="transfers-title"
      level={3}
      title={t("trace.transfersTitle", { count: view.transferCount })}
      table={{
        locale,
        rows: view.transfers,
        rowKey: (x) => x.id,
        empty: null,
        columns: [
          {
            key: "transfer",
            header: t("trace.transfer"),
            nowrap: true,
            cell: (x) => (
              <>
                <Link className="text-brand-700 hover:underline" href={x.href}>
                  #{x.id}
                </Link>
                <div className="text-xs text-slate-500">{x.detail}</div>
              </>
            ),
          },
          { key: "from", header: t("trace.from"), cell: (x) => x.from },
          { key: "to", header: t("trace.to"), cell: (x) => x.to },
          { key: "amount", header: t("trace.amount"), numeric: true, cell: (x) => x.amount },
          { key: "traced", header: t("trace.traced"), numeric: true, cell: (x) => x.traced },
        ],
      }}
    >
      {view.transferCount > SHOWN_TRANSFERS ? <p className="mt-2 text-sm text-slate-600">{t("trace.moreInDownload", { shown: SHOWN_TRANSFERS })}</p> : null}
    </TableSection>
  );
}
