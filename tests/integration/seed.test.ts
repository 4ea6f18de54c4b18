import { describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { seedDemoAccounts } from "../../prisma/seed/demo-accounts";
import { DEMO_ORGANIZATIONS, DEMO_USERS } from "../../prisma/seed/demo-logins";
import { verifyCredentials } from "../../lib/users/verify-credentials";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-logins";

describe("demo seed", () => {
  it("creates every demo sign-in, and a second run changes nothing", async () => {
    expect(await seedDemoAccounts()).toEqual({ organizations: DEMO_ORGANIZATIONS.length, users: DEMO_USERS.length });
    const snapshot = async () => ({
      users: await prisma().user.findMany({ orderBy: { id: "asc" } }),
      orgs: await prisma().organization.findMany({ orderBy: { id: "asc" } }),
    });
    const before = await snapshot();
    expect(await seedDemoAccounts()).toEqual({ organizations: 0, users: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it("every demo login signs in with the documented password", async () => {
    await seedDemoAccounts();
    for (const u of DEMO_USERS) {
      expect(await verifyCredentials(u.email, DEMO_PASSWORD, "127.0.0.1"), u.email).toMatchObject({ ok: true, user: { role: u.role } });
    }
  });
});
