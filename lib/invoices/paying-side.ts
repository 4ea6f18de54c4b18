import type { TActor } from "../actor";
import { ForbiddenError, NotFoundError } from "../errors";
import type { TPayingSide } from "../ledger/invoice-payment";
import { assertContractorFor, assertOfficialFor } from "../scope";

/**
 * Only the paying side decides on an invoice, or sees what deciding would do: officials of the project's ministry
 * under a general contract, the paying contractor under a subcontract.
 */
export function isPayingSide(actor: TActor, side: TPayingSide): boolean {
  try {
    if (side.payerCompanyId == null) assertOfficialFor(actor, side.ministryId);
    else assertContractorFor(actor, side.payerCompanyId);
    return true;
  } catch (error) {
    if (error instanceof ForbiddenError) return false;
    throw error;
  }
}

/** Anyone but the paying side gets "not found", the same as for an invoice that does not exist. */
export function assertPayingSide(actor: TActor, side: TPayingSide): void {
  if (!isPayingSide(actor, side)) throw new NotFoundError("invoice");
}
