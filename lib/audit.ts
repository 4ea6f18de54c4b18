import "server-only";
import type { Prisma } from "./generated/prisma/client";
import { prisma, type Tx } from "./db";

export async function writeAudit(
  event: { actorId: number | null; action: string; subject?: string; details?: Prisma.InputJsonValue },
  tx?: Tx,
): Promise<void> {
  await (tx ?? prisma()).auditEvent.create({
    data: { actorId: event.actorId || null, action: event.action, subject: event.subject, details: event.details },
  });
}
