import "server-only";
import { z } from "zod";
import type { TActor } from "../actor";
import { writeAudit } from "../audit";
import { prisma } from "../db";
import { DomainError, ForbiddenError } from "../errors";
import { ROLES } from "../roles";
import { newOneTimePassword, oneTimePasswordExpiry } from "./one-time-password";
import { hashPassword, INVITED_PASSWORD_HASH } from "../security/password";
import { resolveUserOrganization, ZOptionalBin } from "./resolve-organization";
import { zOptionalIin, zText } from "../text-field";
import { zOptionalId } from "../http/parse-id";

export const ZCreateUser = z.object({
  name: zText({ min: 2, max: 200 }),
  email: z.string().trim().toLowerCase().email({ message: "email" }).max(254, { message: "tooLong:254" }),
  role: z.enum(ROLES, { message: "invalidChoice" }),
  organizationId: zOptionalId(),
  /** Contractors are attached to their company by its BIN. */
  companyBin: ZOptionalBin,
  /**
   * Seeds, imports and tests give a password and get a ready account. Without one (the administrators' form) a
   * one-time password is generated, returned once, and must be changed at the first sign-in.
   */
  password: z.string().min(10, { message: "tooShort:10" }).max(200, { message: "tooLong:200" }).optional(),
  /**
   * The natural person behind the account, by IIN (decision 0163): a person already known by it (a company's
   * director, another account) is linked, otherwise one is recorded under the user's name. Empty: no person.
   */
  iin: zOptionalIin(),
});
export type TCreateUser = z.infer<typeof ZCreateUser>;

/**
 * `invite` (the system only: the import of migrated users, decision 0145) creates the account without any password
 * and computes no hash: it opens once an administrator hands out a one-time password (resetPassword).
 */
export async function createUser({ actor, input, invite = false }: { actor: TActor; input: z.input<typeof ZCreateUser>; invite?: boolean }) {
  if (actor.role !== "admin" || (invite && !actor.isSystem)) throw new ForbiddenError();
  const data = ZCreateUser.parse(input);
  const db = prisma();
  const organizationId = await resolveUserOrganization(db, data);
  const oneTimePassword = data.password || invite ? null : newOneTimePassword();
  const passwordHash = invite ? INVITED_PASSWORD_HASH : await hashPassword(data.password ?? oneTimePassword!);
  // Only the system (seed, import, tests) may hand out a password that never has to change.
  const mustChangePassword = !actor.isSystem || oneTimePassword !== null || invite;
  return db
    .$transaction(async (tx) => {
      const taken = await tx.user.findUnique({ where: { email: data.email } });
      if (taken) throw new DomainError("EMAIL_TAKEN", { email: data.email });
      const person = data.iin ? ((await tx.person.findUnique({ where: { iin: data.iin } })) ?? (await tx.person.create({ data: { fullName: data.name, iin: data.iin } }))) : null;
      const user = await tx.user.create({
        data: {
          name: data.name,
          email: data.email,
          role: data.role,
          organizationId,
          personId: person?.id ?? null,
          passwordHash,
          mustChangePassword,
          oneTimePasswordExpiresAt: mustChangePassword && !invite ? oneTimePasswordExpiry() : null,
        },
      });
      await writeAudit({ actorId: actor.userId, action: "user.create", subject: user.email, details: { role: user.role, organizationId, personId: person?.id ?? null } }, tx);
      return { ...user, oneTimePassword };
    })
    .catch((error: unknown) => {
      // Two admins creating the same e-mail at once: the unique index decides.
      if (error instanceof Error && "code" in error && (error as { code: string }).code === "P2002") {
        throw new DomainError("EMAIL_TAKEN", { email: data.email });
      }
      throw error;
    });
}
