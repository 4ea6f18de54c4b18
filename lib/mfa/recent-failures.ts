import "server-only";
import { prisma } from "../db";
import { DomainError } from "../errors";

// A signed-in session is no licence to guess: the current password (on a password change) and a code (to confirm
// or turn off a second factor) each allow five wrong tries per user in fifteen minutes. The failures are the audit
// rows those attempts already write, so no counter of its own can drift from the record.
export const MAX_ACCOUNT_FAILURES = 5;
const WINDOW_MINUTES = 15;

export async function refuseAfterRepeatedFailures(userId: number, actions: string[]): Promise<void> {
  const since = new Date(Date.now() - WINDOW_MINUTES * 60_000);
  const failures = await prisma().auditEvent.count({ where: { actorId: userId, action: { in: actions }, at: { gte: since } } });
  if (failures >= MAX_ACCOUNT_FAILURES) throw new DomainError("ACCOUNT_TOO_MANY_ATTEMPTS", { minutes: WINDOW_MINUTES });
}
