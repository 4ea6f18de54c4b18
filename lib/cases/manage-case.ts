import "server-only";
import { assertInvestigator } from "../scope";
import { z } from "zod";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { DomainError, NotFoundError } from "../errors";
import type { CaseStatus } from "../generated/prisma/enums";
import { caseItemExists, type TCaseItemRef } from "./case-items";
import { zText } from "../text-field";
import { assertStorableText } from "../text-field";

export const CASE_STATUSES = ["open", "under_review", "referred", "closed"] as const satisfies readonly CaseStatus[];


export const ZOpenCase = z.object({
  title: zText({ min: 5, max: 300 }),
  summary: zText({ max: 5000 }).optional(),
});

/** Opens a case, optionally with its first piece of evidence (the flag, company or payment it was opened from). */
export async function openCase({ actor, input, attach }: { actor: TActor; input: z.input<typeof ZOpenCase>; attach?: TCaseItemRef | null }) {
  assertInvestigator(actor);
  const data = ZOpenCase.parse(input);
  if (attach && !(await caseItemExists(attach))) throw new NotFoundError(attach.type);
  return prisma().$transaction(async (tx) => {
    const created = await tx.investigationCase.create({ data: { title: data.title, summary: data.summary || null, createdById: actor.userId, assigneeId: actor.userId } });
    await tx.caseEvent.create({ data: { caseId: created.id, kind: "open", text: data.title, actorId: actor.userId } });
    if (attach) {
      await tx.caseItem.create({ data: { caseId: created.id, itemType: attach.type, itemId: attach.id, addedById: actor.userId } });
      await tx.caseEvent.create({ data: { caseId: created.id, kind: "attach", data: attach, actorId: actor.userId } });
    }
    return created;
  });
}

async function touch(caseId: number, work: (tx: Parameters<Parameters<ReturnType<typeof prisma>["$transaction"]>[0]>[0]) => Promise<void>) {
  return prisma().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM investigation_case WHERE id = ${caseId} FOR UPDATE`;
    if (rows.length === 0) throw new NotFoundError("case");
    await work(tx);
    await tx.investigationCase.update({ where: { id: caseId }, data: { updatedAt: new Date() } });
  });
}

export async function addCaseNote({ actor, caseId, text }: { actor: TActor; caseId: number; text: string }) {
  assertInvestigator(actor);
  const note = text.trim();
  if (note.length < 2) throw new DomainError("NOTE_EMPTY");
  assertStorableText(note, 5000);
  await touch(caseId, async (tx) => {
    await tx.caseEvent.create({ data: { caseId, kind: "note", text: note, actorId: actor.userId } });
  });
}

/** A status change is kept in the history with its reason; closing and reopening are status changes too. */
export async function setCaseStatus({ actor, caseId, status, reason }: { actor: TActor; caseId: number; status: CaseStatus; reason: string }) {
  assertInvestigator(actor);
  if (!CASE_STATUSES.includes(status)) throw new DomainError("INVALID_STATUS");
  const text = reason.trim();
  if (text.length < 5) throw new DomainError("REASON_REQUIRED");
  assertStorableText(text, 2000);
  await touch(caseId, async (tx) => {
    const current = await tx.investigationCase.findUniqueOrThrow({ where: { id: caseId }, select: { status: true } });
    if (current.status === status) throw new DomainError("STATUS_UNCHANGED");
    await tx.investigationCase.update({ where: { id: caseId }, data: { status } });
    await tx.caseEvent.create({ data: { caseId, kind: "status", text, data: { from: current.status, to: status }, actorId: actor.userId } });
  });
}

/**
 * Hands a case to another investigator (or takes it back). The assignee must be an active investigator; the change is
 * kept in the case's history, and the assignee hears of it (lib/notifications derives "case_assigned" from the event).
 */
export async function assignCase({ actor, caseId, assigneeId }: { actor: TActor; caseId: number; assigneeId: number }) {
  assertInvestigator(actor);
  const assignee = await prisma().user.findUnique({ where: { id: assigneeId }, select: { id: true, role: true, isActive: true } });
  if (!assignee || assignee.role !== "investigator" || !assignee.isActive) throw new DomainError("ASSIGNEE_NOT_INVESTIGATOR");
  await touch(caseId, async (tx) => {
    const current = await tx.investigationCase.findUniqueOrThrow({ where: { id: caseId }, select: { assigneeId: true } });
    if (current.assigneeId === assigneeId) throw new DomainError("ALREADY_ASSIGNED");
    await tx.investigationCase.update({ where: { id: caseId }, data: { assigneeId } });
    await tx.caseEvent.create({ data: { caseId, kind: "assign", data: { from: current.assigneeId, to: assigneeId }, actorId: actor.userId } });
  });
}

/** The investigators a case can be assigned to: active ones, by name. */
export async function listInvestigators(actor: TActor): Promise<{ id: number; name: string }[]> {
  assertInvestigator(actor);
  const rows = await prisma().user.findMany({ where: { role: "investigator", isActive: true }, select: { id: true, name: true, email: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
  return rows.map((r) => ({ id: r.id, name: r.name || r.email }));
}

export async function attachToCase({ actor, caseId, item, note }: { actor: TActor; caseId: number; item: TCaseItemRef; note?: string }) {
  assertInvestigator(actor);
  if (!(await caseItemExists(item))) throw new NotFoundError(item.type);
  await touch(caseId, async (tx) => {
    const already = await tx.caseItem.findUnique({ where: { caseId_itemType_itemId: { caseId, itemType: item.type, itemId: item.id } } });
    if (already) throw new DomainError("ALREADY_ATTACHED");
    await tx.caseItem.create({ data: { caseId, itemType: item.type, itemId: item.id, note: note?.trim() || null, addedById: actor.userId } });
    await tx.caseEvent.create({ data: { caseId, kind: "attach", text: note?.trim() || null, data: item, actorId: actor.userId } });
  });
}

export async function detachFromCase({ actor, caseId, item }: { actor: TActor; caseId: number; item: TCaseItemRef }) {
  assertInvestigator(actor);
  await touch(caseId, async (tx) => {
    const removed = await tx.caseItem.deleteMany({ where: { caseId, itemType: item.type, itemId: item.id } });
    if (removed.count === 0) throw new NotFoundError("case item");
    await tx.caseEvent.create({ data: { caseId, kind: "detach", data: item, actorId: actor.userId } });
  });
}
