import "server-only";
import { z } from "zod";
import type { TActor } from "../actor";
import { writeAudit } from "../audit";
import { prisma } from "../db";
import { DomainError, ForbiddenError } from "../errors";
import { ROLES, ORGANIZATION_KINDS_FOR_ROLE } from "../roles";
import { hashPassword } from "./password";

export const ZCreateUser = z.object({
  name: z.string().trim().min(2, { message: "tooShort:2" }).max(200, { message: "tooLong:200" }),
  email: z.string().trim().toLowerCase().email({ message: "email" }).max(254, { message: "tooLong:254" }),
  role: z.enum(ROLES, { message: "invalidChoice" }),
  organizationId: z.coerce.number().int().positive().nullable(),
  password: z.string().min(10, { message: "tooShort:10" }).max(200, { message: "tooLong:200" }),
});
export type TCreateUser = z.infer<typeof ZCreateUser>;

export async function createUser({ actor, input }: { actor: TActor; input: TCreateUser }) {
  if (actor.role !== "admin") throw new ForbiddenError();
  const db = prisma();
  const allowed = ORGANIZATION_KINDS_FOR_ROLE[input.role];
  let organizationId: number | null = null;
  if (allowed.length > 0) {
    if (!input.organizationId) throw new DomainError("ORGANIZATION_REQUIRED", { role: input.role, kinds: allowed.join(", ") });
    const org = await db.organization.findUnique({ where: { id: input.organizationId } });
    if (!org) throw new DomainError("ORGANIZATION_REQUIRED", { role: input.role, kinds: allowed.join(", ") });
    if (!allowed.includes(org.kind)) throw new DomainError("ORGANIZATION_KIND", { role: input.role, kind: org.kind, kinds: allowed.join(", ") });
    organizationId = org.id;
  } else if (input.organizationId) {
    organizationId = input.organizationId;
  }
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const taken = await tx.user.findUnique({ where: { email: input.email } });
    if (taken) throw new DomainError("EMAIL_TAKEN", { email: input.email });
    const user = await tx.user.create({
      data: { name: input.name, email: input.email, role: input.role, organizationId, passwordHash },
    });
    await writeAudit({ actorId: actor.userId, action: "user.create", subject: user.email, details: { role: user.role, organizationId } }, tx);
    return user;
  }).catch((error: unknown) => {
    // Two admins creating the same e-mail at once: the unique index decides.
    if (error instanceof Error && "code" in error && (error as { code: string }).code === "P2002") {
      throw new DomainError("EMAIL_TAKEN", { email: input.email });
    }
    throw error;
  });
}
