import "server-only";
import type { TActor } from "../actor";
import { formatDateTime } from "../dates";
import { localizedName, localText, translator, type TLocale, type TLocalText, type TTranslate } from "../i18n";
import { regionName } from "../kz/regions";
import { formatTiyn } from "../money";
import { findTraceSubjects } from "./find-subjects";
import { toSankey } from "./graph";
import { subjectOfNode, traceHref } from "./subject";
import { traceMoney, type TTrace } from "./trace";
import type { TTraceDirection, TTraceSubject } from "./trace-types";

/** How many traced transfers the page lists; the downloads keep all. */
export const SHOWN_TRANSFERS = 200;

/** A text that may link to a trace. */
export type TTraceText = { text: string; href?: string };
/** One search result: what it is, how it reads, and the subject to trace from. */
/** `local`: the found project's or company's name in the reader's language, shown before `text` (decision 0230). */
export type TFoundRow = { key: string; kind: string | null; local: TLocalText | null; text: string; bin: string | null; debarred: boolean; subject: TTraceSubject; name: string };

function foundRows(found: Awaited<ReturnType<typeof findTraceSubjects>>, t: TTranslate, locale: TLocale): TFoundRow[] {
  const row = (r: Partial<TFoundRow> & Pick<TFoundRow, "key" | "text" | "subject" | "name">): TFoundRow => ({ kind: null, local: null, bin: null, debarred: false, ...r });
  const transfer = found.transfer;
  return [
    ...(transfer
      ? [row({ key: "t", text: `${t("trace.transferNode", { id: String(transfer.id) })} · ${formatTiyn(transfer.amountTiyn)} · ${formatDateTime(transfer.createdAt)}`, subject: { kind: "transfer", id: Number(transfer.id) }, name: t("trace.transferNode", { id: String(transfer.id) }) })]
      : []),
    ...found.lines.map((l) => row({ key: `l${l.id}`, kind: t("trace.kinds.line"), text: `${l.code} / ${l.specifics} · ${l.fiscalYear} · ${localizedName(locale, l)}`, subject: { kind: "line", id: l.id }, name: `${l.code} / ${l.specifics}` })),
    ...found.projects.map((p) => row({ key: `p${p.id}`, kind: t("trace.kinds.project"), local: localText(locale, t, p), text: ` · ${regionName(p.region, locale)}`, subject: { kind: "project", id: p.id }, name: localizedName(locale, p) })),
    ...found.companies.map((c) => row({ key: `c${c.id}`, kind: t("trace.kinds.company"), local: localText(locale, t, c), text: " · ", bin: c.bin ?? "", debarred: c.isDebarred, subject: { kind: "company", id: c.id }, name: localizedName(locale, c) })),
  ];
}

function traceOf(trace: TTrace, subject: TTraceSubject, direction: TTraceDirection, depth: number, t: TTranslate, locale: TLocale) {
  const label = (key: string) => {
    const n = trace.nodes.find((x) => x.key === key);
    if (!n) return key;
    if (n.kind === "colour") return t("trace.colourNode", { id: n.id ?? 0 });
    if (n.kind === "exit") return t(`project.exits.${n.label}` as never);
    const name = n.names ? localizedName(locale, n.names) : n.label;
    if (n.kind === "held") return t("trace.heldBy", { name });
    return name;
  };
  const subjectKey = `${subject.kind}:${subject.id}`;
  const sankey = toSankey(trace.nodes, trace.links, trace.roots, depth);
  // The table lists what the chart draws (cut at the same depth), in its order: column by column from the source,
  // largest flows first. The downloads keep every flow.
  const depthOf = new Map(sankey.nodes.filter((n) => !n.repeat).map((n) => [n.key, n.depth]));
  const ordered = [...sankey.flows].sort((a, b) => (depthOf.get(a.from) ?? 99) - (depthOf.get(b.from) ?? 99) || (a.amountTiyn === b.amountTiyn ? 0 : a.amountTiyn > b.amountTiyn ? -1 : 1));
  const sum = (side: "from" | "to", key: string) => trace.links.filter((l) => l[side] === key).reduce((a, l) => a + l.amountTiyn, 0n);
  const exportHref = (format: string) => `/trace/export?${new URLSearchParams({ subject: subjectKey, direction, format })}`;
  return {
    subjectKey,
    subjectName: subject.kind === "transfer" ? t("trace.transferNode", { id: subject.id }) : label(subjectKey),
    isTruncated: trace.isTruncated,
    isEmpty: trace.links.length === 0,
    directions: (["forward", "backward"] as const).map((d) => ({ direction: d, href: traceHref(subject, d, depth), current: d === direction })),
    chart: {
      nodes: sankey.nodes.map((n) => {
        const s = subjectOfNode(n.key);
        return { name: n.repeat ? `${label(n.key)} ↺` : label(n.key), key: n.key, kind: n.kind, depth: n.depth, href: s ? traceHref(s, direction, depth) : null, amountText: formatTiyn(sum("to", n.key) > 0n ? sum("to", n.key) : sum("from", n.key)) };
      }),
      links: sankey.links.map((l) => ({ source: l.source, target: l.target, value: l.value, amountText: formatTiyn(BigInt(l.amountTiyn)) })),
    },
    downloads: { csv: exportHref("csv"), transfersCsv: trace.transfers.length ? exportHref("transfers-csv") : null, json: exportHref("json") },
    openCaseHref: subject.kind !== "line" ? `/cases?attach=${subjectKey}#open` : null,
    flows: ordered.map((l) => {
      const to = subjectOfNode(l.to);
      return { key: `${l.from}>${l.to}`, from: label(l.from), to: { text: label(l.to), href: to && !l.to.startsWith("held:") ? traceHref(to, direction, depth) : undefined } as TTraceText, amount: formatTiyn(l.amountTiyn), transfers: l.transfers };
    }),
    hiddenFlows: trace.links.length - sankey.flows.length,
    transferCount: trace.transfers.length,
    transfers: trace.transfers.slice(0, SHOWN_TRANSFERS).map((x) => ({
      id: String(x.id),
      href: traceHref({ kind: "transfer", id: Number(x.id) }, direction, depth),
      detail: `${formatDateTime(x.createdAt)} · ${t(`project.timeline.kinds.${x.kind}` as never)}`,
      from: label(x.from),
      to: label(x.to),
      amount: formatTiyn(x.amountTiyn),
      traced: formatTiyn(x.tracedTiyn),
    })),
  };
}

/**
 * The trace page's view model (issue 14, item 6): the search results and the traced money as rows, labels and
 * links in the reader's language. The investigator checks stay in findTraceSubjects and traceMoney.
 */
export async function tracePageView({ actor, q, subject, direction, depth, locale }: { actor: TActor; q?: string; subject: TTraceSubject | null; direction: TTraceDirection; depth: number; locale: TLocale }) {
  const t = translator(locale);
  const found = q ? await findTraceSubjects({ actor, q }) : null;
  const trace = subject ? await traceMoney({ actor, subject, direction }) : null;
  return {
    found: found ? foundRows(found, t, locale) : null,
    trace: trace && subject ? traceOf(trace, subject, direction, depth, t, locale) : null,
  };
}

export type TTracePageView = Awaited<ReturnType<typeof tracePageView>>;
export type TTraceView = NonNullable<TTracePageView["trace"]>;
