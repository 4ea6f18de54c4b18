import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { ForbiddenError } from "../errors";
import { endOfAlmatyDay, startOfAlmatyDay } from "../dates";
import type { Prisma } from "../generated/prisma/client";
import type { InvoiceStatus } from "../generated/prisma/enums";
import { pageWindow, toPage } from "../pagination";
import { auditRead } from "../audit";
import { QUEUE_VIEWS, queueFilterParams, type TQueueFilters, type TQueueView } from "./queue-filters";

export { QUEUE_VIEWS, type TQueueView };

export const QUEUE_SORTS = ["submitted", "total", "number", "company"] as const;
export type TQueueSort = (typeof QUEUE_SORTS)[number];

/**
 * Where an invoice stands for the official reading the queue: it waits for them (as the first or the second
 * approver), or they approved it and it waits for a second, different official.
 */
export type TQueueStanding = "waitingForYou" | "waitingForYouSecond" | "approvedByYou";

const ORDER: Record<TQueueSort, (d: Prisma.SortOrder) => Prisma.InvoiceOrderByWithRelationInput[]> = {
  submitted: (d) => [{ submittedAt: d }],
  total: (d) => [{ totalTiyn: d }, { submittedAt: "asc" }],
  number: (d) => [{ number: d }],
  company: (d) => [{ contract: { contractor: { name: d } } }, { submittedAt: "asc" }],
};

const PENDING: InvoiceStatus[] = ["submitted", "approved"];
const STATUS_IN: Record<TQueueFilters["status"], InvoiceStatus[]> = {
  pending: PENDING,
  submitted: ["submitted"],
  approved: ["approved"],
  paid: ["paid"],
  rejected: ["rejected"],
  withdrawn: ["withdrawn"],
  // A draft is the company's own until submitted: never the ministry's to see.
  all: ["submitted", "approved", "paid", "rejected", "withdrawn"],
};

/** The most rows one CSV download holds. */
export const QUEUE_CSV_MAX_ROWS = 10_000;

type TQueueSortBy = { column: TQueueSort; direction: "asc" | "desc" };
type TQueueInput = { actor: TActor; q?: string; view?: TQueueView; filters?: Partial<TQueueFilters>; sort?: TQueueSortBy };

/** The effective filters: `q` and `view` given alone (older callers) or inside `filters`. */
const filtersOf = ({ q, view, filters }: TQueueInput): TQueueFilters => ({ status: "pending", ...filters, q: filters?.q ?? q, view: filters?.view ?? view ?? "all" });

const contains = (text: string) => ({ contains: text, mode: "insensitive" as const });

/**
 * The scope and the filters as one where clause: general contracts (subcontract invoices are the paying company's)
 * of the official's ministry (all for Finance), never a draft; "waiting" is what is pending without this
 * official's approval.
 */
export function queueWhere(actor: TActor, f: TQueueFilters): Prisma.InvoiceWhereInput {
  if (actor.role !== "official") throw new ForbiddenError();
  const mine: Prisma.InvoiceDecisionWhereInput = { userId: actor.userId, decision: "approve" };
  const statuses = STATUS_IN[f.status].filter((s) => f.view !== "waiting" || PENDING.includes(s));
  const contractor = f.contractor;
  const and: Prisma.InvoiceWhereInput[] = [];
  if (f.q) and.push({ OR: [{ number: contains(f.q) }, { contract: { contractor: { name: contains(f.q) } } }, { contract: { project: { name: contains(f.q) } } }] });
  if (contractor) {
    const byName = { OR: [{ name: contains(contractor) }, { nameRu: contains(contractor) }] };
    and.push({ contract: { contractor: /^\d+$/.test(contractor) ? { OR: [{ bin: { contains: contractor } }, byName] } : byName } });
  }
  return {
    status: { in: statuses },
    contract: { payerId: null, ...(actor.isFinance ? {} : { project: { ministryId: actor.organizationId ?? -1 } }), ...(f.projectId === undefined ? {} : { projectId: f.projectId }) },
    ...(f.view === "waiting" ? { decisions: { none: mine } } : f.view === "approved" ? { decisions: { some: mine } } : {}),
    ...(f.minTiyn !== undefined || f.maxTiyn !== undefined ? { totalTiyn: { ...(f.minTiyn !== undefined ? { gte: f.minTiyn } : {}), ...(f.maxTiyn !== undefined ? { lte: f.maxTiyn } : {}) } } : {}),
    ...(f.from || f.to ? { submittedAt: { ...(f.from ? { gte: startOfAlmatyDay(f.from) } : {}), ...(f.to ? { lte: endOfAlmatyDay(f.to) } : {}) } } : {}),
    ...(and.length ? { AND: and } : {}),
  };
}

