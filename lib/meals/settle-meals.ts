import "server-only";
import type { TActor } from "../actor";
import { prisma, type Tx } from "../db";
import { DomainError, NotFoundError } from "../errors";
import { historicMoment } from "../ledger/history-moment";
import { postMealSettlement } from "../ledger/meal-settlement";
import { recordRefusal } from "../ledger/record-refusal";
import { LedgerRefusal, RuleRefusal } from "../ledger/refusal";
import { ledgerTransaction } from "../ledger/transaction";
import type { TRuleCode } from "../rules/types";
import { sheetDigest, sheetLines, type TSheetMeal } from "./attendance-sheet";
import { almatyDate, isoDay, periodOf, settlementAmount } from "./rules";
import { assertDistrictOfficial } from "./scope";

// Settlement of a canteen contract for one period (decision 0157): the meals served and not held by a dispute, each
// at the tariff it was served at, paid as one coloured payment; once per contract and period.

export type TSettlementResult = { settlementId: number; transferId: bigint; amountTiyn: bigint; mealCount: number; digest: string; replayed: boolean };

export async function settleMeals({ actor, contractId, day, now = new Date() }: { actor: TActor; contractId: number; day: Date; now?: Date }): Promise<TSettlementResult> {
  if (!(day instanceof Date) || Number.isNaN(day.getTime())) throw new DomainError("PERIOD_INVALID", { startsOn: "", endsOn: "" });
  if (!Number.isSafeInteger(contractId) || contractId <= 0 || contractId > 2_147_483_647) throw new NotFoundError("contract");
  const contract = await prisma().canteenContract.findUnique({ where: { id: contractId }, include: { programme: true } });
  if (!contract) throw new NotFoundError("contract");
  assertDistrictOfficial(actor, contract.programme.departmentId, "contract");
  const period = periodOf(day, contract.programme.settlementPeriod);
  if (period.end.getTime() >= almatyDate(now).getTime()) throw new DomainError("PERIOD_NOT_ENDED", { periodEnd: isoDay(period.end) });
  const operator = await prisma().organization.findUniqueOrThrow({ where: { id: contract.operatorId } });
  const facts = { start: isoDay(period.start), end: isoDay(period.end) };
  let attempted: bigint | null = null;
  try {
    return await ledgerTransaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM canteen_contract WHERE id = ${contractId} FOR UPDATE`;
      const existing = await tx.mealSettlement.findUnique({ where: { contractId_periodStart_periodEnd: { contractId, periodStart: period.start, periodEnd: period.end } } });
      if (existing) return { settlementId: existing.id, transferId: existing.transferId, amountTiyn: existing.amountTiyn, mealCount: existing.mealCount, digest: existing.digest, replayed: true };
      const meals = await payableMeals(tx, contractId, facts.end);
      if (meals.length === 0) throw new DomainError("NOTHING_TO_SETTLE", { periodStart: facts.start, periodEnd: facts.end });
      const digest = sheetDigest(sheetLines(meals));
      const amountTiyn = settlementAmount(meals);
      attempted = amountTiyn;
      const [{ id }] = (await tx.$queryRaw<{ id: number }[]>`SELECT nextval(pg_get_serial_sequence('meal_settlement', 'id'))::int AS id`) as [{ id: number }];
      const posted = await postMealSettlement(tx, {
        actor,
        colourId: contract.programme.colourId,
        payee: { organizationId: operator.id, name: operator.name, isDebarred: operator.isDebarred, isInContractChain: true },
        amountTiyn,
        settlementId: id,
        sheet: { contractId, periodStart: facts.start, periodEnd: facts.end, meals: meals.length, digest },
        now,
      });
      // Replayed history (the demo, decision 0276) dates the settlement with its transfer, lot and journal entry;
      // otherwise undefined leaves the database clock, as for every screen's write.
      await tx.mealSettlement.create({
        data: { id, contractId, periodStart: period.start, periodEnd: period.end, mealCount: meals.length, amountTiyn, digest, transferId: posted.transferId, createdById: actor.isSystem ? null : actor.userId, createdAt: historicMoment() },
      });
      // One statement for the sheet's lines however many meals it has (an ORM createMany of a month's meals took a second).
      await tx.$executeRaw`INSERT INTO meal_settlement_line (settlement_id, meal_id) SELECT ${id}::int, unnest(${meals.map((m) => m.mealId.toString())}::text[]::bigint[])`;
      return { settlementId: id, transferId: posted.transferId, amountTiyn, mealCount: meals.length, digest, replayed: false };
    });
  } catch (error) {
    if (error instanceof RuleRefusal || error instanceof LedgerRefusal) {
      const violations = error instanceof RuleRefusal ? error.violations : [{ code: error.code as TRuleCode, params: error.params as Record<string, string>, message: error.message }];
      await recordRefusal({ actor, colourId: contract.programme.colourId, organizationId: operator.id, documentType: "meal_settlement", documentId: contractId, amountTiyn: attempted, violations });
    }
    throw error;
  }
}

/** Meals of the contract up to the period's end not yet paid and not held by an open or upheld dispute. */
async function payableMeals(tx: Tx, contractId: number, end: string): Promise<TSheetMeal[]> {
  const rows = await tx.$queryRaw<{ id: bigint; day: Date; meal_type: string; pupil_id: number; school_id: number; tariff_tiyn: bigint }[]>`
    SELECT m.id, m.day, m.meal_type::text AS meal_type, m.pupil_id, m.school_id, m.tariff_tiyn
    FROM meal_record m
    WHERE m.contract_id = ${contractId} AND m.day <= ${end}::date
      AND NOT EXISTS (SELECT 1 FROM meal_settlement_line l WHERE l.meal_id = m.id)
      AND NOT EXISTS (SELECT 1 FROM meal_dispute d WHERE d.meal_id = m.id AND d.status IN ('open', 'upheld'))
    ORDER BY m.id`;
  return rows.map((r) => ({ mealId: BigInt(r.id), day: r.day, mealType: r.meal_type, pupilId: r.pupil_id, schoolId: r.school_id, tariffTiyn: BigInt(r.tariff_tiyn) }));
}
