import "server-only";
import { z } from "zod";
import type { TActor } from "../actor";
import { writeAudit } from "../audit";
import { prisma } from "../db";
import { DomainError, ForbiddenError } from "../errors";
import { ROLES, ORGANIZATION_KINDS_FOR_ROLE } from "../roles";
import { binProblem } from "../kz/bin";
import { hashPassword } from "./password";

export const ZCreateUser = z.object({
  name: z.string().trim().min(2, { message: "tooShort:2" }).max(200, { message: "tooLong:200" }),
  email: z.string().trim().toLowerCase().email({ message: "email" }).max(254, { message: "tooLong:254" }),
  role: z.enum(ROLES, { message: "invalidChoice" }),
  organizationId: z.coerce.number().int().positive().nullable(),
  /** Contractors are attached to their company by its BIN. */
  companyBin: z
    .string()
    .trim()
    .nullish()
    .transform((v) => v || null)
    .superRefine((bin, ctx) => {
      const problem = bin ? binProblem(bin) : null;
      if (problem) ctx.addIssue({ code: "custom", message: `bin.${problem}` });
    }),
  password: z.string().min(10, { message: "tooShort:10" }).max(200, { message: "tooLong:200" }),
});
export type TCreateUser = z.infer<typeof ZCreateUser>;

export async function createUser({ actor, input }: { actor: TActor; input: z.input<typeof ZCreateUser> }) {
  if (actor.role !== "admin") throw new ForbiddenError();
  const data = ZCreateUser.parse(input);
  const db = prisma();
  const allowed = ORGANIZATION_KINDS_FOR_ROLE[data.role];
  const kinds = allowed.join(", ");
  // Contractors are attached by BIN (when one is given, it wins); for other roles a BIN is ignored,
  // so that changing a contractor into an official does not trip over the old BIN still in the form.
  const byBin = allowed.includes("company");
  let organizationId = data.organizationId;
  if (byBin && data.companyBin) {
    const company = await db.organization.findUnique({ where: { bin: data.companyBin } });
    if (!company || company.kind !== "company") throw new DomainError("COMPANY_NOT_FOUND", { bin: data.companyBin });
    organizationId = company.id;
  }
  if (allowed.length > 0) {
    const org = organizationId ? await db.organization.findUnique({ where: { id: organizationId } }) : null;
    if (!org) throw new DomainError("ORGANIZATION_REQUIRED", { role: data.role, kinds });
    if (!allowed.includes(org.kind)) throw new DomainError("ORGANIZATION_KIND", { role: data.role, kind: org.kind, kinds });
  }
  const passwordHash = await hashPassword(data.password);
  return db
    .$transaction(async (tx) => {
      const taken = await tx.user.findUnique({ where: { email: data.email } });
      if (taken) throw new DomainError("EMAIL_TAKEN", { email: data.email });
      const user = await tx.user.create({
        data: { name: data.name, email: data.email, role: data.role, organizationId, passwordHash },
      });
      await writeAudit({ actorId: actor.userId, action: "user.create", subject: user.email, details: { role: user.role, organizationId } }, tx);
      return user;
    })
    .catch((error: unknown) => {
      // Two admins creating the same e-mail at once: the unique index decides.
      if (error instanceof Error && "code" in error && (error as { code: string }).code === "P2002") {
        throw new DomainError("EMAIL_TAKEN", { email: data.email });
      }
      throw error;
    });
}
