import { describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { confirmPassword } from "../../lib/users/confirm-password";
import { createUser } from "../../lib/users/create-user";
import { endOtherSessions, endSession } from "../../lib/users/end-session";
import { listSessions } from "../../lib/users/list-sessions";
import { loadActor } from "../../lib/users/load-actor";
import { loadSessionActor } from "../../lib/users/load-session-actor";
import { endAllSessions, setUserActive } from "../../lib/users/set-user-active";
import { startSession } from "../../lib/users/start-session";
import { adminActor } from "../support/actors";

// Decision 0064, with the defaults: 8 h idle, 12 h absolute. Time is crafted (`now`), never waited for.
const HOUR = 3600_000;
const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";

async function signedIn(email = "user@test.kz") {
  const user = await createUser({ actor: adminActor, input: { name: "Ulan", email, role: "admin", organizationId: null, password: "a-long-enough-password" } });
  const actor = (await loadActor(user.id, 0))!;
  const session = await startSession({ userId: user.id, address: "198.51.100.4", userAgent: CHROME });
  const claims = { userId: user.id, sessionVersion: 0, sessionId: session.id, signedInAt: session.signedInAt };
  const at = (hoursAfterSignIn: number) => new Date(session.signedInAt * 1000 + hoursAfterSignIn * HOUR);
  return { user, actor, session, claims, at };
}

describe("session lifetime", () => {
  it("ends a session 12 hours after sign-in however active it is", async () => {
    const { claims, at } = await signedIn();
    for (const hours of [1, 4, 7, 10, 11.9]) expect(await loadSessionActor(claims, at(hours)), `${hours} h`).not.toBeNull();
    expect(await loadSessionActor(claims, at(12.01))).toBeNull();
  });

  it("refuses a token whose sign-in time is past the absolute lifetime, whatever its row says", async () => {
    const { claims, at } = await signedIn();
    // Auth.js re-stamps `iat` on every refresh: the sign-in time the token carries is what counts.
    const old = { ...claims, signedInAt: claims.signedInAt! - 13 * 3600 };
    expect(await loadSessionActor(old, at(0.1))).toBeNull();
    expect(await loadSessionActor({ ...claims, signedInAt: undefined }, at(0.1))).toBeNull();
  });

  it("ends a session after 8 hours without a request", async () => {
    const { claims, at } = await signedIn();
    expect(await loadSessionActor(claims, at(0.5))).not.toBeNull();
    expect(await loadSessionActor(claims, at(8.6))).toBeNull();
  });

  it("refuses a token without a session id or whose row is gone", async () => {
    const { claims, at } = await signedIn();
    expect(await loadSessionActor({ ...claims, sessionId: undefined }, at(0.1))).toBeNull();
    expect(await loadSessionActor({ ...claims, sessionId: "made-up" }, at(0.1))).toBeNull();
    await prisma().userSession.deleteMany();
    expect(await loadSessionActor(claims, at(0.1))).toBeNull();
  });
});

describe("ending sessions", () => {
  it("a signed-out session stays refused for as long as its token could live, then its row goes", async () => {
    const { actor, claims, session, at } = await signedIn();
    await endSession({ actor, sessionId: session.id });
    // Before: the revocation was purged after 9 hours while a kept-alive token lived on.
    for (const hours of [0.1, 9.5, 11.9]) expect(await loadSessionActor(claims, at(hours)), `${hours} h`).toBeNull();
    // Another sign-in purges only the sessions past their absolute end.
    await startSession({ userId: actor.userId, address: "198.51.100.4", userAgent: CHROME });
    expect(await prisma().userSession.count({ where: { id: session.id } })).toBe(1);
    await prisma().userSession.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await startSession({ userId: actor.userId, address: "198.51.100.4", userAgent: CHROME });
    expect(await prisma().userSession.count({ where: { id: session.id } })).toBe(0);
    expect(await prisma().auditEvent.count({ where: { action: "user.sign_out", actorId: actor.userId } })).toBe(1);
  });

  it("lists a user's sessions, ends one from another, and signs out everywhere else", async () => {
    const { actor, session, claims, user } = await signedIn();
    const phone = await startSession({ userId: user.id, address: "203.0.113.3", userAgent: "Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0" });
    const laptop = await startSession({ userId: user.id, address: "203.0.113.4", userAgent: "curl/8" });
    const listed = await listSessions({ actor, currentSessionId: session.id });
    expect(listed[0]).toMatchObject({ address: "198.51.100.4", device: { browser: "Chrome", os: "Linux" } });
    expect(listed.find((s) => s.id === phone.id)).toMatchObject({ address: "203.0.113.3", isCurrent: false, device: { browser: "Firefox", os: "Android" } });
    expect(listed.find((s) => s.id === laptop.id)).toMatchObject({ address: "203.0.113.4", isCurrent: false, device: null });
    expect(listed[0]).toMatchObject({ id: session.id, isCurrent: true });
    expect(new Set(listed.map((s) => s.id))).toEqual(new Set([session.id, phone.id, laptop.id]));

    await endSession({ actor, sessionId: phone.id });
    expect((await listSessions({ actor, currentSessionId: session.id })).map((s) => s.id).sort()).toEqual([session.id, laptop.id].sort());
    expect(await loadSessionActor({ ...claims, sessionId: phone.id, signedInAt: phone.signedInAt })).toBeNull();

    expect(await endOtherSessions({ actor, currentSessionId: session.id })).toBe(1);
    expect((await listSessions({ actor, currentSessionId: session.id })).map((s) => s.id)).toEqual([session.id]);
    expect(await loadSessionActor({ ...claims, sessionId: laptop.id, signedInAt: laptop.signedInAt })).toBeNull();
    expect(await loadSessionActor(claims)).not.toBeNull();
  });

  it("another user's session reads as not found and goes on", async () => {
    const mine = await signedIn("me@test.kz");
    const theirs = await signedIn("them@test.kz");
    await expect(endSession({ actor: mine.actor, sessionId: theirs.session.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await endOtherSessions({ actor: mine.actor, currentSessionId: mine.session.id });
    expect(await loadSessionActor(theirs.claims)).not.toBeNull();
  });

  it("deactivation and signing out on all devices end every session", async () => {
    const { actor, claims, user } = await signedIn();
    await endAllSessions({ actor });
    expect(await loadSessionActor(claims)).toBeNull();
    expect(await listSessions({ actor, currentSessionId: null })).toEqual([]);
    const again = await startSession({ userId: user.id, address: "198.51.100.4", userAgent: CHROME });
    const renewed = { ...claims, sessionVersion: 1, sessionId: again.id, signedInAt: again.signedInAt };
    expect(await loadSessionActor(renewed)).not.toBeNull();
    await setUserActive({ actor: adminActor, userId: user.id, isActive: false });
    expect(await loadSessionActor({ ...renewed, sessionVersion: 2 })).toBeNull();
    expect(await prisma().userSession.count({ where: { userId: user.id, endedAt: null } })).toBe(0);
  });

  it("asks for the password again before signing sessions out, and throttles guesses at it", async () => {
    const { actor } = await signedIn();
    const address = "198.51.100.4";
    expect(await confirmPassword({ actor, password: "a-long-enough-password", address })).toEqual({ ok: true });
    for (let i = 0; i < 4; i++) expect(await confirmPassword({ actor, password: `wrong-${i}`, address })).toEqual({ ok: false, reason: "wrong" });
    expect(await confirmPassword({ actor, password: "a-long-enough-password", address })).toMatchObject({ ok: false, reason: "throttled" });
    expect(await prisma().auditEvent.count({ where: { action: "session.confirm_failed", actorId: actor.userId } })).toBe(4);
  });
});
