import "server-only";
import { z } from "zod";
import type { TActor } from "../actor";
import { writeAudit } from "../audit";
import { prisma } from "../db";
import { DomainError, ForbiddenError } from "../errors";
import { binProblem } from "../kz/bin";
import { nameColumns, zNameForms } from "../i18n/localized-name";

export const ZCreateOrganization = z
  .object({
    kind: z.enum(["ministry", "treasury", "company", "agency"]),
    name: z.string().trim().min(2).max(300),
    ...zNameForms(300),
    bin: z
      .string()
      .trim()
      .optional()
      .superRefine((bin, ctx) => {
        const problem = bin ? binProblem(bin) : null;
        if (problem) ctx.addIssue({ code: "custom", message: `bin.${problem}` });
      }),
    isFinance: z.boolean().default(false),
  })
  .refine((o) => o.kind !== "company" || !!o.bin, { message: "required", path: ["bin"] });
export type TCreateOrganization = z.input<typeof ZCreateOrganization>;

export async function createOrganization({ actor, input }: { actor: TActor; input: TCreateOrganization }) {
  if (actor.role !== "admin" && actor.role !== "official") throw new ForbiddenError();
  const data = ZCreateOrganization.parse(input);
  const db = prisma();
  if (data.bin && (await db.organization.findUnique({ where: { bin: data.bin } }))) throw new DomainError("BIN_TAKEN", { bin: data.bin });
  return db.$transaction(async (tx) => {
    const org = await tx.organization.create({ data: { kind: data.kind, ...nameColumns(data), bin: data.bin, isFinance: data.isFinance } });
    await writeAudit({ actorId: actor.userId, action: "organization.create", subject: org.name, details: { bin: org.bin } }, tx);
    return org;
  });
}
