import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { ForbiddenError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { pageWindow, toPage } from "../pagination";

export const QUEUE_SORTS = ["submitted", "total", "number", "company"] as const;
export type TQueueSort = (typeof QUEUE_SORTS)[number];

/** Which of the queue to show: everything pending, what still needs this official's approval, or what they approved. */
export const QUEUE_VIEWS = ["all", "waiting", "approved"] as const;
export type TQueueView = (typeof QUEUE_VIEWS)[number];

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

/** Invoices under general contracts of the official's ministry (all for Finance) waiting for a decision, oldest first. */
export async function listApprovalQueue({
  actor,
  q,
  page,
  view = "all",
  sort = { column: "submitted", direction: "asc" },
}: {
  actor: TActor;
  q?: string;
  page: number;
  view?: TQueueView;
  sort?: { column: TQueueSort; direction: "asc" | "desc" };
}) {
  if (actor.role !== "official") throw new ForbiddenError();
  const text = q?.trim();
  const mine: Prisma.InvoiceDecisionWhereInput = { userId: actor.userId, decision: "approve" };
  const where: Prisma.InvoiceWhereInput = {
    status: { in: ["submitted", "approved"] },
    contract: { payerId: null, ...(actor.isFinance ? {} : { project: { ministryId: actor.organizationId ?? -1 } }) },
    ...(view === "waiting" ? { decisions: { none: mine } } : view === "approved" ? { decisions: { some: mine } } : {}),
    ...(text
      ? { OR: [{ number: { contains: text, mode: "insensitive" } }, { contract: { contractor: { name: { contains: text, mode: "insensitive" } } } }, { contract: { project: { name: { contains: text, mode: "insensitive" } } } }] }
      : {}),
  };
  const db = prisma();
  const [rows, total] = await Promise.all([
    db.invoice.findMany({
      where,
      orderBy: [...ORDER[sort.column](sort.direction), { id: sort.direction }],
      include: { contract: { select: { number: true, contractor: { select: { name: true, nameRu: true, bin: true } }, project: { select: { name: true } } } }, decisions: { select: { userId: true, decision: true } } },
      ...pageWindow(page),
    }),
    db.invoice.count({ where }),
  ]);
  const refused = rows.length
    ? await db.refusedAttempt.groupBy({ by: ["documentId"], where: { documentType: "invoice", documentId: { in: rows.map((r) => BigInt(r.id)) } }, _count: true })
    : [];
  const refusedById = new Map(refused.map((r) => [Number(r.documentId), r._count]));
  return toPage(
    rows.map((r) => {
      const approvers = r.decisions.filter((d) => d.decision === "approve").map((d) => d.userId);
      const standing: TQueueStanding = approvers.includes(actor.userId) ? "approvedByYou" : approvers.length > 0 ? "waitingForYouSecond" : "waitingForYou";
      return { ...r, approvals: approvers.length, standing, refusedAttempts: refusedById.get(r.id) ?? 0 };
    }),
    total,
    page,
  );
}
