import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { prisma } from "../../lib/db";
import { DomainError, ForbiddenError } from "../../lib/errors";
import { createOrganization } from "../../lib/organizations/create-organization";
import { createUser } from "../../lib/users/create-user";
import { listUsers } from "../../lib/users/list-users";
import { loadActor } from "../../lib/users/load-actor";
import { endAllSessions, setUserActive } from "../../lib/users/set-user-active";
import { verifyCredentials } from "../../lib/users/verify-credentials";
import { actorWithRole, adminActor } from "../support/actors";

const PASSWORD = "a-long-enough-password";

async function company() {
  return createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "company", name: "Test Stroy LLP", bin: "240340001811" } });
}

describe("creating users", () => {
  it("creates a contractor attached to a company, with a hashed password", async () => {
    const org = await company();
    const user = await createUser({ actor: adminActor, input: { name: "Aset", email: "aset@test.kz", role: "contractor", organizationId: org.id, password: PASSWORD } });
    expect(user.passwordHash).toMatch(/^scrypt\$/);
    expect(user.passwordHash).not.toContain(PASSWORD);
  });

  it("attaches a contractor to their company by BIN, and names an unknown BIN", async () => {
    const org = await company();
    const user = await createUser({ actor: adminActor, input: { name: "Bolat", email: "b@test.kz", role: "contractor", organizationId: null, companyBin: org.bin, password: PASSWORD } });
    expect(user.organizationId).toBe(org.id);
    const unknown = createUser({ actor: adminActor, input: { name: "Chingiz", email: "c@test.kz", role: "contractor", organizationId: null, companyBin: "940140000385", password: PASSWORD } });
    await expect(unknown).rejects.toMatchObject({ code: "COMPANY_NOT_FOUND", params: { bin: "940140000385" } });
  });

  it("refuses a duplicate e-mail with a clear code", async () => {
    await createUser({ actor: adminActor, input: { name: "Aida", email: "dup@test.kz", role: "admin", organizationId: null, password: PASSWORD } });
    const again = createUser({ actor: adminActor, input: { name: "Bolat", email: "dup@test.kz", role: "admin", organizationId: null, password: PASSWORD } });
    await expect(again).rejects.toMatchObject({ code: "EMAIL_TAKEN", params: { email: "dup@test.kz" } });
  });

  it.each([
    ["contractor", null, "ORGANIZATION_REQUIRED"],
    ["official", "company", "ORGANIZATION_KIND"],
    ["investigator", "company", "ORGANIZATION_KIND"],
  ] as const)("a %s with organisation %s is refused with %s", async (role, orgKind, code) => {
    const org = orgKind ? await company() : null;
    const attempt = createUser({ actor: adminActor, input: { name: "Xenia", email: `${role}@test.kz`, role, organizationId: org?.id ?? null, password: PASSWORD } });
    await expect(attempt).rejects.toMatchObject({ code });
    expect(await prisma().user.count()).toBe(0);
  });

  it("only an administrator may create users", async () => {
    for (const role of ["official", "contractor", "investigator"] as const) {
      await expect(createUser({ actor: actorWithRole(role), input: { name: "Xenia", email: "x@test.kz", role: "admin", organizationId: null, password: PASSWORD } })).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("refuses a company without a valid BIN", async () => {
    await expect(createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "company", name: "Bad", bin: "940140000386" } })).rejects.toThrow(/bin.check_digit/);
    await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "company", name: "Good", bin: "940140000385" } });
    await expect(createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "company", name: "Again", bin: "940140000385" } })).rejects.toBeInstanceOf(DomainError);
  });
});

