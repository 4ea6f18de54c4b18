import "server-only";
import type { Tx } from "../db";
import { DomainError } from "../errors";
import type { Role } from "../generated/prisma/enums";
import { ORGANIZATION_KINDS_FOR_ROLE } from "../roles";
import { zOptionalBin } from "../text-field";

/** A company BIN typed in a user form: empty means none; otherwise it must pass the check digit. */
export const ZOptionalBin = zOptionalBin();

/**
 * The organisation a user of this role belongs to. Contractors are attached by BIN (when one is given, it
 * wins); for other roles a BIN is ignored, so that changing a contractor into an official does not trip over
 * the old BIN still in the form. Refuses an organisation of the wrong kind for the role.
 */
export async function resolveUserOrganization(db: Tx, { role, organizationId, companyBin }: { role: Role; organizationId: number | null; companyBin: string | null }): Promise<number | null> {
  const allowed = ORGANIZATION_KINDS_FOR_ROLE[role];
  const kinds = allowed.join(", ");
  let resolved = organizationId;
  if (allowed.includes("company") && companyBin) {
    const company = await db.organization.findUnique({ where: { bin: companyBin } });
    if (!company || company.kind !== "company") throw new DomainError("COMPANY_NOT_FOUND", { bin: companyBin });
    resolved = company.id;
  }
  if (allowed.length > 0) {
    const org = resolved ? await db.organization.findUnique({ where: { id: resolved } }) : null;
    if (!org) throw new DomainError("ORGANIZATION_REQUIRED", { role, kinds });
    if (!allowed.includes(org.kind)) throw new DomainError("ORGANIZATION_KIND", { role, kind: org.kind, kinds });
  }
  return resolved;
}
