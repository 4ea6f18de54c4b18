import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { almatyDate, almatyDayMoments, MEAL_TYPES, periodOf, type TMealType } from "../meals/rules";
import { operatorOf } from "../meals/scope";

// The canteen operator's home (issue 19, decision 0255): what today asks of a contractor whose company runs school
// canteens — today's meals per school and meal type, today's refused scans, its contracts with the period each
// settles, the last settlement paid and the parents' open disputes against its meals. Everything is read through
// the operator's own contracts (operatorOf: the caller's company), so another operator's figures never appear.

export type TCanteenHome = {
  served: { schoolId: number; name: string; nameRu: string | null; counts: Record<TMealType, number>; total: number }[];
  refusedToday: number;
  contracts: { id: number; number: string; startsOn: Date; endsOn: Date; schools: number; isActive: boolean; settles: "daily" | "monthly"; nextSettlementAfter: Date | null }[];
  lastSettlement: { contractNumber: string; periodStart: Date; periodEnd: Date; mealCount: number; amountTiyn: bigint; paidAt: Date } | null;
  openDisputes: number;
};

export async function canteenHome(actor: TActor, now = new Date()): Promise<TCanteenHome> {
  const operatorId = operatorOf(actor);
  const db = prisma();
  const today = almatyDate(now);
  const contracts = await db.canteenContract.findMany({
    where: { operatorId },
    include: { programme: { select: { settlementPeriod: true } }, _count: { select: { schools: true } } },
    orderBy: [{ endsOn: "desc" }, { id: "asc" }],
  });
  const ids = contracts.map((c) => c.id);
  const [served, refusedToday, last, openDisputes] = await Promise.all([
    db.mealRecord.groupBy({ by: ["schoolId", "mealType"], where: { contractId: { in: ids }, day: today }, _count: true }),
    db.refusedScan.count({ where: { operatorId, scannedAt: almatyDayMoments(today) } }),
    db.mealSettlement.findFirst({ where: { contractId: { in: ids } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] }),
    // A dispute is against one meal; the meal's contract says whose.
    db.$queryRaw<[{ n: number }]>`SELECT count(*)::int AS n FROM meal_dispute d JOIN meal_record m ON m.id = d.meal_id
      WHERE d.status = 'open' AND m.contract_id = ANY(${ids}::int[])`,
  ]);
  const schools = await db.school.findMany({ where: { id: { in: [...new Set(served.map((s) => s.schoolId))] } }, select: { id: true, name: true, nameRu: true }, orderBy: { name: "asc" } });
  return {
    served: schools.map((s) => {
      const counts = Object.fromEntries(MEAL_TYPES.map((t) => [t, served.find((r) => r.schoolId === s.id && r.mealType === t)?._count ?? 0])) as Record<TMealType, number>;
      return { schoolId: s.id, name: s.name, nameRu: s.nameRu, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
    }),
    refusedToday,
    contracts: contracts.map((c) => {
      const isActive = c.startsOn <= today && today <= c.endsOn;
      // A period is settled once it is over: the day after its last day (the contract's end at the latest).
      const end = periodOf(today, c.programme.settlementPeriod).end;
      return {
        id: c.id,
        number: c.number,
        startsOn: c.startsOn,
        endsOn: c.endsOn,
        schools: c._count.schools,
        isActive,
        settles: c.programme.settlementPeriod,
        nextSettlementAfter: isActive ? (end < c.endsOn ? end : c.endsOn) : null,
      };
    }),
    lastSettlement: last
      ? { contractNumber: contracts.find((c) => c.id === last.contractId)!.number, periodStart: last.periodStart, periodEnd: last.periodEnd, mealCount: last.mealCount, amountTiyn: last.amountTiyn, paidAt: last.createdAt }
      : null,
    openDisputes: openDisputes[0].n,
  };
}
