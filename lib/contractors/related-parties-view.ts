import "server-only";
import type { TActor } from "../actor";
import { localizedName, translator, type TLocale } from "../i18n";
import { traceHref } from "../trace/subject";
import { relatedParties, MAX_RELATED_COMPANIES, type TPartyNode } from "./related-parties";
import { layoutGraph, type TLayout } from "./related-parties-layout";

export type TGraphNodeView = TLayout["nodes"][number] & { kind: TPartyNode["kind"]; href: string | null; ariaLabel: string; isCentre: boolean; isDebarred: boolean };
export type TGraphRowView = { key: string; party: string; partyHref: string | null; relation: string; to: string; toHref: string | null; trace: string | null };

/**
 * The company page's related-parties section in the reader's language (decision 0231): the drawing (positions from
 * the pure layout), the same facts as table rows, and the words around them. Null when the reader may not see it.
 */
export async function relatedPartiesView({ actor, companyId, locale }: { actor: TActor; companyId: number; locale: TLocale }) {
  const graph = await relatedParties({ actor, companyId });
  if (!graph) return null;
  const t = translator(locale);
  const centre = graph.nodes.find((n) => n.kind === "company" && n.isCentre)!;
  const labelOf = (n: TPartyNode) => (n.kind === "company" ? localizedName(locale, n) : n.kind === "person" ? n.fullName : n.text);
  const sublabelOf = (n: TPartyNode) =>
    n.kind === "company" ? [n.bin ? t("relatedParties.bin", { bin: n.bin }) : null, n.isDebarred ? t("relatedParties.debarred") : null].filter(Boolean).join(" · ") || null : n.kind === "person" && n.iinMasked ? t("relatedParties.iin", { iin: n.iinMasked }) : null;
  const hrefOf = (n: TPartyNode) => (n.kind === "company" && !n.isCentre ? `/contractors/${n.id}` : null);
  const layout = layoutGraph({ nodes: graph.nodes.map((n) => ({ key: n.key, label: labelOf(n), sublabel: sublabelOf(n) })), edges: graph.edges, centre: centre.key });
  const byKey = new Map(graph.nodes.map((n) => [n.key, n]));
  const nodes: TGraphNodeView[] = layout.nodes.map((p) => {
    const n = byKey.get(p.key)!;
    return { ...p, kind: n.kind, href: hrefOf(n), isCentre: n.kind === "company" && n.isCentre, isDebarred: n.kind === "company" && n.isDebarred, ariaLabel: t("relatedParties.node", { kind: t(`relatedParties.kinds.${n.kind}`), name: p.fullLabel }) };
  });
  const name = labelOf(centre);
  const nameOf = (n: TPartyNode) => (n.kind === "company" && n.isCentre ? `${name} (${t("relatedParties.thisCompany")})` : [labelOf(n), sublabelOf(n)].filter(Boolean).join(", "));
  const traceOf = (n: TPartyNode) => (actor.role === "investigator" && n.kind === "company" && !n.isCentre ? traceHref({ kind: "company", id: n.id }, "forward") : null);
  const rows: TGraphRowView[] = graph.edges.map((e) => {
    const from = byKey.get(e.from)!;
    const to = byKey.get(e.to)!;
    return { key: `${e.from}|${e.to}|${e.kind}`, party: nameOf(from), partyHref: hrefOf(from), relation: t(`relatedParties.relations.${e.kind}`), to: nameOf(to), toHref: hrefOf(to), trace: traceOf(from) ?? traceOf(to) };
  });
  return {
    title: t("relatedParties.title"),
    intro: [t("relatedParties.intro"), graph.showsRelatives ? t("relatedParties.introRelatives") : null].filter(Boolean).join(" "),
    graphLabel: t("relatedParties.graphLabel", { name, count: nodes.length - 1 }),
    /** The scroll box around the graph: a name of its own, so a screen reader does not hear the graph's twice. */
    scrollLabel: t("relatedParties.scrollLabel"),
    caption: t("relatedParties.tableCaption", { name }),
    empty: graph.edges.length === 0 ? t("relatedParties.empty") : null,
    truncated: graph.isTruncated ? t("relatedParties.truncated", { count: MAX_RELATED_COMPANIES }) : null,
    columns: { party: t("relatedParties.columns.party"), relation: t("relatedParties.columns.relation"), to: t("relatedParties.columns.to"), links: t("relatedParties.columns.links") },
    traceLabel: t("relatedParties.trace"),
    layout: { width: layout.width, height: layout.height, nodes, edges: layout.edges.map((e) => ({ ...e, kind: graph.edges.find((g) => g.from === e.from && g.to === e.to)!.kind })) },
    rows,
  };
}

export type TRelatedPartiesView = NonNullable<Awaited<ReturnType<typeof relatedPartiesView>>>;
