import "server-only";
import { assertInvestigator } from "../scope";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { NotFoundError } from "../errors";
import type { CaseStatus } from "../generated/prisma/enums";
import type { Prisma } from "../generated/prisma/client";
import { PAGE_SIZE, pageWindow, toPage } from "../pagination";
import { resolveCaseItems, type TCaseItemType } from "./case-items";
import { parseId } from "../http/parse-id";

export const CASE_SORTS = ["updated", "created", "title"] as const;


/** Every investigator sees every case (one agency); searchable by title, filtered by status. */
export async function listCases({ actor, q, status, page, sort, pageSize = PAGE_SIZE }: { actor: TActor; q?: string; status?: CaseStatus; page: number; sort: { column: (typeof CASE_SORTS)[number]; direction: "asc" | "desc" }; pageSize?: number }) {
  assertInvestigator(actor);
  const text = q?.trim();
  const where: Prisma.InvestigationCaseWhereInput = {
    ...(status ? { status } : {}),
    ...(text ? { OR: [{ title: { contains: text, mode: "insensitive" } }, ...(parseId(text) !== null ? [{ id: parseId(text)! }] : [])] } : {}),
  };
  const orderBy = { [sort.column === "updated" ? "updatedAt" : sort.column === "created" ? "createdAt" : "title"]: sort.direction };
  const db = prisma();
  const [rows, total] = await Promise.all([
    db.investigationCase.findMany({ where, orderBy: [orderBy, { id: "desc" }], include: { _count: { select: { items: true } } }, ...pageWindow(page, pageSize) }),
    db.investigationCase.count({ where }),
  ]);
  return toPage(rows, total, page, pageSize);
}

/** One case with its evidence (labelled), its history, the colours and companies it touches and the freezes in force. */
export async function getCase({ actor, caseId }: { actor: TActor; caseId: number }) {
  assertInvestigator(actor);
  const db = prisma();
  const found = await db.investigationCase.findUnique({
    where: { id: caseId },
    include: { items: { orderBy: { addedAt: "asc" } }, events: { orderBy: { id: "desc" }, take: 200 } },
  });
  if (!found) throw new NotFoundError("case");
  const items = await resolveCaseItems(found.items.map((i) => ({ type: i.itemType as TCaseItemType, id: i.itemId })));
  // The history names items by type and id; those since detached are looked up too, so it can say their names.
  const attachedKeys = new Set(found.items.map((i) => `${i.itemType}:${i.itemId}`));
  const eventRefs = new Map<string, { type: TCaseItemType; id: string }>();
  for (const e of found.events) {
    const data = (e.data ?? {}) as Record<string, unknown>;
    if ((e.kind !== "attach" && e.kind !== "detach") || typeof data.type !== "string" || (typeof data.id !== "string" && typeof data.id !== "number")) continue;
    const key = `${data.type}:${data.id}`;
    if (!attachedKeys.has(key)) eventRefs.set(key, { type: data.type as TCaseItemType, id: String(data.id) });
  }
  const formerItems = eventRefs.size > 0 ? await resolveCaseItems([...eventRefs.values()]) : [];
  const labels = new Map([...items, ...formerItems].map((i) => [`${i.type}:${i.id}`, i.label]));
  // Everyone the page names: the creator, the assignee, each event's actor and the assignments' from and to.
  const assigned = found.events.flatMap((e) => (e.kind === "assign" ? Object.values((e.data ?? {}) as Record<string, unknown>) : [])).filter((v): v is number => typeof v === "number");
  const actorIds = [...new Set([found.createdById, ...(found.assigneeId ? [found.assigneeId] : []), ...found.events.map((e) => e.actorId), ...assigned])];
  const people = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  const colourIds = [...new Set(items.flatMap((i) => i.colourIds))];
  const companyIds = [...new Set(items.flatMap((i) => i.companyIds))];
  const [colours, frozenAccounts, companies] = await Promise.all([
    db.colour.findMany({ where: { id: { in: colourIds } }, select: { id: true, isFrozen: true, frozenReason: true, project: { select: { name: true, nameRu: true, nameKk: true, nameEn: true } } }, orderBy: { id: "asc" } }),
    db.account.findMany({ where: { colourId: { in: colourIds }, isFrozen: true }, select: { colourId: true, organizationId: true, frozenReason: true, organization: { select: { name: true, nameRu: true, nameKk: true, nameEn: true } } } }),
    db.organization.findMany({ where: { id: { in: companyIds } }, select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true }, orderBy: { name: "asc" } }),
  ]);
  return {
    case: found,
    items: items.map((i, n) => ({ ...i, note: found.items[n]!.note, addedAt: found.items[n]!.addedAt })),
    events: found.events.map((e) => ({ ...e, actorName: people.find((p) => p.id === e.actorId)?.name ?? null })),
    createdByName: people.find((p) => p.id === found.createdById)?.name ?? null,
    assigneeName: people.find((p) => p.id === found.assigneeId)?.name ?? null,
    /** Names by user id, for the history's assignments. */
    nameOf: (id: unknown) => people.find((p) => p.id === id)?.name ?? "—",
    /** An attached (or once attached) item's label by type and id, for the history: "Almaty Stroy Invest", "#23". */
    itemLabelOf: (type: unknown, id: unknown) => labels.get(`${String(type)}:${String(id)}`) ?? `#${String(id)}`,
    colours,
    frozenAccounts,
    /** The companies attached or named by an attached flag: a freeze can be narrowed to one of their accounts. */
    companies,
  };
}
