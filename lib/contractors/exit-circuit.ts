import "server-only";
import type { TActor } from "../actor";
import { postExit } from "../ledger/exit-circuit";
import type { TPosted } from "../ledger/post-transfer";
import type { TExitKind } from "../rules/types";
import { assertContractorFor } from "../scope";

/**
 * A company pays wages or taxes out of a colour. Only someone acting for the company may; the ledger
 * (postExit) judges the colour's rules, posts the exit, or records the refusal.
 */
export async function exitCircuit(options: { actor: TActor; colourId: number; organizationId: number; kind: TExitKind; amountTiyn: bigint; idempotencyKey?: string; now?: Date }): Promise<TPosted> {
  assertContractorFor(options.actor, options.organizationId);
  return postExit(options);
}