const INCLUDE = {
  contract: { select: { number: true, contractor: { select: { name: true, nameRu: true, nameKk: true, nameEn: true, bin: true } }, project: { select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true } } } },
  decisions: { select: { userId: true, decision: true } },
} satisfies Prisma.InvoiceInclude;

const orderOf = (sort: TQueueSortBy) => [...ORDER[sort.column](sort.direction), { id: sort.direction }];

/** Where a pending invoice stands for this official; a decided one (paid, rejected, withdrawn) has no standing. */
function standingOf(actor: TActor, r: { status: InvoiceStatus; decisions: { userId: number; decision: string }[] }): TQueueStanding | null {
  if (!PENDING.includes(r.status)) return null;
  const approvers = r.decisions.filter((d) => d.decision === "approve").map((d) => d.userId);
  return approvers.includes(actor.userId) ? "approvedByYou" : approvers.length > 0 ? "waitingForYouSecond" : "waitingForYou";
}

/** The official's invoice queue: by default what waits for a decision, oldest first; filtered as the URL says. */
export async function listApprovalQueue(input: TQueueInput & { page: number }) {
  const { actor, page, sort = { column: "submitted", direction: "asc" } } = input;
  const where = queueWhere(actor, filtersOf(input));
  const db = prisma();
  const [rows, total] = await Promise.all([db.invoice.findMany({ where, orderBy: orderOf(sort), include: INCLUDE, ...pageWindow(page) }), db.invoice.count({ where })]);
  const refused = rows.length
    ? await db.refusedAttempt.groupBy({ by: ["documentId"], where: { documentType: "invoice", documentId: { in: rows.map((r) => BigInt(r.id)) } }, _count: true })
    : [];
  const refusedById = new Map(refused.map((r) => [Number(r.documentId), r._count]));
  return toPage(
    rows.map((r) => ({ ...r, approvals: r.decisions.filter((d) => d.decision === "approve").length, standing: standingOf(actor, r), refusedAttempts: refusedById.get(r.id) ?? 0 })),
    total,
    page,
  );
}

/**
 * Exactly the rows the filters select (every page, in the page's order, at most QUEUE_CSV_MAX_ROWS), for the queue's
 * downloads (lib/exports/more-list-csv#approvalQueueTable, decision 0254); the export is audited here.
 */
export async function approvalQueueExportRows(input: TQueueInput) {
  const { actor, sort = { column: "submitted", direction: "asc" } } = input;
  const filters = filtersOf(input);
  const rows = await prisma().invoice.findMany({ where: queueWhere(actor, filters), orderBy: orderOf(sort), include: INCLUDE, take: QUEUE_CSV_MAX_ROWS });
  await auditRead(actor, "invoices.queue.export", undefined, { filters: Object.fromEntries(Object.entries(queueFilterParams(filters)).filter(([, v]) => v !== undefined)), rows: rows.length });
  return rows;
}

/** The projects an official may filter the queue by: their ministry's (all for Finance), by name. */
export async function queueProjects(actor: TActor) {
  if (actor.role !== "official") throw new ForbiddenError();
  return prisma().project.findMany({ where: actor.isFinance ? {} : { ministryId: actor.organizationId ?? -1 }, select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
}
