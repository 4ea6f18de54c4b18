import "server-only";
import type { TActor } from "./actor";
import type { Prisma } from "./generated/prisma/client";
import { prisma, type Tx } from "./db";
import { boundAuditDetails, boundAuditText } from "./audit-log/bound-details";

// The audit log (audit_event): who did what to which object, and who read what is sensitive — append-only in the
// database (prisma/sql/functions/aiqyn_audit_append_only.sql), shown to administrators at /admin/audit (decision 0076).
// Every value is bounded here: the log must not become the place where a 1 MB input is kept forever.

export async function writeAudit(
  event: { actorId: number | null; action: string; subject?: string; details?: Prisma.InputJsonValue },
  tx?: Tx,
): Promise<void> {
  await (tx ?? prisma()).auditEvent.create({
    data: {
      actorId: event.actorId || null,
      action: boundAuditText(event.action, 64),
      subject: event.subject === undefined ? undefined : boundAuditText(event.subject, 200),
      details: event.details === undefined ? undefined : (boundAuditDetails(event.details) as Prisma.InputJsonValue),
    },
  });
}

/** Who acted, for the log: the system (seeds, imports, CLI) is recorded without a user. */
const actorIdOf = (actor: TActor | null | undefined) => (actor && !actor.isSystem ? actor.userId : null);

/**
 * A sensitive read: an export, a download, an evidence pack, a page that shows personal identification
 * numbers, a journal verification. Recorded before the data leaves, so a failed write refuses the read.
 */
export async function auditRead(actor: TActor, action: string, subject?: string, details?: Prisma.InputJsonValue): Promise<void> {
  await writeAudit({ actorId: actorIdOf(actor), action, subject, details });
}

/**
 * A refused authorization: a signed-in user asked for an action, page or download that is not theirs (wrong
 * role, or an object outside their scope, which they are told is "not found"). Anonymous requests are not
 * recorded: they never got past sign-in, and recording them would let anyone fill the log.
 */
export async function auditRefusal(actor: TActor | null, refusal: { what: string; reason: "role" | "not_found"; details?: Record<string, Prisma.InputJsonValue | null> }): Promise<void> {
  if (!actor || actor.isSystem) return;
  try {
    await writeAudit({ actorId: actor.userId, action: "access.refused", subject: refusal.what, details: { reason: refusal.reason, role: actor.role, ...refusal.details } });
  } catch (error) {
    // The refusal stands whether or not it could be written; the failure itself goes to the server log.
    console.error("audit: a refusal could not be recorded", error);
  }
}
