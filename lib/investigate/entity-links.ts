import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { translator, type TLocale } from "../i18n";
import { traceHref } from "../trace/subject";

// Issue 19: an investigator reading a project, company, contract or invoice goes from it to its trace, its flags
// and the cases that hold it (or opens one with it attached). Others get no links: the trace, the flag queue and
// the cases are the investigators' alone.

export type TEntityRef = { kind: "project" | "company" | "contract" | "invoice"; id: number };
export type TEntityLink = { href: string; label: string };
export type TEntityLinks = { links: TEntityLink[]; cases: TEntityLink[] };

/** What a case item of this entity is called (case_item.item_type); a contract is attached through its contractor. */
async function caseItemOf(ref: TEntityRef): Promise<{ type: "project" | "company" | "invoice"; id: number; companyId: number | null; projectId: number | null }> {
  const db = prisma();
  if (ref.kind === "project") return { type: "project", id: ref.id, companyId: null, projectId: ref.id };
  if (ref.kind === "company") return { type: "company", id: ref.id, companyId: ref.id, projectId: null };
  if (ref.kind === "contract") {
    const c = await db.contract.findUnique({ where: { id: ref.id }, select: { contractorId: true, projectId: true } });
    return { type: "company", id: c?.contractorId ?? 0, companyId: c?.contractorId ?? null, projectId: c?.projectId ?? null };
  }
  const i = await db.invoice.findUnique({ where: { id: ref.id }, select: { issuerId: true, contract: { select: { projectId: true } } } });
  return { type: "invoice", id: ref.id, companyId: i?.issuerId ?? null, projectId: i?.contract.projectId ?? null };
}

/**
 * The investigator's links from one entity the caller has already been allowed to read: trace (forward and back),
 * flags, open a case with it, and the cases that already hold it (newest first, at most 20).
 */
export async function entityLinks({ actor, ref, locale }: { actor: TActor; ref: TEntityRef; locale: TLocale }): Promise<TEntityLinks | null> {
  if (actor.role !== "investigator") return null;
  const t = translator(locale);
  const item = await caseItemOf(ref);
  const links: TEntityLink[] = [];
  const traceOf = item.companyId !== null ? ({ kind: "company", id: item.companyId } as const) : item.projectId !== null ? ({ kind: "project", id: item.projectId } as const) : null;
  if (traceOf) {
    links.push({ href: traceHref(traceOf, "forward"), label: t("investigate.links.traceForward") });
    links.push({ href: traceHref(traceOf, "backward"), label: t("investigate.links.traceBackward") });
  }
  if (item.companyId !== null) links.push({ href: `/flags?company=${item.companyId}`, label: t("investigate.links.companyFlags") });
  if (item.projectId !== null) links.push({ href: `/flags?project=${item.projectId}`, label: t("investigate.links.projectFlags") });
  if (item.id) links.push({ href: `/cases?attach=${item.type}:${item.id}#open`, label: t("investigate.links.openCase") });
  const held = await prisma().caseItem.findMany({
    where: { itemType: item.type, itemId: String(item.id) },
    include: { case: { select: { id: true, title: true, status: true } } },
    orderBy: { addedAt: "desc" },
    take: 20,
  });
  const cases = held.map((h) => ({ href: `/cases/${h.case.id}`, label: t("investigate.links.case", { id: h.case.id, title: h.case.title, status: t(`cases.status.${h.case.status}`) }) }));
  return { links, cases };
}
