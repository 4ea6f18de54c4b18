import "server-only";
import { z } from "zod";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { DomainError } from "../errors";
import { assertOfficialFor } from "../scope";

/** "04 9 467 037 015": functional group (2), subgroup (1), administrator (3), programme (3), subprogramme (3). */
export const BUDGET_CODE = /^(\d{2}) (\d) (\d{3}) (\d{3}) (\d{3})$/;

export const ZCreateBudgetLine = z.object({
  code: z.string().trim().regex(BUDGET_CODE, { message: "budgetCode" }),
  specifics: z.string().trim().regex(/^\d{3}$/, { message: "specifics" }),
  fiscalYear: z.coerce.number().int().min(2000).max(2100),
  name: z.string().trim().min(3).max(500),
  ministryId: z.coerce.number().int().positive(),
  region: z.string().trim().max(100).nullish(),
  appropriatedTiyn: z.bigint().positive(),
});

export async function createBudgetLine({ actor, input }: { actor: TActor; input: z.input<typeof ZCreateBudgetLine> }) {
  const data = ZCreateBudgetLine.parse(input);
  assertOfficialFor(actor, data.ministryId);
  const db = prisma();
  const exists = await db.budgetLine.findUnique({ where: { code_specifics_fiscalYear: { code: data.code, specifics: data.specifics, fiscalYear: data.fiscalYear } } });
  if (exists) throw new DomainError("BUDGET_LINE_EXISTS", { code: data.code, specifics: data.specifics, year: data.fiscalYear });
  return db.budgetLine.create({ data: { ...data, region: data.region ?? null, createdById: actor.isSystem ? null : actor.userId } });
}
