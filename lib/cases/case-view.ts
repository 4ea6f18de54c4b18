import "server-only";
import type { TActor } from "../actor";
import { formatDateTime } from "../dates";
import { isFlagKind } from "../flags/kinds";
import { localizedName, localText, translator, type TLocale, type TLocalText, type TTranslate } from "../i18n";
import { formatTiyn } from "../money";
import { traceHref } from "../trace/subject";
import { getCase } from "./list-cases";

type TCase = Awaited<ReturnType<typeof getCase>>;

const TRACEABLE = ["transfer", "company", "colour", "project"] as const;

function describeEvent(e: TCase["events"][number], t: TTranslate, nameOf: TCase["nameOf"], itemLabelOf: TCase["itemLabelOf"]): string {
  const data = (e.data ?? {}) as Record<string, string | number | null>;
  const item = () => `${t(`cases.itemTypes.${data.type}` as never)} ${itemLabelOf(data.type, data.id)}`;
  switch (e.kind) {
    case "open":
      return t("cases.events.open");
    case "note":
      return t("cases.events.note", { text: e.text ?? "" });
    case "status":
      return t("cases.events.status", { from: t(`cases.status.${data.from}` as never), to: t(`cases.status.${data.to}` as never), reason: e.text ?? "" });
    case "attach":
      return t("cases.events.attach", { item: item() });
    case "assign":
      return data.from == null ? t("caseAssign.events.assigned", { to: nameOf(data.to) }) : t("caseAssign.events.reassigned", { from: nameOf(data.from), to: nameOf(data.to) });
    case "detach":
      return t("cases.events.detach", { item: item() });
    case "freeze":
    case "unfreeze":
      return t(`cases.events.${e.kind}`, { what: data.organization ? t("cases.freeze.accountOf", { colour: data.colour ?? "" }) : t("cases.freeze.colourN", { colour: data.colour ?? "" }), reason: e.text ?? "" });
    default:
      return e.kind;
  }
}

/**
 * A case's page as plain rows and labels (issue 14, item 6): its evidence with trace links, its colours and frozen
 * accounts, its history in words. The investigator check stays in getCase.
 */
export async function casePageView({ actor, caseId, locale }: { actor: TActor; caseId: number; locale: TLocale }) {
  const c = await getCase({ actor, caseId });
  const t = translator(locale);
  return {
    id: c.case.id,
    title: c.case.title,
    status: c.case.status,
    summary: c.case.summary,
    intro: t("cases.openedBy", { id: c.case.id, name: c.createdByName ?? "—", at: formatDateTime(c.case.createdAt) }),
    items: c.items.map((i) => {
      const subject = (TRACEABLE as readonly string[]).includes(i.type) ? { kind: i.type as (typeof TRACEABLE)[number], id: Number(i.id) } : null;
      return {
        key: `${i.type}:${i.id}`,
        type: i.type,
        id: i.id,
        typeLabel: t(`cases.itemTypes.${i.type}`),
        label: i.labelNames ? localizedName(locale, i.labelNames) : i.label,
        local: i.labelNames ? localText(locale, t, i.labelNames) : null,
        flagKind: i.flagKind && isFlagKind(i.flagKind) ? ` · ${t(`flags.kinds.${i.flagKind}.name`)}` : null,
        detail: (i.detailNames ? localText(locale, t, i.detailNames) : i.detail ? { text: i.detail, lang: null, fallback: null } : null) as TLocalText | null,
        traces: subject ? { forward: traceHref(subject, "forward"), backward: traceHref(subject, "backward") } : null,
        flagHref: i.type === "flag" ? `/flags/${i.id}` : null,
        note: i.note ?? "",
        amount: i.amountTiyn === null ? "" : formatTiyn(i.amountTiyn),
      };
    }),
    colours: c.colours.map((col) => ({ id: col.id, label: `${t("cases.freeze.colourN", { colour: col.id })} · ${localizedName(locale, col.project)}`, isFrozen: col.isFrozen, state: col.isFrozen ? t("cases.freeze.isFrozen", { reason: col.frozenReason ?? "" }) : t("cases.freeze.isActive") })),
    frozenAccounts: c.frozenAccounts.map((a) => ({ key: `${a.colourId}:${a.organizationId}`, text: t("cases.freeze.accountFrozen", { name: a.organization ? localizedName(locale, a.organization) : "", colour: a.colourId, reason: a.frozenReason ?? "" }) })),
    companies: c.companies.map((co) => ({ id: co.id, name: localizedName(locale, co) })),
    events: c.events.map((e) => ({ key: String(e.id), meta: `${formatDateTime(e.at)} · ${e.actorName ?? "—"}`, text: describeEvent(e, t, c.nameOf, c.itemLabelOf) })),
    assigneeId: c.case.assigneeId,
    assignee: c.assigneeName ? t("caseAssign.assignedTo", { name: c.assigneeName }) : t("caseAssign.unassigned"),
  };
}

export type TCasePageView = Awaited<ReturnType<typeof casePageView>>;
