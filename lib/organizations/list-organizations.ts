import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { ForbiddenError } from "../errors";
import type { OrganizationKind } from "../generated/prisma/client";

/** Organisations a user can be attached to, for the admin's picker. Companies are found by BIN or name. */
export async function listOrganizationsForPicker({ actor, q, limit = 200 }: { actor: TActor; q?: string; limit?: number }) {
  if (actor.role !== "admin") throw new ForbiddenError();
  const text = q?.trim();
  return prisma().organization.findMany({
    where: text ? { OR: [{ name: { contains: text, mode: "insensitive" } }, { bin: { startsWith: text } }] } : {},
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: { id: true, name: true, kind: true, bin: true },
    take: limit,
  });
}

export type TOrganizationOption = { id: number; name: string; kind: OrganizationKind; bin: string | null };
