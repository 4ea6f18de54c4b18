import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { ForbiddenError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { pageWindow, toPage } from "../pagination";

/** Invoices under general contracts of the official's ministry (all for Finance) waiting for a decision, oldest first. */
export async function listApprovalQueue({ actor, q, page }: { actor: TActor; q?: string; page: number }) {
  if (actor.role !== "official") throw new ForbiddenError();
  const text = q?.trim();
  const where: Prisma.InvoiceWhereInput = {
    status: { in: ["submitted", "approved"] },
    contract: { payerId: null, ...(actor.isFinance ? {} : { project: { ministryId: actor.organizationId ?? -1 } }) },
    ...(text
      ? { OR: [{ number: { contains: text, mode: "insensitive" } }, { contract: { contractor: { name: { contains: text, mode: "insensitive" } } } }, { contract: { project: { name: { contains: text, mode: "insensitive" } } } }] }
      : {}),
  };
  const db = prisma();
  const [rows, total] = await Promise.all([
    db.invoice.findMany({
      where,
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
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
    rows.map((r) => ({ ...r, approvals: r.decisions.filter((d) => d.decision === "approve").length, refusedAttempts: refusedById.get(r.id) ?? 0 })),
    total,
    page,
  );
}
