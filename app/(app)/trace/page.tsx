import type { Metadata } from "next";
import Link from "next/link";
import { SankeyChart } from "@/components/charts/sankey-chart";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { SearchBar } from "@/components/search-bar";
import { requireRole } from "@/lib/auth";
import { formatDateTime } from "@/lib/dates";
import { getT } from "@/lib/i18n/server";
import { regionName } from "@/lib/kz/regions";
import { formatTiyn } from "@/lib/money";
import { findTraceSubjects } from "@/lib/trace/find-subjects";
import { toSankey } from "@/lib/trace/graph";
import { parseDepth, parseDirection, parseTraceSubject, subjectOfNode, traceHref } from "@/lib/trace/subject";
import { traceMoney } from "@/lib/trace/trace";
import { orNotFound } from "../route-helpers";
import { firstParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("trace.title") };
}

type Search = { q?: string; subject?: string; direction?: string; depth?: string };
const SHOWN_TRANSFERS = 200;

export default async function TracePage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireRole("investigator");
  const { t, locale } = await getT();
  const sp = firstParams(await searchParams);
  const subject = parseTraceSubject(sp.subject);
  const direction = parseDirection(sp.direction);
  const depth = parseDepth(sp.depth);
  const found = sp.q ? await findTraceSubjects({ actor, q: sp.q }) : null;
  const trace = subject ? await orNotFound(traceMoney({ actor, subject, direction })) : null;
  const label = (key: string) => {
    const n = trace?.nodes.find((x) => x.key === key);
    if (!n) return key;
    if (n.kind === "colour") return t("trace.colourNode", { id: n.id ?? 0 });
    if (n.kind === "exit") return t(`project.exits.${n.label}` as never);
    if (n.kind === "held") return t("trace.heldBy", { name: n.label });
    return n.label;
  };
  const subjectKey = subject ? `${subject.kind}:${subject.id}` : "";
  const subjectName = subject ? (subject.kind === "transfer" ? t("trace.transferNode", { id: subject.id }) : label(subjectKey)) : "";
  const sankey = trace ? toSankey(trace.nodes, trace.links, trace.roots, depth) : null;
  // The table lists what the chart draws (cut at the same depth), in its order: column by column from the source,
  // largest flows first. The downloads keep every flow.
  const depthOf = new Map((sankey?.nodes ?? []).filter((n) => !n.repeat).map((n) => [n.key, n.depth]));
  const hiddenFlows = (trace?.links.length ?? 0) - (sankey?.flows.length ?? 0);
  const orderedLinks = [...(sankey?.flows ?? [])].sort((a, b) => (depthOf.get(a.from) ?? 99) - (depthOf.get(b.from) ?? 99) || (a.amountTiyn === b.amountTiyn ? 0 : a.amountTiyn > b.amountTiyn ? -1 : 1));
  const inflow = (key: string) => trace?.links.filter((l) => l.to === key).reduce((a, l) => a + l.amountTiyn, 0n) ?? 0n;
  const outflow = (key: string) => trace?.links.filter((l) => l.from === key).reduce((a, l) => a + l.amountTiyn, 0n) ?? 0n;
  const exportHref = (format: string) => `/trace/export?${new URLSearchParams({ subject: subjectKey, direction, format })}`;
  const traceLinks = (s: { kind: "line" | "colour" | "project" | "company" | "transfer"; id: number }, name: string) => (
    <span className="flex gap-3 text-sm">
      <Link className="text-brand-700 hover:underline" href={traceHref(s, "forward")}>
        {t("trace.forward")}
        <span className="sr-only"> {name}</span>
      </Link>
      <Link className="text-brand-700 hover:underline" href={traceHref(s, "backward")}>
        {t("trace.backward")}
        <span className="sr-only"> {name}</span>
      </Link>
    </span>
  );
  return (
    <>
      <PageHeader title={t("trace.title")} intro={t("trace.intro")} />
      <SearchBar className="mb-4" label={t("trace.searchLabel")} placeholder={t("trace.searchPlaceholder")} query={sp.q} submitLabel={t("common.search")} />
      {found ? (
        <section aria-label={t("trace.results")} className="card mb-6 divide-y divide-slate-100 text-sm">
          {found.lines.length + found.projects.length + found.companies.length === 0 && !found.transfer ? <p className="p-4 text-slate-600">{t("trace.nothingFound")}</p> : null}
          {found.transfer ? (
            <div className="flex items-center justify-between gap-4 p-3">
              <span>
                {t("trace.transferNode", { id: String(found.transfer.id) })} · {formatTiyn(found.transfer.amountTiyn)} · {formatDateTime(found.transfer.createdAt)}
              </span>
              {traceLinks({ kind: "transfer", id: Number(found.transfer.id) }, t("trace.transferNode", { id: String(found.transfer.id) }))}
            </div>
          ) : null}
          {found.lines.map((l) => (
            <div key={`l${l.id}`} className="flex items-center justify-between gap-4 p-3">
              <span>
                <span className="text-xs uppercase text-slate-500">{t("trace.kinds.line")}</span> {l.code} / {l.specifics} · {l.fiscalYear} · {l.name}
              </span>
              {traceLinks({ kind: "line", id: l.id }, `${l.code} / ${l.specifics}`)}
            </div>
          ))}
          {found.projects.map((p) => (
            <div key={`p${p.id}`} className="flex items-center justify-between gap-4 p-3">
              <span>
                <span className="text-xs uppercase text-slate-500">{t("trace.kinds.project")}</span> {p.name} · {regionName(p.region, locale)}
              </span>
              {traceLinks({ kind: "project", id: p.id }, p.name)}
            </div>
          ))}
          {found.companies.map((c) => (
            <div key={`c${c.id}`} className="flex items-center justify-between gap-4 p-3">
              <span>
                <span className="text-xs uppercase text-slate-500">{t("trace.kinds.company")}</span> {c.name} · <span className="font-mono">{c.bin}</span>
                {c.isDebarred ? <span className="ml-2 text-xs text-red-700">{t("trace.debarred")}</span> : null}
              </span>
              {traceLinks({ kind: "company", id: c.id }, c.name)}
            </div>
          ))}
        </section>
      ) : null}

      {!trace || !subject || !sankey ? (
        found ? null : <p className="card p-6 text-sm text-slate-600">{t("trace.start")}</p>
      ) : (
        <div className="space-y-6">
          <div className="flex flex-wrap items-end justify-between gap-4">
            <div>
              <h2 className="text-lg font-semibold text-slate-900">{t(direction === "forward" ? "trace.forwardOf" : "trace.backwardOf", { name: subjectName })}</h2>
              <p className="text-sm text-slate-600">{t(direction === "forward" ? "trace.forwardIntro" : "trace.backwardIntro")}</p>
            </div>
            <div className="flex flex-wrap items-center gap-3 text-sm">
              <nav aria-label={t("trace.direction")} className="flex overflow-hidden rounded-md border border-slate-300">
                {(["forward", "backward"] as const).map((d) => (
                  <Link key={d} href={traceHref(subject, d, depth)} aria-current={d === direction ? "page" : undefined} className={`px-3 py-1.5 ${d === direction ? "bg-brand-600 text-white" : "bg-white text-slate-700 hover:bg-slate-50"}`}>
                    {t(`trace.${d}`)}
                  </Link>
                ))}
              </nav>
              <form className="flex items-center gap-2" action="/trace">
                <input type="hidden" name="subject" value={subjectKey} />
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
          {trace.isTruncated ? <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("trace.truncated")}</p> : null}
          {trace.links.length === 0 ? (
            <p className="card p-6 text-sm text-slate-600">{t("trace.empty")}</p>
          ) : (
            <div className="card p-4">
              <SankeyChart
                label={t("trace.chart")}
                nodes={sankey.nodes.map((n) => {
                  const s = subjectOfNode(n.key);
                  return {
                    name: n.repeat ? `${label(n.key)} ↺` : label(n.key),
                    key: n.key,
                    kind: n.kind,
                    depth: n.depth,
                    href: s ? traceHref(s, direction, depth) : null,
                    amountText: formatTiyn(inflow(n.key) > 0n ? inflow(n.key) : outflow(n.key)),
                  };
                })}
                links={sankey.links.map((l) => ({ source: l.source, target: l.target, value: l.value, amountText: formatTiyn(BigInt(l.amountTiyn)) }))}
              />
              <p className="mt-2 text-xs text-slate-500">{t("trace.chartHelp")}</p>
            </div>
          )}
          <div className="flex flex-wrap gap-3 text-sm">
            <a className="btn-secondary" href={exportHref("csv")} download>
              {t("trace.downloadCsv")}
            </a>
            {trace.transfers.length ? (
              <a className="btn-secondary" href={exportHref("transfers-csv")} download>
                {t("trace.downloadTransfers")}
              </a>
            ) : null}
            <a className="btn-secondary" href={exportHref("json")} download>
              {t("trace.downloadJson")}
            </a>
            {subject.kind !== "line" ? (
              <Link className="btn-primary" href={`/cases?attach=${subjectKey}#open`}>
                {t("trace.openCase")}
              </Link>
            ) : null}
          </div>
          <section aria-labelledby="flows-title">
            <h3 id="flows-title" className="mb-2 font-semibold text-slate-900">
              {t("trace.flows")}
            </h3>
            <DataTable
              locale={locale}
              rows={orderedLinks}
              rowKey={(l) => `${l.from}>${l.to}`}
              empty={null}
              columns={[
                { key: "from", header: t("trace.from"), className: "min-w-48", cell: (l) => label(l.from) },
                {
                  key: "to",
                  header: t("trace.to"),
                  cell: (l) => {
                    const to = subjectOfNode(l.to);
                    return to && !l.to.startsWith("held:") ? (
                      <Link className="text-brand-700 hover:underline" href={traceHref(to, direction, depth)}>
                        {label(l.to)}
                      </Link>
                    ) : (
                      label(l.to)
                    );
                  },
                },
                { key: "amount", header: t("trace.amount"), numeric: true, cell: (l) => formatTiyn(l.amountTiyn) },
                { key: "transfers", header: t("trace.transfers"), numeric: true, cell: (l) => l.transfers || "—" },
              ]}
            />
            {hiddenFlows > 0 ? <p className="mt-2 text-sm text-slate-600">{t("trace.deeperFlows", { count: hiddenFlows, depth })}</p> : null}
          </section>
          {trace.transfers.length ? (
            <section aria-labelledby="transfers-title">
              <h3 id="transfers-title" className="mb-2 font-semibold text-slate-900">
                {t("trace.transfersTitle", { count: trace.transfers.length })}
              </h3>
              <DataTable
                locale={locale}
                rows={trace.transfers.slice(0, SHOWN_TRANSFERS)}
                rowKey={(x) => String(x.id)}
                empty={null}
                columns={[
                  {
                    key: "transfer",
                    header: t("trace.transfer"),
                    nowrap: true,
                    cell: (x) => (
                      <>
                        <Link className="text-brand-700 hover:underline" href={traceHref({ kind: "transfer", id: Number(x.id) }, direction, depth)}>
                          #{String(x.id)}
                        </Link>
                        <div className="text-xs text-slate-500">
                          {formatDateTime(x.createdAt)} · {t(`project.timeline.kinds.${x.kind}` as never)}
                        </div>
                      </>
                    ),
                  },
                  { key: "from", header: t("trace.from"), cell: (x) => label(x.from) },
                  { key: "to", header: t("trace.to"), cell: (x) => label(x.to) },
                  { key: "amount", header: t("trace.amount"), numeric: true, cell: (x) => formatTiyn(x.amountTiyn) },
                  { key: "traced", header: t("trace.traced"), numeric: true, cell: (x) => formatTiyn(x.tracedTiyn) },
                ]}
              />
              {trace.transfers.length > SHOWN_TRANSFERS ? <p className="mt-2 text-sm text-slate-600">{t("trace.moreInDownload", { shown: SHOWN_TRANSFERS })}</p> : null}
            </section>
          ) : null}
        </div>
      )}
    </>
  );
}
