import "server-only";
import type { TActor } from "../actor";
import { auditRead } from "../audit";
import { endOfAlmatyDay, startOfAlmatyDay } from "../dates";
import { prisma } from "../db";
import { ForbiddenError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { pageWindow, toPage } from "../pagination";
import type { TAuditFilters } from "./filters";

/** The most rows one CSV download holds; the viewer says to narrow the filters beyond it. */
export const AUDIT_CSV_MAX_ROWS = 100_000;
/** A user filter matches at most this many users (by e-mail or name); more means "be more precise". */
const USER_MATCHES = 200;

export type TAuditRow = {
  id: bigint;
  at: Date;
  actorId: number | null;
  actor: { email: string; name: string } | null;
  action: string;
  subject: string | null;
  details: Prisma.JsonValue;
};

function assertAdmin(actor: TActor) {
  if (actor.role !== "admin") throw new ForbiddenError();
}

/**
 * The filters as a where clause. Each is an index scan (audit_event (actor_id, id), (action, id), (subject, id),
 * (at)); the user filter first finds the matching users, then their events.
 */
async function whereOf(f: TAuditFilters): Promise<Prisma.AuditEventWhereInput> {
  const where: Prisma.AuditEventWhereInput = {};
  if (f.user) {
    const users = await prisma().user.findMany({
      where: { OR: [{ email: { contains: f.user, mode: "insensitive" } }, { name: { contains: f.user, mode: "insensitive" } }] },
      select: { id: true },
      orderBy: { id: "asc" },
      take: USER_MATCHES,
    });
    where.actorId = { in: users.map((u) => u.id) };
  }
  if (f.action) where.action = f.action;
  if (f.subject) where.subject = f.subject;
  if (f.from || f.to) where.at = { ...(f.from ? { gte: startOfAlmatyDay(f.from) } : {}), ...(f.to ? { lte: endOfAlmatyDay(f.to) } : {}) };
  return where;
}

async function withActors(rows: { id: bigint; at: Date; actorId: number | null; action: string; subject: string | null; details: Prisma.JsonValue }[]): Promise<TAuditRow[]> {
  const ids = [...new Set(rows.map((r) => r.actorId).filter((id): id is number => id !== null))];
  const users = ids.length ? await prisma().user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true, name: true } }) : [];
  const byId = new Map(users.map((u) => [u.id, { email: u.email, name: u.name }]));
  return rows.map((r) => ({ ...r, actor: r.actorId === null ? null : (byId.get(r.actorId) ?? null) }));
}

/** One page of the audit log, newest first (administrators only). */
export async function listAuditEvents({ actor, filters, page }: { actor: TActor; filters: TAuditFilters; page: number }) {
  assertAdmin(actor);
  const where = await whereOf(filters);
  const db = prisma();
  const [rows, total] = await Promise.all([db.auditEvent.findMany({ where, orderBy: { id: "desc" }, ...pageWindow(page) }), db.auditEvent.count({ where })]);
  return toPage(await withActors(rows), total, page);
}

/**
 * Exactly the filtered rows for a download, newest first, at most AUDIT_CSV_MAX_ROWS (administrators only); the
 * download is itself recorded, with the filters it used. lib/exports/audit-and-payments.ts makes the list table.
 */
export async function auditEventsForExport({ actor, filters }: { actor: TActor; filters: TAuditFilters }): Promise<TAuditRow[]> {
  assertAdmin(actor);
  const rows = await withActors(await prisma().auditEvent.findMany({ where: await whereOf(filters), orderBy: { id: "desc" }, take: AUDIT_CSV_MAX_ROWS }));
  await auditRead(actor, "audit.export", undefined, { filters: { ...filters }, rows: rows.length });
  return rows;
}
