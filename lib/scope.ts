import type { TActor } from "./actor";
import { ForbiddenError } from "./errors";

/** Officials act for their own ministry; a Ministry of Finance official (and the system) for every ministry. */
export function assertOfficialFor(actor: TActor, ministryId: number): void {
  if (actor.isSystem) return;
  if (actor.role !== "official") throw new ForbiddenError();
  if (!actor.isFinance && actor.organizationId !== ministryId) throw new ForbiddenError();
}

/** The company a contractor acts for; anyone else (or a contractor without a company) may not use these screens. */
export function companyOf(actor: TActor): number {
  if (actor.role !== "contractor" || actor.organizationId == null) throw new ForbiddenError();
  return actor.organizationId;
}

/** A contractor acts only for their own company. */
export function assertContractorFor(actor: TActor, organizationId: number): void {
  if (actor.isSystem) return;
  if (actor.role !== "contractor" || actor.organizationId !== organizationId) throw new ForbiddenError();
}

/** Investigators read everything (and the system acts for them in seeds and CLIs); anyone else has no access. */
export function assertInvestigator(actor: TActor): void {
  if (!actor.isSystem && actor.role !== "investigator") throw new ForbiddenError();
}
