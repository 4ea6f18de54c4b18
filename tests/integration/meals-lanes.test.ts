import { describe, expect, inject, it, vi } from "vitest";
import { pool, prisma } from "../../lib/db";
import { mealTokenKey } from "../../lib/meals/keys";
import { recordMeal, recordMealsBatch, scanLaneOf, type TScan } from "../../lib/meals/record-meal";
import { mealToken } from "../../lib/meals/token";
import { mealWorld, type TMealWorld } from "../support/meal-fixtures";

// The canteen scans are judged in lanes by school (decision 0242): a school's scans one group at a time, in the
// order they came, while another school's group runs beside it on its own connection. A school's monthly list held
// by another transaction stops only that school's lane. The embedded database has one session: PostgreSQL only.
const onPostgres = inject("databaseKind") !== "embedded";

/** A moment in Almaty (UTC+5). */
const almaty = (iso: string, hhmm: string) => new Date(`${iso}T${hhmm}:00+05:00`);
const AT = almaty("2026-12-07", "08:15");
const NOW = new Date(AT.getTime() + 5_000);

let scanNo = 0;
const scanOf = (schoolId: number, voucherId: number): TScan => ({ schoolId, mealType: "breakfast", scanToken: mealToken(mealTokenKey(), voucherId, AT), scannedAt: AT, clientScanId: `lane-${++scanNo}` });

async function waitingOnLocks(): Promise<number> {
  const { rows } = await pool().query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
  return rows[0]!.n;
}

describe("school meals: scans judged in lanes by school", () => {
  it.skipIf(!onPostgres)("two schools' groups are judged side by side; one school's scans wait for its group and are answered in order", async () => {
    const m: TMealWorld = await mealWorld();
    expect(scanLaneOf(m.schoolA.id)).not.toBe(scanLaneOf(m.schoolB.id));
    const answered: string[] = [];
    // Another transaction (a settlement, another process's group) holds school A's monthly list.
    const holder = await pool().connect();
    let first: Promise<unknown>;
    let second: Promise<unknown>;
    try {
      await holder.query("BEGIN");
      await holder.query("SELECT 1 FROM eligibility_list WHERE id = $1 FOR UPDATE", [m.list.id]);
      first = recordMeal({ actor: m.operator, device: "till-a", scan: scanOf(m.schoolA.id, m.vouchers[0]!.voucherId), now: NOW }).then((r) => (answered.push("A1"), r));
      first.catch(() => {});
      await vi.waitFor(async () => expect(await waitingOnLocks()).toBe(1));
      second = recordMeal({ actor: m.operator, device: "till-a", scan: scanOf(m.schoolA.id, m.vouchers[1]!.voucherId), now: NOW }).then((r) => (answered.push("A2"), r));
      second.catch(() => {});
      // School B's scan is judged meanwhile, in its own lane (and refused: the canteen has no contract there).
      const other = await recordMeal({ actor: m.operator, device: "till-b", scan: scanOf(m.schoolB.id, m.voucherB.voucherId), now: NOW });
      expect(other).toMatchObject({ status: "refused", code: "NO_CANTEEN_CONTRACT", duplicate: false });
      // School A's second scan waits in its lane behind the first, not at the lock: one of A's groups in the database.
      await new Promise((r) => setTimeout(r, 150));
      expect(await waitingOnLocks()).toBe(1);
      expect(answered).toEqual([]);
    } finally {
      await holder.query("ROLLBACK");
      holder.release();
    }
    expect(await Promise.all([first!, second!])).toMatchObject([
      { status: "served", duplicate: false },
      { status: "served", duplicate: false },
    ]);
    expect(answered).toEqual(["A1", "A2"]);
    expect(await prisma().mealRecord.count()).toBe(2);
  });

  it.skipIf(!onPostgres)("many scans of several schools at once: each served once, resent ones answered as the first answer", async () => {
    const m = await mealWorld();
    const scans = [scanOf(m.schoolA.id, m.vouchers[0]!.voucherId), scanOf(m.schoolA.id, m.vouchers[1]!.voucherId), scanOf(m.schoolB.id, m.voucherB.voucherId), scanOf(m.schoolA.id, m.vouchers[2]!.voucherId)];
    const send = () => Promise.all(scans.map((s, i) => recordMeal({ actor: m.operator, device: `till-${i % 2}`, scan: s, now: NOW })));
    const [once, again] = await Promise.all([send(), send()]);
    const outcome = (r: Awaited<ReturnType<typeof recordMeal>>) => (r.status === "served" ? "served" : r.code);
    expect(once.map(outcome)).toEqual(["served", "served", "NO_CANTEEN_CONTRACT", "PUPIL_NOT_ELIGIBLE"]);
    expect(again.map(outcome)).toEqual(once.map(outcome));
    // Within a lane the first sending is judged first; the second is its duplicate.
    expect(again.every((r) => r.duplicate)).toBe(true);
    expect(await prisma().mealRecord.count()).toBe(2);
    expect(await prisma().refusedScan.count()).toBe(2);
  });

  it("a group carrying one scan id, one token or one pupil twice judges the later scan after the earlier one's meal or refusal", async () => {
    const m = await mealWorld();
    const later = new Date(AT.getTime() + 60_000);
    const first = scanOf(m.schoolA.id, m.vouchers[0]!.voucherId);
    const sameToken = { ...first, clientScanId: "same-token" };
    const notListed = scanOf(m.schoolA.id, m.vouchers[2]!.voucherId);
    const samePupil: TScan = { ...first, scanToken: mealToken(mealTokenKey(), m.vouchers[0]!.voucherId, later), scannedAt: later, clientScanId: "same-pupil" };
    // In the order the batch is judged (by the moment scanned): one group, one transaction.
    const results = await recordMealsBatch({ actor: m.operator, device: "tablet-1", scans: [first, first, sameToken, notListed, notListed, samePupil], now: new Date(later.getTime() + 5_000) });
    expect(results.map((r) => [r.status === "served" ? "served" : r.code, r.duplicate])).toEqual([
      ["served", false],
      ["served", true],
      ["MEAL_TOKEN_REPLAYED", false],
      ["PUPIL_NOT_ELIGIBLE", false],
      ["PUPIL_NOT_ELIGIBLE", true],
      ["MEAL_ALREADY_SERVED", false],
    ]);
    expect(await prisma().mealRecord.count()).toBe(1);
    expect(await prisma().refusedScan.count()).toBe(3);
  });
});
