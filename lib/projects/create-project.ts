import "server-only";
import { z } from "zod";
import { isCategory, isItemCode } from "./estimate-check";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { DomainError } from "../errors";
import { assertOfficialFor } from "../scope";
import { nameColumns, zNameForms } from "../i18n/localized-name";

export const ZEstimateItemInput = z.object({
  code: z.string().trim().min(1).max(64).refine(isItemCode, { message: "estimateCheck.fields.itemCode" }),
  name: z.string().trim().min(2).max(500),
  ...zNameForms(500),
  category: z.string().trim().min(1).max(32).refine(isCategory, { message: "estimateCheck.fields.category" }),
  unit: z.string().trim().min(1).max(32),
  quantityMilli: z.bigint().positive(),
  ceilingUnitPriceTiyn: z.bigint().positive(),
});
export type TEstimateItemInput = z.infer<typeof ZEstimateItemInput>;

export const ZCreateProject = z.object({
  name: z.string().trim().min(3).max(300),
  ...zNameForms(300),
  region: z.string().trim().min(2).max(100),
  address: z.string().trim().max(300).nullish(),
  ministryId: z.number().int().positive(),
  startsOn: z.date().nullish(),
  endsOn: z.date().nullish(),
  items: z.array(ZEstimateItemInput).max(5000),
});

/** An estimate item's row: its name filed under its languages (decision 0230). */
export function estimateItemRow({ nameLang, nameRu, nameKk, nameEn, ...item }: TEstimateItemInput, projectId: number) {
  return { ...item, ...nameColumns({ name: item.name, nameLang, nameRu, nameKk, nameEn }), projectId };
}

export async function createProject({ actor, input }: { actor: TActor; input: z.input<typeof ZCreateProject> }) {
  const data = ZCreateProject.parse(input);
  assertOfficialFor(actor, data.ministryId);
  // A Finance official may name any ministry, and only a ministry: projects belong to no company or treasury.
  const ministry = await prisma().organization.findUnique({ where: { id: data.ministryId }, select: { kind: true } });
  if (ministry?.kind !== "ministry") throw new DomainError("NOT_A_MINISTRY");
  return prisma().$transaction(async (tx) => {
    const project = await tx.project.create({
      data: {
        ...nameColumns(data),
        region: data.region,
        address: data.address ?? null,
        ministryId: data.ministryId,
        startsOn: data.startsOn ?? null,
        endsOn: data.endsOn ?? null,
        createdById: actor.isSystem ? null : actor.userId,
      },
    });
    if (data.items.length) await tx.estimateItem.createMany({ data: data.items.map((i) => estimateItemRow(i, project.id)) });
    // Version 1 of the estimate: the items the project was created with.
    await tx.estimateRevision.create({
      data: { projectId: project.id, version: 1, reason: "", changes: [{ op: "create", count: data.items.length }], createdById: actor.isSystem ? null : actor.userId },
    });
    return project;
  });
}
