import "server-only";
import { checkExit } from "../rules/purpose-rules";
import type { TExitKind } from "../rules/types";
import { holderKey, openAccount } from "./accounts";
import { COLOUR_STATE_COLUMNS, COLOUR_STATE_FROM, colourStateOf, type TColourStateRow } from "./colour-state";
import { publishLedgerEvent } from "./events";
import { historicMoment, historyAt } from "./history-moment";
import { postTransfer, type TPosted } from "./post-transfer";
import { recordRefusal } from "./record-refusal";
import { RuleRefusal } from "./refusal";
import { withSqlTransaction } from "./sql";
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
    // The ledger's own transaction (lib/ledger/sql.ts), not the ORM's: three round trips where there were ten
    // (decision 0247) — the colour, its rules and both accounts in one statement sent with BEGIN, the payer's lock
    // with the running totals the share is judged on (0299), and the posting sent with COMMIT. Same statements, same
    // locks in the same order, same rules.
    const posted = await withSqlTransaction(async (sql, last) => {
      const historic = historicMoment();
      const fromKey = holderKey({ kind: "company", organizationId });
      const toKey = holderKey({ kind: "exit", exit: kind });
      const [row] = await sql<TColourStateRow & { from_id: bigint | null; to_id: bigint | null }>(
        `SELECT ${COLOUR_STATE_COLUMNS},
          (SELECT a.id FROM account a WHERE a.colour_id = c.id AND a.holder_key = $2::text) AS from_id,
          (SELECT a.id FROM account a WHERE a.colour_id = c.id AND a.holder_key = $3::text) AS to_id${historic ? ", set_config($4::text, $5::text, true) AS history_at" : ""}
        ${COLOUR_STATE_FROM}`,
        [colourId, fromKey, toKey, ...(historic ? historyAt(historic) : [])],
      );
      const colour = colourStateOf(row, colourId);
      const from = row!.from_id != null ? BigInt(row!.from_id) : await openAccount(sql, colourId, { kind: "company", organizationId });
      const to = row!.to_id != null ? BigInt(row!.to_id) : await openAccount(sql, colourId, { kind: "exit", exit: kind });
      // The payer's account locked and read with the running totals the share is judged on (decision 0299:
      // ledger_post keeps what it received and what it paid to wages and taxes; summing its transfers here grew
      // with the company's history).
      const [payer] = await sql<{ balance_tiyn: bigint; is_frozen: boolean; received_tiyn: bigint; wages_paid_tiyn: bigint; taxes_paid_tiyn: bigint }>(
        `SELECT balance_tiyn, is_frozen, received_tiyn, wages_paid_tiyn, taxes_paid_tiyn FROM account WHERE id = $1::bigint FOR UPDATE`,
        [from],
      );
      const violations = checkExit({
        now,
        colour,
        kind,
        amountTiyn,
        payer: {
          balanceTiyn: BigInt(payer!.balance_tiyn),
          isFrozen: payer!.is_frozen,
          receivedTiyn: BigInt(payer!.received_tiyn),
          exitedTiyn: { wages: BigInt(payer!.wages_paid_tiyn), taxes: BigInt(payer!.taxes_paid_tiyn) },
        },
      });
      if (violations.length) throw new RuleRefusal(violations);
      return postTransfer(last, {
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
    // Subscribers (the flag engine) hear of it once the transaction has committed.
    if (!posted.replayed) publishLedgerEvent({ type: "posted", colourId, kind: "exit" });
    return posted;
  } catch (error) {
    if (error instanceof RuleRefusal) await recordRefusal({ actor, colourId, organizationId, documentType: `exit_${kind}`, documentId: null, amountTiyn, at: now, violations: error.violations });
    throw error;
  }
}
