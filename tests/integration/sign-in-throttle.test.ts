import { describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { createUser } from "../../lib/users/create-user";
import { setUserActive } from "../../lib/users/set-user-active";
import { verifyCredentials } from "../../lib/users/verify-credentials";
import { adminActor } from "../support/actors";

// Decision 0063, with the defaults: 3 free failures per account+address, then 2, 4, 8 … s; 50 per address.
const PASSWORD = "a-long-enough-password";
const OWNER = "owner@test.kz";

async function owner() {
  return createUser({ actor: adminActor, input: { name: "Olzhas", email: OWNER, role: "admin", organizationId: null, password: PASSWORD } });
}

/** Ends every wait now, as if its time had passed (tests never wait for the clock). */
async function letTimePass() {
  await prisma().$executeRaw`UPDATE sign_in_throttle SET locked_until = now() WHERE locked_until > now()`;
}

async function auditOf(subject: string) {
  const rows = await prisma().auditEvent.findMany({ where: { subject, action: { startsWith: "sign_in" } }, orderBy: { id: "asc" } });
  return rows.map((r) => ({ action: r.action, address: (r.details as { address?: string } | null)?.address }));
}

describe("sign-in throttling", () => {
  it("a stranger's failures cannot stop the owner signing in from another address", async () => {
    await owner();
    for (let i = 0; i < 20; i++) await verifyCredentials(OWNER, `wrong-${i}`, "203.0.113.66");
    expect(await verifyCredentials(OWNER, PASSWORD, "198.51.100.20")).toMatchObject({ ok: true });
  });

  it("slows one account from one address down, twice as much after each further failure", async () => {
    await owner();
    const address = "203.0.113.5";
    for (let i = 0; i < 3; i++) expect(await verifyCredentials(OWNER, `wrong-${i}`, address)).toEqual({ ok: false, reason: "invalid" });
    // The fourth failure is answered, and from then on the pair waits: 2 s, then 4 s.
    expect(await verifyCredentials(OWNER, "wrong-3", address)).toEqual({ ok: false, reason: "invalid" });
    const first = await verifyCredentials(OWNER, PASSWORD, address);
    expect(first).toMatchObject({ ok: false, reason: "throttled" });
    expect(first.ok === false && first.reason === "throttled" && first.retryAfterSeconds).toBeLessThanOrEqual(2);
    await letTimePass();
    expect(await verifyCredentials(OWNER, "wrong-4", address)).toEqual({ ok: false, reason: "invalid" });
    const second = await verifyCredentials(OWNER, "wrong-5", address);
    expect(second.ok === false && second.reason === "throttled" && second.retryAfterSeconds).toBeGreaterThan(2);
    expect(second.ok === false && second.reason === "throttled" && second.retryAfterSeconds).toBeLessThanOrEqual(4);
    // Another address is not slowed down by this pair.
    expect(await verifyCredentials(OWNER, PASSWORD, "198.51.100.20")).toMatchObject({ ok: true });
  });

  it("a right password clears the failures of that account from that address", async () => {
    await owner();
    const address = "203.0.113.6";
    for (let i = 0; i < 4; i++) await verifyCredentials(OWNER, `wrong-${i}`, address);
    await letTimePass();
    expect(await verifyCredentials(OWNER, PASSWORD, address)).toMatchObject({ ok: true });
    expect(await prisma().signInThrottle.count({ where: { key: { startsWith: "pair:" } } })).toBe(0);
    // Three free failures again, not a wait of 8 s.
    for (let i = 0; i < 4; i++) expect(await verifyCredentials(OWNER, `again-${i}`, address)).toEqual({ ok: false, reason: "invalid" });
  });

  it("parallel guesses cannot all pass the check before one is counted", async () => {
    await owner();
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => verifyCredentials(OWNER, `wrong-${i}`, "203.0.113.7")));
    // Three free failures and the fourth that starts the wait: every other guess was refused unchecked.
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(4);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(8);
  });

  // Fifty password checks (an unknown account is checked against a dummy hash, at full cost): on a loaded 2-core machine
  // they took longer than the default minute, and the test still running then created the next test's owner.
  it("locks an address that fails on many accounts, for every account, and only that address", { timeout: 300_000 }, async () => {
    for (let i = 0; i < 50; i++) await verifyCredentials(`guess${i}@test.kz`, "x", "203.0.113.8");
    await owner();
    expect(await verifyCredentials(OWNER, PASSWORD, "203.0.113.8")).toMatchObject({ ok: false, reason: "throttled" });
    expect(await verifyCredentials(OWNER, PASSWORD, "203.0.113.9")).toMatchObject({ ok: true });
  });

  it("audits every attempt with its address: signed in, failed, throttled, deactivated", async () => {
    const user = await owner();
    const address = "203.0.113.10";
    await verifyCredentials(OWNER, PASSWORD, address);
    for (let i = 0; i < 4; i++) await verifyCredentials(OWNER, `wrong-${i}`, address);
    await verifyCredentials(OWNER, PASSWORD, address);
    await letTimePass();
    await setUserActive({ actor: adminActor, userId: user.id, isActive: false });
    await verifyCredentials(OWNER, PASSWORD, address);
    await verifyCredentials("nobody@test.kz", "x", address);
    expect(await auditOf(OWNER)).toEqual([
      { action: "sign_in", address },
      ...Array.from({ length: 4 }, () => ({ action: "sign_in.failed", address })),
      { action: "sign_in.throttled", address },
      { action: "sign_in.inactive", address },
    ]);
    expect(await auditOf("nobody@test.kz")).toEqual([{ action: "sign_in.failed", address }]);
    const throttled = await prisma().auditEvent.findFirstOrThrow({ where: { action: "sign_in.throttled" } });
    expect(throttled).toMatchObject({ actorId: user.id, details: { by: "account_address" } });
  });
});
