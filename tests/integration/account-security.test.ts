import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR, type TActor } from "../../lib/actor";
import { prisma } from "../../lib/db";
import { ForbiddenError } from "../../lib/errors";
import { disableSecondFactor } from "../../lib/mfa/disable-second-factor";
import { confirmEnrolment, regenerateRecoveryCodes, remainingRecoveryCodes, startEnrolment } from "../../lib/mfa/enrol-second-factor";
import { enrolKnownSecret } from "../../lib/mfa/enrol-known-secret";
import { completeRenewal, completeSecondFactorSignIn, createPendingSignIn, MAX_CODE_FAILURES, MAX_USER_CODE_FAILURES } from "../../lib/mfa/pending-sign-in";
import { codeAt, stepAt } from "../../lib/mfa/totp";
import { redeemSecondFactorCode } from "../../lib/mfa/verify-second-factor";
import { createOrganization } from "../../lib/organizations/create-organization";
import { changePassword } from "../../lib/users/change-password";
import { createUser } from "../../lib/users/create-user";
import { loadActor } from "../../lib/users/load-actor";
import { resetPassword } from "../../lib/users/reset-password";
import { endUserSessions, resetSecondFactor } from "../../lib/users/admin-recovery";
import { ONE_TIME_PASSWORD_HOURS } from "../../lib/users/one-time-password";
import { verifyCredentials } from "../../lib/users/verify-credentials";
import { adminActor } from "../support/actors";

const PASSWORD = "a-long-enough-password";
const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

async function ready(role: "official" | "contractor" | "admin" = "contractor", email = `${role}@test.kz`) {
  const org = role === "admin" ? null : await createOrganization({ actor: SYSTEM_ACTOR, input: role === "official" ? { kind: "ministry", name: "Ministry" } : { kind: "company", name: "Stroy LLP", bin: "240340001811" } });
  const user = await createUser({ actor: SYSTEM_ACTOR, input: { name: "Aigerim Bekova", email, role, organizationId: org?.id ?? null, password: PASSWORD } });
  return { user, actor: (await loadActor(user.id, 0))! };
}

const audits = async (action: string) => prisma().auditEvent.count({ where: { action } });

describe("changing a password", () => {
  it("needs the current password and refuses short, common and personal ones, auditing the wrong current password", async () => {
    const { actor } = await ready();
    await expect(changePassword({ actor, currentPassword: "not-the-password", newPassword: "a fresh long passphrase" })).rejects.toMatchObject({ code: "PASSWORD_CURRENT_WRONG" });
    expect(await audits("password.change_failed")).toBe(1);
    await expect(changePassword({ actor, currentPassword: PASSWORD, newPassword: "short-one" })).rejects.toMatchObject({ code: "PASSWORD_TOO_SHORT" });
    await expect(changePassword({ actor, currentPassword: PASSWORD, newPassword: "qwerty123456" })).rejects.toMatchObject({ code: "PASSWORD_COMMON" });
    await expect(changePassword({ actor, currentPassword: PASSWORD, newPassword: "contractor@test.kz" })).rejects.toMatchObject({ code: "PASSWORD_PERSONAL" });
    await expect(changePassword({ actor, currentPassword: PASSWORD, newPassword: PASSWORD })).rejects.toMatchObject({ code: "PASSWORD_UNCHANGED" });
    expect(await verifyCredentials(actor.email, PASSWORD, "10.0.0.1")).toMatchObject({ ok: true });
  });

  it("changes it, ends every session, and renews this one once with its ticket", async () => {
    const { user, actor } = await ready();
    const { renewal } = await changePassword({ actor, currentPassword: PASSWORD, newPassword: "steppe wind over the river" });
    expect(await loadActor(user.id, 0)).toBeNull();
    expect(await verifyCredentials(actor.email, PASSWORD, "10.0.0.1")).toMatchObject({ ok: false });
    expect(await verifyCredentials(actor.email, "steppe wind over the river", "10.0.0.1")).toMatchObject({ ok: true, user: { sessionVersion: 1 } });
    expect(await completeRenewal(renewal)).toMatchObject({ ok: true, user: { id: user.id, sessionVersion: 1 } });
    expect(await completeRenewal(renewal)).toMatchObject({ ok: false, reason: "code_expired" });
    expect(await audits("password.change")).toBe(1);
  });
});

