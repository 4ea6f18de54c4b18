import "server-only";
import type { TActor } from "../actor";
import type { TProjectNameForms } from "../i18n";
import { prisma } from "../db";
import { companyOf, assertInvestigator } from "../scope";
import { ForbiddenError } from "../errors";
import { adminTodos, contractorTodos, investigatorTodos, type TTodo } from "./attention";
import { expiringColours, type TExpiringColour } from "./official-home";

// The homes of contractors, investigators and administrators: each reads only what its role may see (a
// contractor only its own company's invoices and balances).

export type TContractorHome = { todos: TTodo[]; expiring: TExpiringColour[] };

export async function contractorHome(actor: TActor, now = new Date()): Promise<TContractorHome> {
  const company = companyOf(actor);
  const db = prisma();
  const [incoming, issued, drafts, expiring] = await Promise.all([
    db.invoice.count({ where: { status: "submitted", contract: { payerId: company } } }),
    db.invoice.count({ where: { status: "submitted", issuerId: company } }),
    db.invoice.count({ where: { status: "draft", issuerId: company } }),
    expiringColours({ ministry: null, company }, now),
  ]);
  return { todos: contractorTodos({ incoming, issued, drafts, ...expiring.counts }), expiring: expiring.list };
}

export type TInvestigatorHome = {
  todos: TTodo[];
  newHighFlags: (TProjectNameForms & { id: number; kind: string; score: number; firstDetectedAt: Date })[];
  myCases: { id: number; title: string; status: string; updatedAt: Date }[];
};

/** New high flags: open, high, first detected in the last 7 days. "Their cases": the cases assigned to them, not closed. */
export async function investigatorHome(actor: TActor, now = new Date()): Promise<TInvestigatorHome> {
  assertInvestigator(actor);
  const since = new Date(now.getTime() - 7 * 86_400_000);
  const db = prisma();
  const flagWhere = { status: "open" as const, severity: "high" as const, firstDetectedAt: { gte: since } };
  const caseWhere = { assigneeId: actor.userId, status: { not: "closed" as const } };
  const [highFlags, openCases, flags, cases] = await Promise.all([
    db.flag.count({ where: flagWhere }),
    db.investigationCase.count({ where: caseWhere }),
    db.flag.findMany({ where: flagWhere, orderBy: [{ score: "desc" }, { id: "desc" }], take: 5, select: { id: true, kind: true, score: true, projectId: true, firstDetectedAt: true } }),
    db.investigationCase.findMany({ where: caseWhere, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], take: 5, select: { id: true, title: true, status: true, updatedAt: true } }),
  ]);
  const projects = new Map((await db.project.findMany({ where: { id: { in: flags.map((f) => f.projectId) } }, select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true } })).map((p) => [p.id, p]));
  return {
    todos: investigatorTodos({ highFlags, openCases }),
    newHighFlags: flags.map((f) => ({ id: f.id, kind: f.kind, score: f.score, projectName: projects.get(f.projectId)?.name ?? "", projectRu: projects.get(f.projectId)?.nameRu, projectKk: projects.get(f.projectId)?.nameKk, projectEn: projects.get(f.projectId)?.nameEn, firstDetectedAt: f.firstDetectedAt })),
    myCases: cases,
  };
}

export type TAdminHome = {
  todos: TTodo[];
  locked: { email: string; address: string; lockedUntil: Date }[];
  recent: { id: string; at: Date; action: string; subject: string | null; actorEmail: string | null }[];
};

/** Sign-ins held back right now (an account from one address, decision 0063), users on a one-time password, and the latest changes. */
export async function adminHome(actor: TActor, now = new Date()): Promise<TAdminHome> {
  if (actor.role !== "admin" && !actor.isSystem) throw new ForbiddenError();
  const db = prisma();
  const lockWhere = { key: { startsWith: "pair:" }, lockedUntil: { gt: now } };
  const [lockedSignIns, mustChangePassword, locks, events] = await Promise.all([
    db.signInThrottle.count({ where: lockWhere }),
    db.user.count({ where: { isActive: true, mustChangePassword: true } }),
    db.signInThrottle.findMany({ where: lockWhere, orderBy: { lockedUntil: "desc" }, take: 10 }),
    db.auditEvent.findMany({ orderBy: { id: "desc" }, take: 8, select: { id: true, at: true, action: true, subject: true, actorId: true } }),
  ]);
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is number => id !== null))];
  const emails = new Map((await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, email: true } })).map((u) => [u.id, u.email]));
  return {
    todos: adminTodos({ lockedSignIns, mustChangePassword }),
    locked: locks.map((l) => {
      const [email = "", address = ""] = l.key.slice("pair:".length).split("|");
      return { email, address, lockedUntil: l.lockedUntil! };
    }),
    recent: events.map((e) => ({ id: String(e.id), at: e.at, action: e.action, subject: e.subject, actorEmail: e.actorId === null ? null : (emails.get(e.actorId) ?? null) })),
  };
}
