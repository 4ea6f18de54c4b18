import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { ForbiddenError } from "../errors";
import type { OrganizationKind } from "../generated/prisma/client";

/**
 * Ministries, the treasury and agencies, for the admin's picker. Companies are not listed — there are
 * hundreds of thousands — a contractor is attached to their company by BIN instead.
 */
export async function listGovernmentOrganizations({ actor }: { actor: TActor }) {
  if (actor.role !== "admin") throw new ForbiddenError();
  return prisma().organization.findMany({
    where: { kind: { not: "company" } },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: { id: true, name: true, kind: true, bin: true },
  });
}

export type TOrganizationOption = { id: number; name: string; kind: OrganizationKind; bin: string | null };
