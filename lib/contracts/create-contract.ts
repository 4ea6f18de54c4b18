import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { DomainError, NotFoundError } from "../errors";
import { assertContractorFor, assertOfficialFor } from "../scope";
import { CEILING_CODE, checkUnitPriceCeiling } from "../rules/purpose-rules";

export type TContractItemInput = { estimateItemId: number; quantityMilli: bigint; ceilingUnitPriceTiyn: bigint };

export type TCreateContract = {
  colourId: number;
  contractorId: number;
  /** Set for a subcontract: the contract it is carved out of. */
  parentId?: number | null;
  number: string;
  valueTiyn: bigint;
  signedOn: Date;
  endsOn?: Date | null;
  isFinalSupplier?: boolean;
  items: TContractItemInput[];
};

/**
 * A general contract (an official of the project's ministry, paid from the project account) or a subcontract
 * (the parent's contractor, paid from its account). A subcontract covers a subset of the parent's items, at
 * most the parent's quantities and ceilings less what its other subcontracts already hold, for a value the
 * parent's remaining value can cover.
 *
 * `colourOpenAt`: the colour must be open at that instant (not closed, frozen or expired) — set when a company
 * registers a subcontract now. Seeds and test fixtures that build a past leave it unset.
 */
export async function createContract({ actor, input, colourOpenAt }: { actor: TActor; input: TCreateContract; colourOpenAt?: Date }) {
  const db = prisma();
  return db.$transaction(async (tx) => {
    const colour = await tx.colour.findUnique({ where: { id: input.colourId }, include: { project: true } });
    if (!colour) throw new NotFoundError("colour");
    if (colourOpenAt) {
      // The investigator's reason for a freeze is not the company's to read: the code says only that it is frozen.
      if (colour.isClosed) throw new DomainError("SUBCONTRACT_COLOUR_CLOSED", { colour: String(colour.id) });
      if (colour.isFrozen) throw new DomainError("SUBCONTRACT_COLOUR_FROZEN", { colour: String(colour.id) });
      if (colourOpenAt.getTime() > colour.expiresAt.getTime()) throw new DomainError("SUBCONTRACT_COLOUR_EXPIRED", { colour: String(colour.id), expiredAt: colour.expiresAt.toISOString() });
    }
    const contractor = await tx.organization.findUnique({ where: { id: input.contractorId } });
    if (!contractor || contractor.kind !== "company") throw new DomainError("PAYEE_NOT_REGISTERED", { payee: String(input.contractorId) });
    if (contractor.isDebarred) throw new DomainError("PAYEE_DEBARRED", { payee: contractor.name, reason: contractor.debarredReason ?? "" });
    if (input.valueTiyn <= 0n) throw new DomainError("NON_POSITIVE_AMOUNT", { attempted: input.valueTiyn.toString() });

    let payerId: number | null = null;
    const limits = new Map<number, { quantityMilli: bigint; ceilingUnitPriceTiyn: bigint; code: string; name: string; unit: string }>();
    /** For a subcontract: what the parent's other live subcontracts already hold of each item. */
    let heldBySiblings: Map<number, bigint> | null = null;
    if (input.parentId) {
      // Lock the parent so two subcontracts cannot together exceed its value or its quantities.
      await tx.$queryRaw`SELECT id FROM contract WHERE id = ${input.parentId} FOR UPDATE`;
      const parent = await tx.contract.findUnique({ where: { id: input.parentId }, include: { items: { include: { estimateItem: true } }, subcontracts: true } });
      if (!parent || parent.colourId !== input.colourId) throw new NotFoundError("contract");
      assertContractorFor(actor, parent.contractorId);
      if (input.contractorId === parent.contractorId) throw new DomainError("SUBCONTRACT_TO_SELF");
      const committed = parent.subcontracts.filter((c) => c.status !== "terminated").reduce((a, c) => a + c.valueTiyn, 0n);
      if (committed + input.valueTiyn > parent.valueTiyn) {
        throw new DomainError("SUBCONTRACT_ABOVE_REMAINING", { remaining: (parent.valueTiyn - committed).toString(), attempted: input.valueTiyn.toString() });
      }
      payerId = parent.contractorId;
      for (const i of parent.items) limits.set(i.estimateItemId, { quantityMilli: i.quantityMilli, ceilingUnitPriceTiyn: i.ceilingUnitPriceTiyn, code: i.estimateItem.code, name: i.estimateItem.name, unit: i.estimateItem.unit });
      // Read under the parent's lock, which every subcontract of this parent takes: siblings cannot race past it.
      // Each sibling's items read by its key (LATERAL … OFFSET 0 keeps the planner from a join): the ORM's groupBy was
      // planned as a hash join over a scan of every contract's items, a cost that grew with the country's contracts
      // (41 M rows read by the 8,624 contracts of a 100,000-invoice import; decision 0302).
      const held = await tx.$queryRaw<{ estimate_item_id: number; quantity_milli: bigint }[]>`
        SELECT ci.estimate_item_id, sum(ci.quantity_milli)::bigint AS quantity_milli
        FROM contract s CROSS JOIN LATERAL (SELECT i.estimate_item_id, i.quantity_milli FROM contract_item i WHERE i.contract_id = s.id OFFSET 0) ci
        WHERE s.parent_id = ${parent.id} AND s.status <> 'terminated'
        GROUP BY ci.estimate_item_id`;
      heldBySiblings = new Map(held.map((h) => [h.estimate_item_id, BigInt(h.quantity_milli)]));
    } else {
      assertOfficialFor(actor, colour.project.ministryId);
      const items = await tx.estimateItem.findMany({ where: { projectId: colour.projectId } });
      for (const i of items) limits.set(i.id, { quantityMilli: i.quantityMilli, ceilingUnitPriceTiyn: i.ceilingUnitPriceTiyn, code: i.code, name: i.name, unit: i.unit });
    }
    if (input.items.length === 0) throw new DomainError("EMPTY_CONTRACT");
    for (const item of input.items) {
      const limit = limits.get(item.estimateItemId);
      if (!limit) throw new DomainError("ITEM_NOT_IN_ESTIMATE", { item: String(item.estimateItemId) });
      if (item.quantityMilli <= 0n || item.quantityMilli > limit.quantityMilli) {
        throw new DomainError("QUANTITY_ABOVE_ESTIMATE", { item: limit.code, estimate: limit.quantityMilli.toString(), attempted: item.quantityMilli.toString() });
      }
      // A subcontract's ceilings are held to its parent contract's, a general contract's to the estimate's (lib/rules).
      const tier = input.parentId ? "contract" : "estimate";
      const above = checkUnitPriceCeiling(tier, limit, item.ceilingUnitPriceTiyn);
      if (above) throw new DomainError(above.code, above.params);
      if (item.ceilingUnitPriceTiyn <= 0n) throw new DomainError(CEILING_CODE[tier], { item: limit.code, itemName: limit.name, unit: limit.unit, ceiling: limit.ceilingUnitPriceTiyn.toString(), attempted: item.ceilingUnitPriceTiyn.toString() });
    }
    if (heldBySiblings) {
      const attempted = new Map<number, bigint>();
      for (const item of input.items) attempted.set(item.estimateItemId, (attempted.get(item.estimateItemId) ?? 0n) + item.quantityMilli);
      for (const [itemId, quantityMilli] of attempted) {
        const limit = limits.get(itemId)!;
        const held = heldBySiblings.get(itemId) ?? 0n;
        if (held + quantityMilli > limit.quantityMilli) {
          throw new DomainError("SUBCONTRACT_QUANTITY_ABOVE_REMAINING", {
            item: limit.code,
            itemName: limit.name,
            unit: limit.unit,
            contract: limit.quantityMilli.toString(),
            subcontracted: held.toString(),
            attempted: quantityMilli.toString(),
            remaining: (limit.quantityMilli > held ? limit.quantityMilli - held : 0n).toString(),
          });
        }
      }
    }
    return tx.contract.create({
      data: {
        projectId: colour.projectId,
        colourId: input.colourId,
        parentId: input.parentId ?? null,
        payerId,
        contractorId: input.contractorId,
        number: input.number,
        valueTiyn: input.valueTiyn,
        signedOn: input.signedOn,
        endsOn: input.endsOn ?? null,
        isFinalSupplier: input.isFinalSupplier ?? false,
        createdById: actor.isSystem ? null : actor.userId,
        items: { create: input.items },
      },
      include: { items: true },
    });
  });
}
