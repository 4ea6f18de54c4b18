import "server-only";
import { z } from "zod";
import type { TActor } from "../actor";
import { prisma, type Tx } from "../db";
import { DomainError, ForbiddenError, NotFoundError } from "../errors";
import { appendJournal } from "../ledger/journal";
import { assertOfficialFor } from "../scope";
import { estimateItemRow, ZEstimateItemInput } from "./create-project";
import { canonicalUnit } from "./units";
import { assertStorableText } from "../text-field";

const ZItemFields = ZEstimateItemInput.extend({
  unit: z.string().transform((v, ctx) => {
    const unit = canonicalUnit(v);
    if (!unit) ctx.addIssue({ code: "custom", message: "unit" });
    return unit ?? v;
  }),
});

export const ZEstimateChange = z.discriminatedUnion("op", [
  z.object({ op: z.literal("add"), item: ZItemFields }),
  z.object({ op: z.literal("change"), itemId: z.number().int().positive(), item: ZItemFields.omit({ code: true }) }),
  z.object({ op: z.literal("remove"), itemId: z.number().int().positive() }),
]);
export type TEstimateChange = z.infer<typeof ZEstimateChange>;

type TItemSnapshot = { code: string; name: string; names?: Record<string, string>; category: string; unit: string; quantityMilli: string; ceilingUnitPriceTiyn: string };
type TItemRow = { code: string; name: string; nameRu?: string | null; nameKk?: string | null; nameEn?: string | null; category: string; unit: string; quantityMilli: bigint; ceilingUnitPriceTiyn: bigint };
// The language forms of the name (decision 0230) go into the revision and the journal only when there are any.
const namesOf = (i: TItemRow) => {
  const names = Object.fromEntries(Object.entries({ ru: i.nameRu, kk: i.nameKk, en: i.nameEn }).filter((e): e is [string, string] => !!e[1]));
  return Object.keys(names).length ? { names } : {};
};
const snapshot = (i: TItemRow): TItemSnapshot => ({
  code: i.code,
  name: i.name,
  ...namesOf(i),
  category: i.category,
  unit: i.unit,
  quantityMilli: i.quantityMilli.toString(),
  ceilingUnitPriceTiyn: i.ceilingUnitPriceTiyn.toString(),
});

/** What already binds an estimate item: contracts over it, invoices billing it, colours naming it. */
export async function itemCommitments(tx: Pick<Tx, "$queryRaw">, projectId: number, itemId: number, code: string) {
  const [row] = await tx.$queryRaw<{ contracted: bigint; max_ceiling: bigint | null; billed: bigint; contracts: bigint; lines: bigint }[]>`
    SELECT
      coalesce((SELECT sum(ci.quantity_milli) FROM contract_item ci JOIN contract c ON c.id = ci.contract_id
                WHERE ci.estimate_item_id = ${itemId} AND c.parent_id IS NULL AND c.status <> 'terminated'), 0)::bigint AS contracted,
      (SELECT max(ci.ceiling_unit_price_tiyn) FROM contract_item ci WHERE ci.estimate_item_id = ${itemId})::bigint AS max_ceiling,
      coalesce((SELECT sum(l.quantity_milli) FROM invoice_line l JOIN invoice v ON v.id = l.invoice_id JOIN contract c ON c.id = v.contract_id
                WHERE l.estimate_item_id = ${itemId} AND c.parent_id IS NULL AND v.status IN ('submitted', 'approved', 'paid')), 0)::bigint AS billed,
      (SELECT count(*) FROM contract_item WHERE estimate_item_id = ${itemId})::bigint AS contracts,
      (SELECT count(*) FROM invoice_line WHERE estimate_item_id = ${itemId})::bigint AS lines`;
  const named = await tx.$queryRaw<{ colour_id: number }[]>`
    SELECT c.id AS colour_id FROM colour c JOIN colour_rules r ON r.colour_id = c.id AND r.version = c.rules_version
    WHERE c.project_id = ${projectId} AND jsonb_typeof(r.rules -> 'allowedItemCodes') = 'array' AND (r.rules -> 'allowedItemCodes') ? ${code}`;
  return { ...row!, namedByColours: named.map((n) => n.colour_id) };
}

/**
 * One change to a project's estimate (add, change or remove an item) as a new estimate version. Once money is
 * allocated to the project the change needs a reason and is journalled in every open colour's chain. Nothing
 * that is already committed can be undone: quantities stay at or above what is contracted and billed, ceilings
 * at or above contract ceilings, and an item in a contract, an invoice or a colour's rules cannot be removed.
 * `expectedVersion` makes two officials editing at once see each other's change instead of overwriting it.
 */