describe("one-time passwords", () => {
  it("an administrator-created account gets a generated password that only opens the password change", async () => {
    const created = await createUser({ actor: adminActor, input: { name: "Ayan", email: "ayan@test.kz", role: "admin", organizationId: null } });
    expect(created.oneTimePassword).toMatch(/^[\w]{4}-[\w]{4}-[\w]{4}-[\w]{4}$/);
    expect(created.mustChangePassword).toBe(true);
    expect(await verifyCredentials("ayan@test.kz", created.oneTimePassword!, "10.0.0.1")).toMatchObject({ ok: true });
    const actor = (await loadActor(created.id, 0))!;
    expect(actor.pendingSetup).toBe("password");
    const { renewal } = await changePassword({ actor, currentPassword: created.oneTimePassword!, newPassword: "steppe wind over the river" });
    const renewed = await completeRenewal(renewal);
    // The password is done; an administrator must still enrol a second factor.
    expect((await loadActor(created.id, 1))?.pendingSetup).toBe("second_factor");
    expect(renewed.ok).toBe(true);
  });

  it("a reset gives a new one-time password, ends the sessions, and only an administrator may do it", async () => {
    const { user, actor } = await ready();
    await expect(resetPassword({ actor, userId: user.id })).rejects.toBeInstanceOf(ForbiddenError);
    const { oneTimePassword } = await resetPassword({ actor: adminActor, userId: user.id });
    expect(await loadActor(user.id, 0)).toBeNull();
    expect(await verifyCredentials(user.email, PASSWORD, "10.0.0.1")).toMatchObject({ ok: false });
    expect(await verifyCredentials(user.email, oneTimePassword, "10.0.0.1")).toMatchObject({ ok: true });
    // A reset is no way around the second factor (ASVS 6.4.3): an enrolled one stays.
    await enrolKnownSecret({ actor: SYSTEM_ACTOR, userId: user.id, secret: SECRET });
    await resetPassword({ actor: adminActor, userId: user.id });
    expect(await prisma().secondFactor.count({ where: { userId: user.id, confirmedAt: { not: null } } })).toBe(1);
    expect((await loadActor(user.id, 2))?.pendingSetup).toBe("password");
    expect(await audits("user.password_reset")).toBe(2);
  });
});

