import "server-only";
import { checkExit } from "../rules/purpose-rules";
import type { TExitKind } from "../rules/types";
import { ensureAccount } from "./accounts";
import { loadColourState } from "./colour-state";
import { postTransfer, type TPosted } from "./post-transfer";
import { recordRefusal } from "./record-refusal";
import { RuleRefusal } from "./refusal";
import { ledgerTransaction } from "./transaction";
import { actorIdOf, type TLedgerActor } from "./types";

/**
 * A company pays wages or taxes out of a colour: the money leaves the circuit, within the share of what the
 * company received in that colour that the colour's rules allow. The ledger's entry point for exits: the caller
 * (lib/contractors/exit-circuit.ts) has checked that `actor` acts for the company. A refusal is recorded.
 */
export async function postExit({ actor, colourId, organizationId, kind, amountTiyn, idempotencyKey, now = new Date() }: {
  actor: TLedgerActor;
  colourId: number;
  organizationId: number;
  kind: TExitKind;
  amountTiyn: bigint;
  idempotencyKey?: string;
  now?: Date;
}): Promise<TPosted> {
  try {
    return await ledgerTransaction(async (tx) => {
      const colour = await loadColourState(tx, colourId);
      const from = await ensureAccount(tx, colourId, { kind: "company", organizationId });
      const to = await ensureAccount(tx, colourId, { kind: "exit", exit: kind });
      // Locks the payer's account first, so the share is judged on settled figures.
      const [payer] = await tx.$queryRaw<{ balance_tiyn: bigint; is_frozen: boolean }[]>`SELECT balance_tiyn, is_frozen FROM account WHERE id = ${from} FOR UPDATE`;
      const [flows] = await tx.$queryRaw<{ received: bigint | null; wages: bigint | null; taxes: bigint | null }[]>`
        SELECT
          (SELECT sum(amount_tiyn) FROM transfer WHERE to_account_id = ${from})::bigint AS received,
          (SELECT sum(t.amount_tiyn) FROM transfer t JOIN account a ON a.id = t.to_account_id WHERE t.from_account_id = ${from} AND a.holder_key = 'exit:wages')::bigint AS wages,
          (SELECT sum(t.amount_tiyn) FROM transfer t JOIN account a ON a.id = t.to_account_id WHERE t.from_account_id = ${from} AND a.holder_key = 'exit:taxes')::bigint AS taxes`;
      const violations = checkExit({
        now,
        colour,
        kind,
        amountTiyn,
        payer: {
          balanceTiyn: payer!.balance_tiyn,
          isFrozen: payer!.is_frozen,
          receivedTiyn: flows?.received ?? 0n,
          exitedTiyn: { wages: flows?.wages ?? 0n, taxes: flows?.taxes ?? 0n },
        },
      });
      if (violations.length) throw new RuleRefusal(violations);
      return postTransfer(tx, {
        colourId,
        fromAccountId: from,
        toAccountId: to,
        amountTiyn,
        kind: "exit",
        documentType: `exit_${kind}`,
        actorId: actorIdOf(actor),
        idempotencyKey: idempotencyKey ?? null,
      });
    });
  } catch (error) {
    if (error instanceof RuleRefusal) await recordRefusal({ actor, colourId, organizationId, documentType: `exit_${kind}`, documentId: null, amountTiyn, at: now, violations: error.violations });
    throw error;
  }
}
