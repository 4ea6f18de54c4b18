import { SYSTEM_ACTOR } from "../../lib/actor";
import { prisma } from "../../lib/db";
import { createOrganization } from "../../lib/organizations/create-organization";
import { enrolKnownSecret } from "../../lib/mfa/enrol-known-secret";
import { createUser } from "../../lib/users/create-user";
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD, DEMO_USERS } from "./demo-logins";
import { withNames } from "./demo-names";

/** Creates what is missing and leaves what exists alone, so running it twice changes nothing. */
export async function seedDemoAccounts(): Promise<{ organizations: number; users: number }> {
  const db = prisma();
  const ids = new Map<string, number>();
  let organizations = 0;
  let users = 0;
  for (const o of DEMO_ORGANIZATIONS) {
    const existing = o.bin ? await db.organization.findUnique({ where: { bin: o.bin } }) : await db.organization.findFirst({ where: { kind: o.kind, name: o.name } });
    const org = existing ?? (await createOrganization({ actor: SYSTEM_ACTOR, input: withNames({ kind: o.kind, name: o.name, nameRu: o.nameRu, bin: o.bin, isFinance: o.isFinance ?? false }) }));
    if (!existing) organizations++;
    ids.set(o.key, org.id);
  }
  for (const u of DEMO_USERS) {
    const existing = await db.user.findUnique({ where: { email: u.email } });
    // The demo's officials, investigator and administrator have a second factor with a published secret.
    if (existing && u.totpSecret) await enrolKnownSecret({ actor: SYSTEM_ACTOR, userId: existing.id, secret: u.totpSecret });
    if (existing) continue;
    const user = await createUser({ actor: SYSTEM_ACTOR, input: { email: u.email, name: u.name, role: u.role, organizationId: u.org ? ids.get(u.org)! : null, password: DEMO_PASSWORD } });
    if (u.totpSecret) await enrolKnownSecret({ actor: SYSTEM_ACTOR, userId: user.id, secret: u.totpSecret });
    users++;
  }
  return { organizations, users };
}