describe("what an administrator does for a lost password, factor or device (decision 0079)", () => {
  it("a one-time password expires after its hours, audited; a password the user chose does not", async () => {
    const { user } = await ready();
    const { oneTimePassword } = await resetPassword({ actor: adminActor, userId: user.id });
    const row = await prisma().user.findUniqueOrThrow({ where: { id: user.id } });
    const hours = (row.oneTimePasswordExpiresAt!.getTime() - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(ONE_TIME_PASSWORD_HOURS - 1);
    expect(hours).toBeLessThanOrEqual(ONE_TIME_PASSWORD_HOURS);
    await prisma().user.update({ where: { id: user.id }, data: { oneTimePasswordExpiresAt: new Date(Date.now() - 1000) } });
    expect(await verifyCredentials(user.email, oneTimePassword, "10.0.0.2")).toEqual({ ok: false, reason: "one_time_expired" });
    expect(await audits("sign_in.one_time_expired")).toBe(1);
    // A wrong password says only "invalid", expired one-time password or not.
    expect(await verifyCredentials(user.email, "not-the-password", "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
    // The user's own chosen password has no expiry.
    const { user: other } = await ready("admin", "other@test.kz");
    expect((await prisma().user.findUniqueOrThrow({ where: { id: other.id } })).oneTimePasswordExpiresAt).toBeNull();
  });

  it("a lost second factor: removed with its recovery codes, a new one-time password, sessions ended; not one's own", async () => {
    const { user } = await ready("official");
    await enrolKnownSecret({ actor: SYSTEM_ACTOR, userId: user.id, secret: SECRET });
    await prisma().recoveryCode.create({ data: { userId: user.id, codeHash: "scrypt$x" } });
    await prisma().userSession.create({ data: { id: "s-lost", userId: user.id, address: "10.0.0.3", userAgent: "test", expiresAt: new Date(Date.now() + 3600_000) } });
    await expect(resetSecondFactor({ actor: (await loadActor(user.id, 0))!, userId: user.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(resetSecondFactor({ actor: adminActor, userId: adminActor.userId })).rejects.toMatchObject({ code: "CANNOT_RESET_OWN_SECOND_FACTOR" });
    const { oneTimePassword } = await resetSecondFactor({ actor: adminActor, userId: user.id });
    expect(await prisma().secondFactor.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma().recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect((await prisma().userSession.findUniqueOrThrow({ where: { id: "s-lost" } })).endedReason).toBe("second_factor_reset");
    expect(await loadActor(user.id, 0)).toBeNull();
    // The old password no longer opens the account: whoever holds only it cannot enrol a new factor.
    expect(await verifyCredentials(user.email, PASSWORD, "10.0.0.3")).toMatchObject({ ok: false, reason: "invalid" });
    expect(await verifyCredentials(user.email, oneTimePassword, "10.0.0.3")).toMatchObject({ ok: true });
    expect((await loadActor(user.id, 1))?.pendingSetup).toBe("password");
    expect(await audits("user.second_factor_reset")).toBe(1);
  });

  it("a lost device: every open session ends at once, the account stays; not one's own", async () => {
    const { user, actor } = await ready();
    await prisma().userSession.createMany({
      data: ["s-1", "s-2"].map((id) => ({ id, userId: user.id, address: "10.0.0.4", userAgent: "test", expiresAt: new Date(Date.now() + 3600_000) })),
    });
    await expect(endUserSessions({ actor, userId: user.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(endUserSessions({ actor: adminActor, userId: adminActor.userId })).rejects.toMatchObject({ code: "CANNOT_END_OWN_SESSIONS_HERE" });
    expect(await endUserSessions({ actor: adminActor, userId: user.id })).toEqual({ email: user.email, ended: 2 });
    expect(await prisma().userSession.count({ where: { userId: user.id, endedAt: null } })).toBe(0);
    expect(await loadActor(user.id, 0)).toBeNull();
    expect((await loadActor(user.id, 1))?.pendingSetup).toBeNull();
    expect(await verifyCredentials(user.email, PASSWORD, "10.0.0.4")).toMatchObject({ ok: true });
    expect(await audits("user.sessions_ended")).toBe(1);
  });
});

describe("second factor", () => {
  async function enrolled(role: "official" | "contractor" = "official") {
    const { user, actor } = await ready(role);
    const { secret } = await startEnrolment({ actor });
    const codes = await confirmEnrolment({ actor, code: codeAt(secret, stepAt(Date.now())) });
    return { user, actor, secret, codes };
  }

  it("an official is held at enrolment until a first code confirms it; the secret is stored encrypted", async () => {
    const { user, actor } = await ready("official");
    expect(actor.pendingSetup).toBe("second_factor");
    const first = await startEnrolment({ actor });
    expect((await startEnrolment({ actor })).secret).toBe(first.secret);
    expect(first.qrSvg).toMatch(/^<svg /);
    const row = await prisma().secondFactor.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row.secret).not.toContain(first.secret);
    await expect(confirmEnrolment({ actor, code: "000000" === codeAt(first.secret, stepAt(Date.now())) ? "111111" : "000000" })).rejects.toMatchObject({ code: "SECOND_FACTOR_CODE_WRONG" });
    const codes = await confirmEnrolment({ actor, code: codeAt(first.secret, stepAt(Date.now())) });
    expect(codes).toHaveLength(10);
    const stored = await prisma().recoveryCode.findMany({ where: { userId: user.id } });
    // Under 112 bits each, so stored like passwords (ASVS 6.5.2): scrypt, its own salt.
    for (const c of stored) expect(c.codeHash).toMatch(/^scrypt\$/);
    expect(new Set(stored.map((c) => c.codeHash.split("$")[4])).size).toBe(10);
    expect((await loadActor(user.id, 0))?.pendingSetup).toBeNull();
    await expect(startEnrolment({ actor })).rejects.toMatchObject({ code: "SECOND_FACTOR_ALREADY_ON" });
  });

  it("a code counts once: the same step again, or an earlier one, is a replay", async () => {
    const { user, secret } = await enrolled();
    const now = Date.now() + 30_000; // the enrolment used the current step
    const step = stepAt(now);
    expect(await redeemSecondFactorCode(user.id, codeAt(secret, step), now)).toBe("totp");
    expect(await redeemSecondFactorCode(user.id, codeAt(secret, step), now)).toBeNull();
    expect(await redeemSecondFactorCode(user.id, codeAt(secret, step - 1), now)).toBeNull();
    expect(await redeemSecondFactorCode(user.id, codeAt(secret, step + 1), now)).toBe("totp");
  });

  it("a recovery code counts once, and new ones replace the old", async () => {
    const { user, actor, codes } = await enrolled();
    expect(await redeemSecondFactorCode(user.id, codes[0]!.toUpperCase())).toBe("recovery");
    expect(await redeemSecondFactorCode(user.id, codes[0]!)).toBeNull();
    expect(await remainingRecoveryCodes(user.id)).toBe(9);
    // New codes only with a current code: an open session alone is refused, and the attempt audited.
    await expect(regenerateRecoveryCodes({ actor, code: "000000" })).rejects.toMatchObject({ code: "SECOND_FACTOR_CODE_WRONG" });
    expect(await audits("second_factor.recovery_codes_failed")).toBe(1);
    const fresh = await regenerateRecoveryCodes({ actor, code: codes[2]! });
    expect(await redeemSecondFactorCode(user.id, codes[1]!)).toBeNull();
    expect(await redeemSecondFactorCode(user.id, fresh[1]!)).toBe("recovery");
  });

  it("the code step: a pending sign-in is single-use, ends after five wrong codes, and every attempt is audited", async () => {
    const { user, secret } = await enrolled();
    const wrong = await createPendingSignIn(user.id, "second_factor");
    for (let i = 1; i < MAX_CODE_FAILURES; i++) expect(await completeSecondFactorSignIn({ ticket: wrong, code: "abc", address: "10.0.0.1" })).toMatchObject({ reason: "code_invalid" });
    expect(await completeSecondFactorSignIn({ ticket: wrong, code: "abc", address: "10.0.0.1" })).toMatchObject({ reason: "code_expired" });
    // Even the right code no longer helps: the password must be given again.
    expect(await completeSecondFactorSignIn({ ticket: wrong, code: codeAt(secret, stepAt(Date.now()) + 1), address: "10.0.0.1" })).toMatchObject({ reason: "code_expired" });
    expect(await audits("sign_in.second_factor.failed")).toBe(MAX_CODE_FAILURES);

    const ticket = await createPendingSignIn(user.id, "second_factor");
    const code = codeAt(secret, stepAt(Date.now()) + 1);
    expect(await completeSecondFactorSignIn({ ticket, code, address: "10.0.0.1" })).toMatchObject({ ok: true, user: { id: user.id } });
    expect(await completeSecondFactorSignIn({ ticket, code, address: "10.0.0.1" })).toMatchObject({ ok: false });
    expect(await audits("sign_in.second_factor")).toBe(1);
    // A renewal ticket is not a code step, nor the other way round.
    expect(await completeRenewal(await createPendingSignIn(user.id, "second_factor"))).toMatchObject({ ok: false });
  });

  it("the code step: wrong codes count over every pending sign-in of the user, so a new one does not buy five more guesses", async () => {
    const { user, secret } = await enrolled();
    // Whoever has the password starts pending sign-in after pending sign-in, five wrong codes each.
    for (let round = 0; round < MAX_USER_CODE_FAILURES / MAX_CODE_FAILURES; round++) {
      const ticket = await createPendingSignIn(user.id, "second_factor");
      for (let i = 0; i < MAX_CODE_FAILURES; i++) await completeSecondFactorSignIn({ ticket, code: "abc", address: "10.0.0.1" });
    }
    expect(await audits("sign_in.second_factor.failed")).toBe(MAX_USER_CODE_FAILURES);
    // The next pending sign-in is refused, even with the right code, and the refusal is audited.
    const ticket = await createPendingSignIn(user.id, "second_factor");
    expect(await completeSecondFactorSignIn({ ticket, code: codeAt(secret, stepAt(Date.now()) + 1), address: "10.0.0.1" })).toMatchObject({ ok: false, reason: "code_throttled" });
    expect(await audits("sign_in.second_factor.throttled")).toBe(1);
    expect(await audits("sign_in.second_factor")).toBe(0);
  });

  it("only a contractor may turn it off, and only with a current code", async () => {
    const official = await enrolled("official");
    await expect(disableSecondFactor({ actor: official.actor, code: codeAt(official.secret, stepAt(Date.now()) + 1) })).rejects.toMatchObject({ code: "SECOND_FACTOR_REQUIRED_FOR_ROLE" });
    const { user, actor, secret } = await (async () => {
      await prisma().user.deleteMany({ where: { role: "contractor" } });
      return enrolled("contractor");
    })();
    await expect(disableSecondFactor({ actor, code: "000000" === codeAt(secret, stepAt(Date.now()) + 1) ? "111111" : "000000" })).rejects.toMatchObject({ code: "SECOND_FACTOR_CODE_WRONG" });
    await disableSecondFactor({ actor, code: codeAt(secret, stepAt(Date.now()) + 1) });
    expect(await prisma().secondFactor.count({ where: { userId: user.id } })).toBe(0);
    expect(await remainingRecoveryCodes(user.id)).toBe(0);
  });

  it("seeds and tests may pre-enrol a known secret; nobody else", async () => {
    const { user, actor } = await ready("official");
    await expect(enrolKnownSecret({ actor: actor as TActor, userId: user.id, secret: SECRET })).rejects.toBeInstanceOf(ForbiddenError);
    await enrolKnownSecret({ actor: SYSTEM_ACTOR, userId: user.id, secret: SECRET });
    const before = await prisma().secondFactor.findUniqueOrThrow({ where: { userId: user.id } });
    await enrolKnownSecret({ actor: SYSTEM_ACTOR, userId: user.id, secret: SECRET });
    expect(await prisma().secondFactor.findUniqueOrThrow({ where: { userId: user.id } })).toEqual(before);
    expect(await redeemSecondFactorCode(user.id, codeAt(SECRET, stepAt(Date.now())))).toBe("totp");
  });
});

describe("guessing from a signed-in session", () => {
  it("five wrong current passwords in a row stop password changes for a while, even with the right one", async () => {
    const { actor } = await ready();
    for (let i = 0; i < 5; i++) await expect(changePassword({ actor, currentPassword: `wrong-${i}`, newPassword: "steppe wind over the river" })).rejects.toMatchObject({ code: "PASSWORD_CURRENT_WRONG" });
    await expect(changePassword({ actor, currentPassword: PASSWORD, newPassword: "steppe wind over the river" })).rejects.toMatchObject({ code: "ACCOUNT_TOO_MANY_ATTEMPTS", params: { minutes: 15 } });
  });

  it("five wrong codes stop turning the second factor off, even with the right code", async () => {
    const { user, actor } = await ready("contractor");
    await enrolKnownSecret({ actor: SYSTEM_ACTOR, userId: user.id, secret: SECRET });
    const right = codeAt(SECRET, stepAt(Date.now()));
    const wrong = right === "000000" ? "111111" : "000000";
    for (let i = 0; i < 5; i++) await expect(disableSecondFactor({ actor, code: wrong })).rejects.toMatchObject({ code: "SECOND_FACTOR_CODE_WRONG" });
    await expect(disableSecondFactor({ actor, code: right })).rejects.toMatchObject({ code: "ACCOUNT_TOO_MANY_ATTEMPTS" });
    expect(await prisma().secondFactor.count({ where: { userId: user.id } })).toBe(1);
  });
});
