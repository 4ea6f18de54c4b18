import type { Tx } from "../db";
import { checkColourClosed, checkColourExpired, checkColourFrozen, checkPayeeNotDebarred, checkPayeeInChain } from "../rules/purpose-rules";
import type { TPayeeState, TRuleViolation } from "../rules/types";
import { ensureAccount } from "./accounts";
import { loadColourState } from "./colour-state";
import { postTransfer, type TPosted } from "./post-transfer";
import { RuleRefusal } from "./refusal";
import { actorIdOf, type TLedgerActor } from "./types";

export type TAttendanceSheet = { contractId: number; periodStart: string; periodEnd: string; meals: number; digest: string };

/**
 * The ledger's entry point for school-meal settlements (decision 0157): one coloured payment from the programme's
 * project account to the canteen operator, in the caller's ledger transaction (lib/meals/settle-meals.ts has checked
 * who may, and built the attendance sheet). The normal purpose rules judge it — colour open, not expired, not frozen;
 * payee not debarred and holding a contract of the colour — then ledger_post() checks balance and freezes under its
 * locks, consumes lots FIFO and journals the transfer with the sheet's digest, so each meal can be proved part of it.
 */
export async function postMealSettlement(tx: Tx, { actor, colourId, payee, amountTiyn, settlementId, sheet, now = new Date() }: {
  actor: TLedgerActor;
  colourId: number;
  payee: Omit<TPayeeState, "isRegistered">;
  amountTiyn: bigint;
  settlementId: number;
  sheet: TAttendanceSheet;
  now?: Date;
}): Promise<TPosted> {
  const colour = await loadColourState(tx, colourId);
  const state: TPayeeState = { ...payee, isRegistered: true };
  const violations = [checkColourClosed(colour), checkColourExpired(colour, now), checkColourFrozen(colour), checkPayeeNotDebarred(state), checkPayeeInChain(state, colour)].filter(
    (v): v is TRuleViolation => v !== null,
  );
  if (violations.length) throw new RuleRefusal(violations);
  const from = await ensureAccount(tx, colourId, { kind: "project", projectId: colour.projectId });
  const to = await ensureAccount(tx, colourId, { kind: "company", organizationId: payee.organizationId });
  return postTransfer(tx, {
    colourId,
    fromAccountId: from,
    toAccountId: to,
    amountTiyn,
    kind: "payment",
    documentType: "meal_settlement",
    documentId: settlementId,
    actorId: actorIdOf(actor),
    idempotencyKey: `meal-settlement:${sheet.contractId}:${sheet.periodStart}:${sheet.periodEnd}`,
    note: { attendanceSheet: sheet },
  });
}
