import "server-only";
import type { TActor } from "../actor";
import { fromStoredRules } from "../rules/stored-rules";
import { prisma } from "../db";
import { ForbiddenError, NotFoundError } from "../errors";
import { assertOfficialFor } from "../scope";

const colourScope = (actor: TActor) => (actor.isFinance || actor.isSystem ? {} : { project: { ministryId: actor.organizationId ?? -1 } });

/** Colours (allocations) a general contract may be signed under: open, in the official's scope, newest first. */
export async function listContractColours({ actor }: { actor: TActor }) {
  if (actor.role !== "official" && !actor.isSystem) throw new ForbiddenError();
  return prisma().colour.findMany({
    where: { isClosed: false, ...colourScope(actor) },
    include: { project: { select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true } }, budgetLine: { select: { code: true, specifics: true, fiscalYear: true } } },
    orderBy: [{ id: "desc" }],
    take: 500,
  });
}

/**
 * What a new general contract under this colour may cover: the project's estimate, the colour's rules and
 * what the colour has not yet committed to other general contracts. Out of scope reads as not found.
 */
export async function loadContractTerms({ actor, colourId }: { actor: TActor; colourId: number }) {
  const db = prisma();
  const colour = await db.colour.findUnique({
    where: { id: colourId },
    include: { project: { include: { ministry: { select: { name: true, nameRu: true, nameKk: true, nameEn: true } } } }, budgetLine: { select: { code: true, specifics: true } }, rules: { orderBy: { version: "desc" }, take: 1 } },
  });
  if (!colour) throw new NotFoundError("colour");
  try {
    assertOfficialFor(actor, colour.project.ministryId);
  } catch (error) {
    if (error instanceof ForbiddenError) throw new NotFoundError("colour");
    throw error;
  }
  const [estimate, committed] = await Promise.all([
    db.estimateItem.findMany({ where: { projectId: colour.projectId }, orderBy: { id: "asc" } }),
    db.contract.aggregate({ where: { colourId, parentId: null, status: { not: "terminated" } }, _sum: { valueTiyn: true } }),
  ]);
  const stored = colour.rules[0];
  const rules = stored ? fromStoredRules(stored.rules, stored.version, colour.expiresAt) : null;
  const committedTiyn = committed._sum.valueTiyn ?? 0n;
  return { colour, estimate, allowedItemCodes: rules?.allowedItemCodes ?? ("all" as const), committedTiyn, availableTiyn: colour.mintedTiyn - committedTiyn };
}
