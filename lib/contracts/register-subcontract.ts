import "server-only";
import type { TActor } from "../actor";
import { createContract } from "../contracts/create-contract";
import { prisma } from "../db";
import { DomainError, NotFoundError } from "../errors";
import { companyOf } from "../scope";

export type TRegisterSubcontract = {
  parentId: number;
  /** The subcontractor or supplier, by its BIN: it must already be registered. */
  bin: string;
  number: string;
  valueTiyn: bigint;
  signedOn: Date;
  endsOn?: Date | null;
  isFinalSupplier: boolean;
  items: { estimateItemId: number; quantityMilli: bigint; ceilingUnitPriceTiyn: bigint }[];
};

/**
 * A contractor carves a subcontract out of its own contract, in a colour that is open now; createContract
 * checks, inside its transaction, the colour, items, limits less what sibling subcontracts hold, and the
 * remaining value.
 */
export async function registerSubcontract({ actor, input, now = new Date() }: { actor: TActor; input: TRegisterSubcontract; now?: Date }) {
  const org = companyOf(actor);
  const db = prisma();
  const parent = await db.contract.findFirst({ where: { id: input.parentId, contractorId: org } });
  if (!parent) throw new NotFoundError("contract");
  if (parent.status !== "active") throw new DomainError("CONTRACT_NOT_ACTIVE", { status: parent.status });
  const company = await db.organization.findUnique({ where: { bin: input.bin } });
  if (!company || company.kind !== "company") throw new DomainError("COMPANY_NOT_FOUND", { bin: input.bin });
  const existing = await db.contract.findFirst({ where: { colourId: parent.colourId, contractorId: company.id, number: input.number } });
  if (existing) throw new DomainError("CONTRACT_NUMBER_TAKEN", { number: input.number });
  return createContract({
    actor,
    colourOpenAt: now,
    input: {
      colourId: parent.colourId,
      contractorId: company.id,
      parentId: parent.id,
      number: input.number,
      valueTiyn: input.valueTiyn,
      signedOn: input.signedOn,
      endsOn: input.endsOn ?? null,
      isFinalSupplier: input.isFinalSupplier,
      items: input.items,
    },
  });
}
