import "server-only";
import { prisma } from "../db";
import type { TRuleViolation } from "../rules/types";
import { publishLedgerEvent } from "./events";
import { historicMoment } from "./history-moment";
import { appendJournal, SYSTEM_CHAIN } from "./journal";
import { actorIdOf, type TLedgerActor } from "./types";

/**
 * A refused payment leaves no money trace, but investigators must see it: it is written (in its own
 * transaction, after the refused one rolled back) to refused_attempt and to the colour's journal chain; then
 * subscribers hear of it (a refused attempt counts in the repeated-refusals flag).
 */
export async function recordRefusal(r: {
  actor: TLedgerActor;
  colourId: number | null;
  organizationId: number | null;
  documentType: string;
  documentId: number | bigint | null;
  amountTiyn: bigint | null;
  violations: readonly Pick<TRuleViolation, "code" | "params" | "message">[];
  /**
   * When the refused document was presented (its submission or approval moment): a replayed history's refusals are
   * dated as they happened, not when the import ran (issue 15). Default: the historic moment, else now.
   */
  at?: Date;
}): Promise<void> {
  await prisma().$transaction(async (tx) => {
    await tx.refusedAttempt.create({
      data: {
        colourId: r.colourId,
        actorId: actorIdOf(r.actor),
        organizationId: r.organizationId,
        documentType: r.documentType,
        documentId: r.documentId == null ? null : BigInt(r.documentId),
        amountTiyn: r.amountTiyn,
        codes: r.violations.map((v) => v.code),
        details: r.violations.map((v) => ({ code: v.code, params: v.params, message: v.message })),
        createdAt: r.at ?? historicMoment() ?? new Date(),
      },
    });
    await appendJournal(tx, r.colourId ?? SYSTEM_CHAIN, "refused", {
      actor: r.actor.userId,
      organization: r.organizationId,
      document: r.documentType,
      documentId: r.documentId,
      amount: r.amountTiyn,
      codes: r.violations.map((v) => v.code),
    });
  });
  publishLedgerEvent({ type: "refused", colourId: r.colourId, kind: r.documentType });
}
