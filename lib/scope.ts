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

/**
 * Reading a ministry's records (never changing them): its officials (a Ministry of Finance official every ministry's),
 * every investigator (the Anti-Corruption Service reads everything, issue 19) and the system.
 */
export function assertReaderFor(actor: TActor, ministryId: number): void {
  if (actor.role === "investigator") return;
  assertOfficialFor(actor, ministryId);
}

/** The officials' read-only pages (projects, contracts, invoices, the registry) open to officials and investigators. */
export function assertOfficialOrInvestigator(actor: TActor): void {
  if (!actor.isSystem && actor.role !== "official" && actor.role !== "investigator") throw new ForbiddenError();
}

/** Whether the actor reads every ministry's records: investigators, Ministry of Finance officials, the system. */
export function readsEveryMinistry(actor: TActor): boolean {
  return Boolean(actor.isSystem) || actor.role === "investigator" || (actor.role === "official" && actor.isFinance);
}
