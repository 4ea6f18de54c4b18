import "server-only";
import crypto from "node:crypto";
import { writeAudit } from "../audit";
import { prisma } from "../db";
import { redeemSecondFactorCode } from "./verify-second-factor";

// The half-done sign-in between the password and the code is not a session: it is a row keyed by the SHA-256 of a
// random ticket (the browser holds the ticket in a short-lived HttpOnly cookie), it opens no page, lasts five
// minutes, allows five wrong codes and is used once. A "renewal" ticket is issued by the server to itself after a
// password change, to sign the current browser in again under the new session version; it never leaves the server.

export const PENDING_SIGN_IN_SECONDS = 5 * 60;
export const MAX_CODE_FAILURES = 5;
const RENEWAL_SECONDS = 60;

type TKind = "second_factor" | "renewal";

const idOf = (ticket: string) => crypto.createHash("sha256").update(ticket).digest("hex");

export async function createPendingSignIn(userId: number, kind: TKind): Promise<string> {
  const ticket = crypto.randomBytes(32).toString("base64url");
  const seconds = kind === "renewal" ? RENEWAL_SECONDS : PENDING_SIGN_IN_SECONDS;
  const db = prisma();
  await db.$transaction([
    db.pendingSignIn.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
    db.pendingSignIn.create({ data: { id: idOf(ticket), userId, kind, expiresAt: new Date(Date.now() + seconds * 1000) } }),
  ]);
  return ticket;
}

export type TSignInUser = { id: number; role: string; organizationId: number | null; sessionVersion: number; name: string; email: string };
export type TPendingResult = { ok: true; user: TSignInUser } | { ok: false; reason: "code_invalid" | "code_expired" | "code_throttled" | "inactive" };

/**
 * Wrong codes per user over every pending sign-in in the window: whoever has the password could otherwise start a
 * new pending sign-in after each five wrong codes and go on guessing (a right password clears the password throttle).
 */
export const MAX_USER_CODE_FAILURES = 10;
const CODE_FAILURE_WINDOW_MINUTES = 15;

async function activeUser(userId: number): Promise<TSignInUser | null> {
  const user = await prisma().user.findUnique({ where: { id: userId } });
  if (!user?.isActive) return null;
  return { id: user.id, role: user.role, organizationId: user.organizationId, sessionVersion: user.sessionVersion, name: user.name, email: user.email };
}

/** The second step of a sign-in: the ticket from the first step and a code (TOTP or recovery). Every try is audited. */
export async function completeSecondFactorSignIn({ ticket, code, address }: { ticket: string; code: string; address: string }): Promise<TPendingResult> {
  const db = prisma();
  const pending = await db.pendingSignIn.findUnique({ where: { id: idOf(ticket) } });
  if (!pending || pending.kind !== "second_factor" || pending.expiresAt <= new Date()) {
    await writeAudit({ actorId: pending?.userId ?? null, action: "sign_in.second_factor.expired", details: { address } });
    return { ok: false, reason: "code_expired" };
  }
  const since = new Date(Date.now() - CODE_FAILURE_WINDOW_MINUTES * 60_000);
  const recentFailures = await db.auditEvent.count({ where: { actorId: pending.userId, action: "sign_in.second_factor.failed", at: { gte: since } } });
  if (recentFailures >= MAX_USER_CODE_FAILURES) {
    // Not even checked: a right code now must not reward the guessing before it.
    await db.pendingSignIn.deleteMany({ where: { id: pending.id } });
    await writeAudit({ actorId: pending.userId, action: "sign_in.second_factor.throttled", details: { address, failures: recentFailures } });
    return { ok: false, reason: "code_throttled" };
  }
  const used = await redeemSecondFactorCode(pending.userId, code);
  if (!used) {
    // Counted in the row itself; the fifth wrong code ends the pending sign-in (the password must be given again).
    const after = await db.pendingSignIn.update({ where: { id: pending.id }, data: { failures: { increment: 1 } } });
    const ended = after.failures >= MAX_CODE_FAILURES;
    if (ended) await db.pendingSignIn.deleteMany({ where: { id: pending.id } });
    await writeAudit({ actorId: pending.userId, action: "sign_in.second_factor.failed", details: { address, failures: after.failures, ended } });
    return { ok: false, reason: ended ? "code_expired" : "code_invalid" };
  }
  // Single use: only the request that deletes the row signs in.
  const taken = await db.pendingSignIn.deleteMany({ where: { id: pending.id } });
  if (taken.count !== 1) return { ok: false, reason: "code_expired" };
  const user = await activeUser(pending.userId);
  await writeAudit({ actorId: pending.userId, action: user ? "sign_in.second_factor" : "sign_in.second_factor.inactive", details: { address, method: used } });
  return user ? { ok: true, user } : { ok: false, reason: "inactive" };
}

/** Redeems a renewal ticket issued after a password change (see changePassword). */
export async function completeRenewal(ticket: string): Promise<TPendingResult> {
  const db = prisma();
  const pending = await db.pendingSignIn.findUnique({ where: { id: idOf(ticket) } });
  if (!pending || pending.kind !== "renewal" || pending.expiresAt <= new Date()) return { ok: false, reason: "code_expired" };
  const taken = await db.pendingSignIn.deleteMany({ where: { id: pending.id } });
  if (taken.count !== 1) return { ok: false, reason: "code_expired" };
  const user = await activeUser(pending.userId);
  return user ? { ok: true, user } : { ok: false, reason: "inactive" };
}
