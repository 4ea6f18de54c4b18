import "server-only";
import type { TActor } from "../actor";
import { DomainError } from "../errors";
import { recordFreeze, type TFreeze } from "../ledger/freeze";
import { assertInvestigator } from "../scope";
import { assertStorableText } from "../text-field";

export type { TFreeze } from "../ledger/freeze";

/** An investigator freezes (or unfreezes) a colour or one company's account in it, with a reason of at least five characters. */
export async function setFreeze({ actor, input }: { actor: TActor; input: TFreeze }) {
  assertInvestigator(actor);
  const reason = input.reason.trim();
  if (reason.length < 5) throw new DomainError("REASON_REQUIRED");
  assertStorableText(reason, 2000);
  return recordFreeze({ actor, input: { ...input, reason } });
}