describe("listing users", () => {
  it("searches, filters and pages", async () => {
    for (let i = 0; i < 30; i++) {
      await prisma().user.create({ data: { name: `Person ${String(i).padStart(2, "0")}`, email: `p${i}@test.kz`, role: i % 2 ? "official" : "admin", passwordHash: "x" } });
    }
    const sort = { column: "name" as const, direction: "asc" as const };
    const page1 = await listUsers({ actor: adminActor, page: 1, sort });
    expect(page1).toMatchObject({ total: 30, pages: 2, page: 1 });
    expect(page1.rows).toHaveLength(25);
    expect(page1.rows[0]).not.toHaveProperty("passwordHash");
    const officials = await listUsers({ actor: adminActor, page: 1, sort, role: "official" });
    expect(officials.total).toBe(15);
    const search = await listUsers({ actor: adminActor, page: 1, sort, q: "PERSON 1" });
    expect(search.rows.map((r) => r.name)).toEqual(["Person 10", "Person 11", "Person 12", "Person 13", "Person 14", "Person 15", "Person 16", "Person 17", "Person 18", "Person 19"]);
    await expect(listUsers({ actor: actorWithRole("official"), page: 1, sort })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("sign-in and sessions", () => {
  async function user(email = "user@test.kz") {
    return createUser({ actor: adminActor, input: { name: "Ulan", email, role: "admin", organizationId: null, password: PASSWORD } });
  }

  it("accepts the right password, case-insensitively for the e-mail", async () => {
    await user();
    const result = await verifyCredentials(" User@Test.kz ", PASSWORD, "10.0.0.1");
    expect(result).toMatchObject({ ok: true, user: { email: "user@test.kz", role: "admin" } });
  });

  it("says the same for an unknown e-mail and a wrong password", async () => {
    await user();
    expect(await verifyCredentials("user@test.kz", "wrong-password", "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials("nobody@test.kz", "wrong-password", "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
  });

  it("a deactivated user cannot sign in and their sessions end at once", async () => {
    const u = await user();
    expect(await loadActor(u.id, 0)).not.toBeNull();
    await setUserActive({ actor: adminActor, userId: u.id, isActive: false });
    expect(await loadActor(u.id, 0)).toBeNull();
    expect(await verifyCredentials("user@test.kz", PASSWORD, "10.0.0.1")).toEqual({ ok: false, reason: "inactive" });
    await setUserActive({ actor: adminActor, userId: u.id, isActive: true });
    expect(await verifyCredentials("user@test.kz", PASSWORD, "10.0.0.1")).toMatchObject({ ok: true, user: { sessionVersion: 1 } });
  });

  it("signing out everywhere ends older sessions", async () => {
    const u = await user();
    const actor = (await loadActor(u.id, 0))!;
    await endAllSessions({ actor });
    expect(await loadActor(u.id, 0)).toBeNull();
    expect(await loadActor(u.id, 1)).not.toBeNull();
  });

  it("an administrator cannot deactivate themselves", async () => {
    const u = await user();
    await expect(setUserActive({ actor: { ...adminActor, userId: u.id }, userId: u.id, isActive: false })).rejects.toMatchObject({ code: "CANNOT_DEACTIVATE_SELF" });
  });
});

describe("changing a user's access", () => {
  it("moves a contractor to another company by BIN and an official to an agency as investigator", async () => {
    const { updateUserAccess } = await import("../../lib/users/update-user-access");
    const first = await company();
    const second = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "company", name: "Second LLP", bin: "940140000385" } });
    const agency = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "agency", name: "Agency" } });
    const user = await createUser({ actor: adminActor, input: { name: "Dana", email: "dana@test.kz", role: "contractor", organizationId: null, companyBin: first.bin, password: PASSWORD } });
    const moved = await updateUserAccess({ actor: adminActor, input: { userId: user.id, role: "contractor", organizationId: null, companyBin: second.bin } });
    expect(moved.organizationId).toBe(second.id);
    // The stale BIN in the form is ignored for a role that is not attached to a company.
    const investigator = await updateUserAccess({ actor: adminActor, input: { userId: user.id, role: "investigator", organizationId: agency.id, companyBin: second.bin } });
    expect(investigator).toMatchObject({ role: "investigator", organizationId: agency.id });
    expect((await loadActor(user.id, 0))?.role).toBe("investigator");
    await expect(updateUserAccess({ actor: adminActor, input: { userId: user.id, role: "official", organizationId: agency.id, companyBin: null } })).rejects.toMatchObject({ code: "ORGANIZATION_KIND" });
    await expect(updateUserAccess({ actor: actorWithRole("official"), input: { userId: user.id, role: "admin", organizationId: null, companyBin: null } })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("an administrator cannot change their own role", async () => {
    const { updateUserAccess } = await import("../../lib/users/update-user-access");
    const me = await createUser({ actor: adminActor, input: { name: "Admin Two", email: "a2@test.kz", role: "admin", organizationId: null, password: PASSWORD } });
    await expect(updateUserAccess({ actor: { ...adminActor, userId: me.id }, input: { userId: me.id, role: "official", organizationId: null, companyBin: null } })).rejects.toMatchObject({ code: "CANNOT_CHANGE_OWN_ROLE" });
  });
});
