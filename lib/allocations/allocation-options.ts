import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { DomainError, ForbiddenError, NotFoundError } from "../errors";
import type { TPurposeRules } from "../rules/types";
import { assertOfficialFor, assertReaderFor } from "../scope";

/** A project the official may allocate to, or "not found" (other ministries' projects do not exist for them). */
export async function projectForOfficial(actor: TActor, projectId: number) {
  return projectScopedBy(actor, projectId, assertOfficialFor);
}

/** A project the caller may read (its ministry's officials, every investigator), or "not found". Never for writes. */
export async function projectForReader(actor: TActor, projectId: number) {
  return projectScopedBy(actor, projectId, assertReaderFor);
}

async function projectScopedBy(actor: TActor, projectId: number, assert: (actor: TActor, ministryId: number) => void) {
  const project = await prisma().project.findUnique({ where: { id: projectId }, include: { ministry: { select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true } }, _count: { select: { colours: true } } } });
  if (!project) throw new NotFoundError("project");
  try {
    assert(actor, project.ministryId);
  } catch (error) {
    if (error instanceof ForbiddenError) throw new NotFoundError("project");
    throw error;
  }
  return project;
}

/** Budget lines of the project's ministry with what each can still cover (appropriated minus minted). */
export async function budgetLinesWithRemaining(ministryId: number) {
  const rows = await prisma().$queryRaw<{ id: number; code: string; specifics: string; fiscal_year: number; name: string; appropriated_tiyn: bigint; minted: bigint }[]>`
    SELECT b.id, b.code, b.specifics, b.fiscal_year, b.name, b.appropriated_tiyn,
           coalesce((SELECT sum(c.minted_tiyn) FROM colour c WHERE c.budget_line_id = b.id), 0)::bigint AS minted
    FROM budget_line b WHERE b.ministry_id = ${ministryId}
    ORDER BY b.fiscal_year DESC, b.code, b.specifics`;
  return rows.map((r) => ({ id: r.id, code: r.code, specifics: r.specifics, fiscalYear: r.fiscal_year, name: r.name, appropriatedTiyn: r.appropriated_tiyn, remainingTiyn: r.appropriated_tiyn - r.minted }));
}

export async function allocationOptions({ actor, projectId }: { actor: TActor; projectId: number }) {
  const project = await projectForOfficial(actor, projectId);
  const [items, lines] = await Promise.all([
    prisma().estimateItem.findMany({ where: { projectId }, orderBy: { code: "asc" }, select: { code: true, name: true, unit: true, quantityMilli: true, ceilingUnitPriceTiyn: true } }),
    budgetLinesWithRemaining(project.ministryId),
  ]);
  return { project, items, lines };
}

/**
 * The checks the allocation will make, without writing anything: the line belongs to the project's ministry and
 * can still cover the amount, every chosen item is in the estimate. The allocation re-checks all of it under lock.
 */
export async function previewAllocation({ actor, projectId, budgetLineId, amountTiyn, rules }: { actor: TActor; projectId: number; budgetLineId: number; amountTiyn: bigint; rules: Pick<TPurposeRules, "allowedItemCodes"> }) {
  const { project, items, lines } = await allocationOptions({ actor, projectId });
  const line = lines.find((l) => l.id === budgetLineId);
  if (!line) throw new DomainError("PROJECT_OTHER_MINISTRY");
  if (amountTiyn > line.remainingTiyn) throw new DomainError("BUDGET_LINE_EXCEEDED", { remaining: line.remainingTiyn.toString(), attempted: amountTiyn.toString() });
  if (rules.allowedItemCodes !== "all") {
    const unknown = rules.allowedItemCodes.filter((c) => !items.some((i) => i.code === c));
    if (unknown.length) throw new DomainError("ITEM_NOT_IN_ESTIMATE", { item: unknown.join(", ") });
  }
  return { project, line, itemCount: items.length, remainingAfterTiyn: line.remainingTiyn - amountTiyn };
}
