// e2e tests make their own data through the same lib functions the demo seed uses.
import crypto from "node:crypto";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { prisma } from "../../lib/db";
import type { OrganizationKind, Role } from "../../lib/generated/prisma/enums";
import { makeBin } from "../../lib/kz/bin";
import { createOrganization } from "../../lib/organizations/create-organization";
import { SECOND_FACTOR_REQUIRED } from "../../lib/mfa/account-setup";
import { enrolKnownSecret } from "../../lib/mfa/enrol-known-secret";
import { createUser } from "../../lib/users/create-user";
import { buildWorld } from "../../tests/support/ledger-fixtures";

export const PASSWORD = "e2e-password-123";
/** The second-factor secret of every e2e official, investigator and administrator (session.ts computes their codes). */
export const E2E_TOTP_SECRET = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";

const unique = () => crypto.randomBytes(4).toString("hex");

export async function makeOrganization(kind: OrganizationKind, name = `${kind} ${unique()}`) {
  const bin = kind === "company" ? makeBin(22, 5, crypto.randomInt(0, 99000)) : undefined;
  return createOrganization({ actor: SYSTEM_ACTOR, input: { kind, name, bin } });
}

const KIND_FOR_ROLE: Record<Role, OrganizationKind | null> = { official: "ministry", contractor: "company", investigator: "agency", admin: null, school: null };

/**
 * A ready account: its own password (not a one-time one) and, for the roles that require it, a second factor with
 * E2E_TOTP_SECRET, so signIn() in session.ts signs in with one call. `secondFactor: false` leaves it out.
 */
export async function makeUser(role: Role, options: { organizationId?: number; name?: string; secondFactor?: boolean } = {}) {
  const kind = KIND_FOR_ROLE[role];
  const organizationId = options.organizationId ?? (kind ? (await makeOrganization(kind)).id : null);
  const email = `${role}-${unique()}@e2e.test`;
  const user = await createUser({ actor: SYSTEM_ACTOR, input: { name: options.name ?? `${role} ${unique()}`, email, role, organizationId, password: PASSWORD } });
  if (options.secondFactor ?? SECOND_FACTOR_REQUIRED.includes(role)) await enrolKnownSecret({ actor: SYSTEM_ACTOR, userId: user.id, secret: E2E_TOTP_SECRET });
  return { ...user, password: PASSWORD };
}

export async function countUsers(where: { email?: string } = {}) {
  return prisma().user.count({ where });
}

/**
 * A project with a colour, a general contract and a subcontract (tests/support/ledger-fixtures buildWorld),
 * with people who can sign in: an official of the ministry and a user of each company.
 */
export async function makeContractorWorld(options: Parameters<typeof buildWorld>[0] = {}) {
  const w = await buildWorld(options);
  const [official, general, sub] = await Promise.all([
    makeUser("official", { organizationId: w.ministry.id }),
    makeUser("contractor", { organizationId: w.general.id, name: `Aidos ${unique()}` }),
    makeUser("contractor", { organizationId: w.sub.id, name: `Dana ${unique()}` }),
  ]);
  return { ...w, users: { official, general, sub } };
}
