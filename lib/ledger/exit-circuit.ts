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
    // with the flows the share is judged on behind it, and the posting sent with COMMIT. Same statements, same
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
      // Locks the payer's account first, so the share is judged on settled figures: the flows are a statement of
      // their own after the lock (its own snapshot), sent behind it on the pipelined connection (lib/db.ts).
      // The exits are read from the payer's own outgoing transfers, each joined to its payee's account by key
      // (decision 0270): joining from the payee side read every colour's wages and taxes accounts, a cost that
      // grew with the number of colours in the database (0.8–0.9 ms at 35 colours, 3–4 ms at 233; now 0.3–0.4 and 1.6–2).
      const [[payer], [flows]] = await Promise.all([
        sql<{ balance_tiyn: bigint; is_frozen: boolean }>(`SELECT balance_tiyn, is_frozen FROM account WHERE id = $1::bigint FOR UPDATE`, [from]),
        sql<{ received: bigint | null; wages: bigint | null; taxes: bigint | null }>(
          `SELECT
          (SELECT sum(amount_tiyn) FROM transfer WHERE to_account_id = $1::bigint)::bigint AS received,
          (sum(t.amount_tiyn) FILTER (WHERE a.holder_key = $2::text))::bigint AS wages,
          (sum(t.amount_tiyn) FILTER (WHERE a.holder_key = $3::text))::bigint AS taxes
          FROM transfer t JOIN account a ON a.id = t.to_account_id WHERE t.from_account_id = $1::bigint`,
          [from, holderKey({ kind: "exit", exit: "wages" }), holderKey({ kind: "exit", exit: "taxes" })],
        ),
      ]);
      const violations = checkExit({
        now,
        colour,
        kind,
        amountTiyn,
        payer: {
          balanceTiyn: BigInt(payer!.balance_tiyn),
          isFrozen: payer!.is_frozen,
          receivedTiyn: flows?.received != null ? BigInt(flows.received) : 0n,
          exitedTiyn: { wages: flows?.wages != null ? BigInt(flows.wages) : 0n, taxes: flows?.taxes != null ? BigInt(flows.taxes) : 0n },
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
