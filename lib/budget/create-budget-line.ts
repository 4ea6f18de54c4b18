import "server-only";
import { z } from "zod";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { DomainError } from "../errors";
import { REGION_CODES } from "../kz/regions";
import { assertOfficialFor } from "../scope";
import { normalizeBudgetCode } from "./budget-code";
import { zText } from "../text-field";
import { zId } from "../http/parse-id";
import { nameColumns, zNameForms } from "../i18n/localized-name";

export const ZCreateBudgetLine = z.object({
  code: z.string().transform((v, ctx) => {
    const code = normalizeBudgetCode(v);
    if (!code) ctx.addIssue({ code: "custom", message: "budgetCode" });
    return code ?? v;
  }),
  specifics: z.string().trim().regex(/^\d{3}$/, { message: "specifics" }),
  fiscalYear: z.coerce.number({ message: "fiscalYear" }).int({ message: "fiscalYear" }).min(2000, { message: "fiscalYear" }).max(2100, { message: "fiscalYear" }),
  name: zText({ min: 3, max: 500 }),
  ...zNameForms(500),
  ministryId: zId(),
  region: z.enum(REGION_CODES, { message: "invalidChoice" }).nullish(),
  appropriatedTiyn: z.bigint({ message: "amount" }).positive({ message: "amountPositive" }),
});

export async function createBudgetLine({ actor, input }: { actor: TActor; input: z.input<typeof ZCreateBudgetLine> }) {
  const data = ZCreateBudgetLine.parse(input);
  assertOfficialFor(actor, data.ministryId);
  const db = prisma();
  const ministry = await db.organization.findUnique({ where: { id: data.ministryId } });
  if (!ministry || ministry.kind !== "ministry") throw new DomainError("NOT_A_MINISTRY");
  const exists = await db.budgetLine.findUnique({ where: { code_specifics_fiscalYear: { code: data.code, specifics: data.specifics, fiscalYear: data.fiscalYear } } });
  if (exists) throw new DomainError("BUDGET_LINE_EXISTS", { code: data.code, specifics: data.specifics, year: data.fiscalYear });
  const { nameLang, nameRu, nameKk, nameEn, ...line } = data;
  return db.budgetLine.create({ data: { ...line, ...nameColumns({ name: data.name, nameLang, nameRu, nameKk, nameEn }), region: data.region ?? null, createdById: actor.isSystem ? null : actor.userId } });
}