export async function changeEstimate({ actor, projectId, expectedVersion, change, reason }: { actor: TActor; projectId: number; expectedVersion: number; change: TEstimateChange; reason: string }) {
  const parsed = ZEstimateChange.parse(change);
  const text = reason.trim();
  assertStorableText(text, 500);
  return prisma().$transaction(async (tx) => {
    const [project] = await tx.$queryRaw<{ ministry_id: number; estimate_version: number }[]>`
      SELECT ministry_id, estimate_version FROM project WHERE id = ${projectId} FOR UPDATE`;
    if (!project) throw new NotFoundError("project");
    try {
      assertOfficialFor(actor, project.ministry_id);
    } catch (error) {
      throw error instanceof ForbiddenError ? new NotFoundError("project") : error;
    }
    if (project.estimate_version !== expectedVersion) throw new DomainError("ESTIMATE_CHANGED_MEANWHILE", { version: project.estimate_version });
    const colours = await tx.colour.findMany({ where: { projectId }, select: { id: true, isClosed: true } });
    if (colours.length > 0 && text.length < 5) throw new DomainError("REASON_REQUIRED");

    let entry: { op: string; code: string; before?: TItemSnapshot; after?: TItemSnapshot };
    if (parsed.op === "add") {
      const taken = await tx.estimateItem.findUnique({ where: { projectId_code: { projectId, code: parsed.item.code } } });
      if (taken) throw new DomainError("ESTIMATE_CODE_TAKEN", { code: parsed.item.code });
      const created = await tx.estimateItem.create({ data: estimateItemRow(parsed.item, projectId) });
      entry = { op: "add", code: created.code, after: snapshot(created) };
    } else {
      const item = await tx.estimateItem.findFirst({ where: { id: parsed.itemId, projectId } });
      if (!item) throw new NotFoundError("estimate item");
      const bound = await itemCommitments(tx, projectId, item.id, item.code);
      if (parsed.op === "remove") {
        if (bound.contracts > 0n || bound.lines > 0n || bound.namedByColours.length) throw new DomainError("ESTIMATE_ITEM_IN_USE", { code: item.code });
        await tx.estimateItem.delete({ where: { id: item.id } });
        entry = { op: "remove", code: item.code, before: snapshot(item) };
      } else {
        const next = parsed.item;
        if (next.unit !== item.unit && (bound.contracts > 0n || bound.lines > 0n)) throw new DomainError("ESTIMATE_UNIT_IN_USE", { code: item.code, unit: item.unit });
        const floor = bound.contracted > bound.billed ? bound.contracted : bound.billed;
        if (next.quantityMilli < floor) throw new DomainError("ESTIMATE_BELOW_COMMITTED", { code: item.code, quantity: floor.toString() });
        if (bound.max_ceiling !== null && next.ceilingUnitPriceTiyn < bound.max_ceiling) {
          throw new DomainError("ESTIMATE_CEILING_BELOW_CONTRACT", { code: item.code, ceiling: bound.max_ceiling.toString() });
        }
        const before = snapshot(item);
        const row = estimateItemRow({ ...next, code: item.code }, projectId);
        // A form sends every language (its nameLang says which field came first); a caller that sends only a name
        // keeps the stored forms of the other languages.
        const names = next.nameLang ? row : { nameRu: row.nameRu ?? item.nameRu, nameKk: row.nameKk ?? item.nameKk, nameEn: row.nameEn ?? item.nameEn };
        const updated = await tx.estimateItem.update({ where: { id: item.id }, data: { ...row, ...names, projectId } });
        const after = snapshot(updated);
        if (JSON.stringify(before) === JSON.stringify(after)) throw new DomainError("NOTHING_CHANGED");
        entry = { op: "change", code: item.code, before, after };
      }
    }
    const version = project.estimate_version + 1;
    await tx.project.update({ where: { id: projectId }, data: { estimateVersion: version } });
    const revision = await tx.estimateRevision.create({
      data: { projectId, version, reason: text, changes: [entry], createdById: actor.isSystem ? null : actor.userId },
    });
    for (const colour of colours.filter((c) => !c.isClosed)) {
      await appendJournal(tx, colour.id, "estimate", { project: projectId, version, reason: text, changes: [entry], actor: actor.userId });
    }
    return revision;
  });
}

/** One estimate item with what binds it, for the edit form. Other ministries' projects are "not found". */
export async function getEstimateItemForEdit({ actor, projectId, itemId }: { actor: TActor; projectId: number; itemId: number }) {
  const db = prisma();
  const item = await db.estimateItem.findFirst({ where: { id: itemId, projectId }, include: { project: { select: { ministryId: true, estimateVersion: true, _count: { select: { colours: true } } } } } });
  if (!item) throw new NotFoundError("estimate item");
  try {
    assertOfficialFor(actor, item.project.ministryId);
  } catch (error) {
    throw error instanceof ForbiddenError ? new NotFoundError("estimate item") : error;
  }
  const bound = await itemCommitments(db, projectId, itemId, item.code);
  const floor = bound.contracted > bound.billed ? bound.contracted : bound.billed;
  return {
    item,
    estimateVersion: item.project.estimateVersion,
    hasAllocation: item.project._count.colours > 0,
    minQuantityMilli: floor,
    minCeilingTiyn: bound.max_ceiling,
    canChangeUnit: bound.contracts === 0n && bound.lines === 0n,
    canRemove: bound.contracts === 0n && bound.lines === 0n && bound.namedByColours.length === 0,
  };
}
