import type { TActor } from "../actor";
import { ForbiddenError } from "../errors";

/** The company a contractor acts for; anyone else (or a contractor without a company) may not use these screens. */
export function companyOf(actor: TActor): number {
  if (actor.role !== "contractor" || actor.organizationId == null) throw new ForbiddenError();
  return actor.organizationId;
}
