import { describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { ForbiddenError, NotFoundError } from "../../lib/errors";
import { checkLedgerInvariants } from "../../lib/ledger/check-invariants";
import { recordFreeze } from "../../lib/ledger/freeze";
import { verifyDatabaseJournal } from "../../lib/ledger/verify-journal";
import { sheetDigest, sheetLine, sheetLines, sheetProof, verifySheetProof } from "../../lib/meals/attendance-sheet";
import { approveEligibilityList, buildEligibilityList, issueVoucher, registerPupil, setVoucherStatus } from "../../lib/meals/eligibility";
import { mealTokenKey } from "../../lib/meals/keys";
import { currentMealToken, disputeMeal, listVoucherMeals, reviewMealDispute } from "../../lib/meals/parent";
import { addSchoolStaff, createCanteenContract, createSchool } from "../../lib/meals/programme";
import { recordMeal, recordMealsBatch, type TScan } from "../../lib/meals/record-meal";
import { settleMeals } from "../../lib/meals/settle-meals";
import { operatorDay, operatorSchools, schoolPupils } from "../../lib/meals/views";
import { mealToken, SLICE_MS } from "../../lib/meals/token";
import { company, contractor, official, T } from "../support/ledger-fixtures";
import { mealWorld, schoolUser, type TMealWorld } from "../support/meal-fixtures";

// School-meal vouchers (issue 18) against the real database: setup, every refusal of a scan, the offline batch, two
// devices on one token, two-person approval, the parent's dispute and settlement through the ledger.

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** A moment in Almaty (UTC+5). */
const almaty = (iso: string, hhmm: string) => new Date(`${iso}T${hhmm}:00+05:00`);

let scanNo = 0;
function scan(m: TMealWorld, voucher: number, at: Date, over: Partial<TScan> = {}): TScan {
  return { schoolId: m.schoolA.id, mealType: "breakfast", scanToken: mealToken(mealTokenKey(), m.vouchers[voucher]?.voucherId ?? voucher, at), scannedAt: at, clientScanId: `scan-${++scanNo}`, ...over };
}

const MONDAY_BREAKFAST = almaty("2026-12-07", "08:15");
const soon = (at: Date) => new Date(at.getTime() + 5_000);

async function refusedCodes(): Promise<string[]> {
  return (await prisma().refusedScan.findMany({ orderBy: { id: "asc" } })).map((r) => r.code);
}

describe("school meals: a scan", () => {
  it("records a meal for an eligible pupil, and refuses every case of the issue with its reason, each recorded", async () => {
    const m = await mealWorld();
    const at = MONDAY_BREAKFAST;
    const ok = await recordMeal({ actor: m.operator, device: "phone-1", scan: scan(m, 0, at), now: soon(at) });
    expect(ok).toMatchObject({ status: "served", day: "2026-12-07", mealType: "breakfast", duplicate: false });

    const refused = async (s: TScan, now = soon(s.scannedAt), actor = m.operator) => {
      const r = await recordMeal({ actor, device: "phone-1", scan: s, now });
      expect(r.status).toBe("refused");
      return r.status === "refused" ? r.code : null;
    };
    const good = scan(m, 1, at);
    const forged = good.scanToken.slice(0, -2) + (good.scanToken.endsWith("AA") ? "BB" : "AA");
    expect(await refused({ ...good, scanToken: forged })).toBe("MEAL_TOKEN_FORGED");
    // The device sends that scan again: the first answer, not a second record.
    expect(await recordMeal({ actor: m.operator, device: "phone-1", scan: { ...good, scanToken: forged }, now: soon(at) })).toMatchObject({ code: "MEAL_TOKEN_FORGED", duplicate: true });
    expect(await refused({ ...scan(m, 1, at), scanToken: "not a token" })).toBe("MEAL_TOKEN_MALFORMED");
    expect(await refused(scan(m, 1, at, { scannedAt: new Date(at.getTime() + 2 * SLICE_MS) }))).toBe("MEAL_TOKEN_EXPIRED");
    // The token of the slice just before is still good (the QR changed as the canteen scanned it).
    const late = await recordMeal({ actor: m.operator, device: "phone-1", scan: { ...scan(m, 1, at), scannedAt: new Date(at.getTime() + SLICE_MS) }, now: soon(at) });
    expect(late.status).toBe("served");
    // The same token again (another scan id): replayed; a fresh token for the same pupil and meal: already served.
    expect(await refused({ ...scan(m, 0, at), clientScanId: "again-1" })).toBe("MEAL_TOKEN_REPLAYED");
    const later = new Date(at.getTime() + 10 * 60_000);
    expect(await refused(scan(m, 0, later))).toBe("MEAL_ALREADY_SERVED");
    expect(await refused(scan(m, 2, at))).toBe("PUPIL_NOT_ELIGIBLE");
    expect(await refused(scan(m, 0, almaty("2026-12-16", "08:15")))).toBe("NOT_A_SCHOOL_DAY");
    expect(await refused(scan(m, 0, almaty("2026-12-12", "08:15")))).toBe("NOT_A_SCHOOL_DAY");
    expect(await refused(scan(m, 0, almaty("2026-12-08", "10:00")))).toBe("OUTSIDE_SERVING_HOURS");
    expect(await refused(scan(m, 0, almaty("2026-12-08", "09:30")))).toBe("OUTSIDE_SERVING_HOURS");
    expect(await refused(scan(m, 0, almaty("2026-12-08", "08:00"), { schoolId: m.schoolB.id }))).toBe("NO_CANTEEN_CONTRACT");
    const otherOperator = contractor((await company("Other Canteen LLP")).id, 4002);
    expect(await refused(scan(m, 0, almaty("2026-12-08", "08:00")), undefined, otherOperator)).toBe("NO_CANTEEN_CONTRACT");
    // A pupil of school B, scanned at school A's canteen: not on school A's list.
    const fromB = { ...scan(m, 0, at), scanToken: mealToken(mealTokenKey(), m.voucherB.voucherId, at) };
    expect(await refused(fromB)).toBe("PUPIL_NOT_ELIGIBLE");
    await setVoucherStatus({ actor: m.staffA, voucherId: m.vouchers[1]!.voucherId, status: "suspended" });
    expect(await refused(scan(m, 1, almaty("2026-12-08", "08:10")))).toBe("VOUCHER_NOT_ACTIVE");
    expect(await refused(scan(m, 0, at), new Date(at.getTime() + 4 * 86_400_000))).toBe("SCAN_TIME_INVALID");
    expect(await refused(scan(m, 0, at), new Date(at.getTime() - 10 * 60_000))).toBe("SCAN_TIME_INVALID");
    expect(await refused({ ...scan(m, 0, at), mealType: "dinner" as "lunch" })).toBe("SCAN_MALFORMED");
    const badDevice = await recordMeal({ actor: m.operator, device: "phone 1; drop", scan: scan(m, 0, at), now: soon(at) });
    expect(badDevice).toMatchObject({ status: "refused", code: "SCAN_MALFORMED" });

    expect(await prisma().mealRecord.count()).toBe(2);
    expect(new Set(await refusedCodes())).toEqual(
      new Set(["MEAL_TOKEN_FORGED", "MEAL_TOKEN_MALFORMED", "MEAL_TOKEN_EXPIRED", "MEAL_TOKEN_REPLAYED", "MEAL_ALREADY_SERVED", "PUPIL_NOT_ELIGIBLE", "NOT_A_SCHOOL_DAY", "OUTSIDE_SERVING_HOURS", "NO_CANTEEN_CONTRACT", "VOUCHER_NOT_ACTIVE", "SCAN_TIME_INVALID", "SCAN_MALFORMED"]),
    );
    const one = await prisma().refusedScan.findFirstOrThrow({ where: { code: "OUTSIDE_SERVING_HOURS" } });
    expect(one).toMatchObject({ operatorId: m.canteen.id, deviceId: `${m.canteen.id}/phone-1`, schoolId: m.schoolA.id });
    expect(one.details).toMatchObject({ params: { at: "10:00", from: "08:00", to: "09:30", mealType: "breakfast" } });
  });

  it("refuses more meals of a type in a day than pupils on the school's list", async () => {
    const m = await mealWorld();
    const at = MONDAY_BREAKFAST;
    expect((await recordMeal({ actor: m.operator, device: "phone-1", scan: scan(m, 0, at), now: soon(at) })).status).toBe("served");
    // A meal that came in by another way (a ghost record) already fills the second place of two.
    await prisma().$executeRaw`
      INSERT INTO meal_record (voucher_id, pupil_id, school_id, contract_id, meal_type, day, served_at, token_slice, device_id, client_scan_id, tariff_tiyn)
      VALUES (${m.vouchers[2]!.voucherId}, ${m.pupils[2]!.id}, ${m.schoolA.id}, ${m.contract.id}, 'breakfast', '2026-12-07', ${at}, 1, 'ghost', 'ghost-1', ${T(450)})`;
    const r = await recordMeal({ actor: m.operator, device: "phone-1", scan: scan(m, 1, at), now: soon(at) });
    expect(r).toMatchObject({ status: "refused", code: "DAILY_MEALS_EXCEED_ELIGIBLE", params: { eligible: "2", served: "2" } });
    // The check reads the day's running count, which triggers keep for every meal however it was written (decision 0294).
    const counts = await prisma().$queryRaw<{ meals: number }[]>`SELECT meals FROM meal_day_count WHERE school_id = ${m.schoolA.id} AND day = '2026-12-07' AND meal_type = 'breakfast'`;
    expect(counts).toEqual([{ meals: 2 }]);
  });

  it("a device's offline batch sent twice counts each scan once, its refusals too", async () => {
    const m = await mealWorld();
    const scans = [scan(m, 0, MONDAY_BREAKFAST), scan(m, 1, MONDAY_BREAKFAST), scan(m, 2, MONDAY_BREAKFAST), scan(m, 0, almaty("2026-12-07", "12:30"), { mealType: "lunch" })];
    const now = almaty("2026-12-07", "15:00");
    const first = await recordMealsBatch({ actor: m.operator, device: "tablet-7", scans, now });
    expect(first.map((r) => [r.status, r.duplicate])).toEqual([["served", false], ["served", false], ["refused", false], ["served", false]]);
    const again = await recordMealsBatch({ actor: m.operator, device: "tablet-7", scans: [...scans].reverse(), now: new Date(now.getTime() + 3_600_000) });
    expect(again.every((r) => r.duplicate)).toBe(true);
    expect(again.find((r) => r.clientScanId === scans[2]!.clientScanId)).toMatchObject({ status: "refused", code: "PUPIL_NOT_ELIGIBLE" });
    expect(await prisma().mealRecord.count()).toBe(3);
    expect(await prisma().refusedScan.count()).toBe(1);
    // The same scan ids from another device are other scans: the token is spent, so they are refused as replays.
    const other = await recordMealsBatch({ actor: m.operator, device: "tablet-8", scans: scans.slice(0, 1), now });
    expect(other[0]).toMatchObject({ status: "refused", code: "MEAL_TOKEN_REPLAYED" });
    await expect(recordMealsBatch({ actor: m.operator, device: "tablet-7", scans: Array.from({ length: 501 }, () => scans[0]!), now })).rejects.toMatchObject({ code: "BATCH_TOO_LARGE" });
  });

  it("two devices scanning the same token at once record one meal", async () => {
    const m = await mealWorld();
    const s = scan(m, 0, MONDAY_BREAKFAST);
    const results = await Promise.all([
      recordMeal({ actor: m.operator, device: "phone-1", scan: s, now: soon(s.scannedAt) }),
      recordMeal({ actor: m.operator, device: "phone-2", scan: { ...s, clientScanId: "other" }, now: soon(s.scannedAt) }),
      recordMeal({ actor: m.operator, device: "phone-1", scan: s, now: soon(s.scannedAt) }),
      ...Array.from({ length: 5 }, (_, i) => recordMeal({ actor: m.operator, device: `phone-${3 + i}`, scan: { ...s, clientScanId: `burst-${i}` }, now: soon(s.scannedAt) })),
    ]);
    expect(await prisma().mealRecord.count()).toBe(1);
    expect(results.filter((r) => r.status === "served" && !r.duplicate)).toHaveLength(1);
    // Whichever scan won, a resend of its scan id reads as that meal, and every other as the replay it is.
    for (const r of results) expect(r.status === "served" ? r.mealId : r.code).toEqual(r.status === "served" ? (results.find((x) => x.status === "served")! as { mealId: bigint }).mealId : "MEAL_TOKEN_REPLAYED");
    expect(results.some((r) => r.status === "refused")).toBe(true);
  });

  it("only a canteen operator scans; the school and the district do not", async () => {
    const m = await mealWorld();
    const s = scan(m, 0, MONDAY_BREAKFAST);
    await expect(recordMeal({ actor: m.district, device: "phone-1", scan: s, now: soon(s.scannedAt) })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(recordMeal({ actor: m.staffA, device: "phone-1", scan: s, now: soon(s.scannedAt) })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await prisma().mealRecord.count()).toBe(0);
  });
});

describe("school meals: lists, scope and the parent", () => {
  it("the list is approved by the director, never by the person who built it", async () => {
    const m = await mealWorld();
    const list = await buildEligibilityList({ actor: m.staffA, schoolId: m.schoolA.id, month: day("2027-01-15"), pupilIds: [m.pupils[0]!.id] });
    expect(list.month.toISOString().slice(0, 10)).toBe("2027-01-01");
    await addSchoolStaff({ actor: m.district, schoolId: m.schoolA.id, userId: m.staffA.userId, position: "director" });
    await expect(approveEligibilityList({ actor: m.staffA, listId: list.id })).rejects.toMatchObject({ code: "SAME_PERSON_APPROVAL" });
    await expect(approveEligibilityList({ actor: m.staffB, listId: list.id })).rejects.toBeInstanceOf(NotFoundError);
    await addSchoolStaff({ actor: m.district, schoolId: m.schoolA.id, userId: 3009, position: "staff" });
    await expect(approveEligibilityList({ actor: schoolUser(3009), listId: list.id })).rejects.toBeInstanceOf(ForbiddenError);
    const approved = await approveEligibilityList({ actor: m.directorA, listId: list.id });
    expect(approved.approvedById).toBe(m.directorA.userId);
    await expect(approveEligibilityList({ actor: m.directorA, listId: list.id })).rejects.toMatchObject({ code: "LIST_ALREADY_APPROVED" });
    await expect(buildEligibilityList({ actor: m.staffA, schoolId: m.schoolA.id, month: day("2027-01-01"), pupilIds: [] })).rejects.toMatchObject({ code: "LIST_ALREADY_APPROVED" });
  });

  it("a school sees only its pupils; only the department sets up; tariffs stay under the ceiling; no raw IIN is stored", async () => {
    const m = await mealWorld();
    await expect(buildEligibilityList({ actor: m.staffB, schoolId: m.schoolA.id, month: day("2027-01-01"), pupilIds: [] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(buildEligibilityList({ actor: m.staffB, schoolId: m.schoolB.id, month: day("2027-01-01"), pupilIds: [m.pupils[0]!.id] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(issueVoucher({ actor: m.staffB, programmeId: m.programme.id, pupilId: m.pupils[0]!.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(registerPupil({ actor: m.staffA, schoolId: m.schoolA.id, iin: "123456789012", className: "1A", category: "x" })).rejects.toMatchObject({ code: "IIN_INVALID" });
    const outsider = official((await prisma().organization.create({ data: { kind: "ministry", name: "Other district" } })).id, 1999);
    await expect(createSchool({ actor: outsider, input: { name: "X", region: "Almaty", departmentId: m.w.ministry.id } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(settleMeals({ actor: outsider, contractId: m.contract.id, day: day("2026-12-01"), now: day("2027-01-05") })).rejects.toBeInstanceOf(NotFoundError);
    const tooDear = { mealType: "lunch" as const, tariffTiyn: T(901), servesFromMin: 720, servesToMin: 840 };
    await expect(
      createCanteenContract({ actor: m.district, input: { programmeId: m.programme.id, operatorId: m.canteen.id, number: "CC-2", startsOn: day("2026-09-01"), endsOn: day("2027-05-31"), schoolIds: [m.schoolB.id], meals: [tooDear] } }),
    ).rejects.toMatchObject({ code: "TARIFF_ABOVE_CEILING" });
    const stored = await prisma().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pupil WHERE iin_hmac LIKE '150301%' OR length(iin_hmac) <> 64`;
    expect(stored[0]!.n).toBe(0n);
  });

  it("an operator reads only its schools and its own day there; a school only its pupils", async () => {
    const m = await mealWorld();
    await recordMeal({ actor: m.operator, device: "phone-1", scan: scan(m, 0, MONDAY_BREAKFAST), now: soon(MONDAY_BREAKFAST) });
    await recordMeal({ actor: m.operator, device: "phone-1", scan: scan(m, 2, MONDAY_BREAKFAST), now: soon(MONDAY_BREAKFAST) });
    const schools = await operatorSchools({ actor: m.operator, day: day("2026-12-07") });
    expect(schools.map((s) => s.school.id)).toEqual([m.schoolA.id]);
    expect(schools[0]!.meals.map((x) => [x.mealType, x.tariffTiyn])).toEqual([["breakfast", T(450)], ["lunch", T(800)]]);
    expect(await operatorDay({ actor: m.operator, schoolId: m.schoolA.id, day: day("2026-12-07") })).toEqual({ day: "2026-12-07", served: { breakfast: 1, lunch: 0 }, refused: 1 });
    await expect(operatorDay({ actor: m.operator, schoolId: m.schoolB.id, day: day("2026-12-07") })).rejects.toBeInstanceOf(NotFoundError);
    const stranger = contractor((await company("Stranger Canteen LLP")).id, 4003);
    expect(await operatorSchools({ actor: stranger, day: day("2026-12-07") })).toEqual([]);
    await expect(operatorDay({ actor: stranger, schoolId: m.schoolA.id, day: day("2026-12-07") })).rejects.toBeInstanceOf(NotFoundError);
    await expect(operatorSchools({ actor: m.district, day: day("2026-12-07") })).rejects.toBeInstanceOf(ForbiddenError);
    const pupils = await schoolPupils({ actor: m.staffA, schoolId: m.schoolA.id });
    expect(pupils.total).toBe(3);
    expect(Object.keys(pupils.pupils[0]!).sort()).toEqual(["category", "className", "id", "voucherStatus"]);
    await expect(schoolPupils({ actor: m.staffB, schoolId: m.schoolA.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(schoolPupils({ actor: m.operator, schoolId: m.schoolA.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the parent sees the child's meals by the voucher's secret and marks one absent; the district reviews it", async () => {
    const m = await mealWorld();
    const secret = m.vouchers[0]!.secret;
    const served = await recordMeal({ actor: m.operator, device: "phone-1", scan: scan(m, 0, MONDAY_BREAKFAST), now: soon(MONDAY_BREAKFAST) });
    const other = await recordMeal({ actor: m.operator, device: "phone-1", scan: scan(m, 1, MONDAY_BREAKFAST), now: soon(MONDAY_BREAKFAST) });
    const view = await listVoucherMeals({ secret });
    expect(view).toMatchObject({ total: 1, meals: [{ day: "2026-12-07", mealType: "breakfast", dispute: null }] });
    const token = await currentMealToken({ secret, now: MONDAY_BREAKFAST });
    expect(token.token).toBe(mealToken(mealTokenKey(), m.vouchers[0]!.voucherId, MONDAY_BREAKFAST));
    await expect(listVoucherMeals({ secret: "wrong-secret-wrong-secret" })).rejects.toBeInstanceOf(NotFoundError);
    if (served.status !== "served" || other.status !== "served") throw new Error("not served");
    await expect(disputeMeal({ secret, mealId: other.mealId })).rejects.toBeInstanceOf(NotFoundError);
    const dispute = await disputeMeal({ secret, mealId: served.mealId });
    await expect(disputeMeal({ secret, mealId: served.mealId })).rejects.toMatchObject({ code: "MEAL_ALREADY_DISPUTED" });
    expect((await listVoucherMeals({ secret })).meals[0]!.dispute).toBe("open");
    await expect(reviewMealDispute({ actor: m.staffA, disputeId: dispute.id, decision: "upheld", note: "checked" })).rejects.toBeInstanceOf(NotFoundError);
    const reviewed = await reviewMealDispute({ actor: m.district, disputeId: dispute.id, decision: "upheld", note: "Class register: absent" });
    expect(reviewed.status).toBe("upheld");
    await expect(reviewMealDispute({ actor: m.district, disputeId: dispute.id, decision: "dismissed", note: "again" })).rejects.toMatchObject({ code: "DISPUTE_ALREADY_REVIEWED" });
  });
});

describe("school meals: settlement through the ledger", () => {
  async function servedDecember(m: TMealWorld) {
    const results = await recordMealsBatch({
      actor: m.operator,
      device: "tablet-1",
      scans: [
        scan(m, 0, almaty("2026-12-07", "08:10")),
        scan(m, 1, almaty("2026-12-07", "08:11")),
        scan(m, 0, almaty("2026-12-07", "12:30"), { mealType: "lunch" }),
        scan(m, 0, almaty("2026-12-08", "08:10")),
      ],
      now: almaty("2026-12-08", "18:00"),
    });
    return results.map((r) => (r.status === "served" ? r.mealId : 0n));
  }

  it("pays meals served and not held × tariff as one coloured payment with the sheet's digest, once per period", async () => {
    const m = await mealWorld();
    const [, second] = await servedDecember(m);
    await disputeMeal({ secret: m.vouchers[1]!.secret, mealId: second! });
    await expect(settleMeals({ actor: m.district, contractId: m.contract.id, day: day("2026-12-10"), now: almaty("2026-12-20", "10:00") })).rejects.toMatchObject({ code: "PERIOD_NOT_ENDED" });
    const paid = await settleMeals({ actor: m.district, contractId: m.contract.id, day: day("2026-12-10"), now: almaty("2027-01-05", "10:00") });
    expect(paid).toMatchObject({ amountTiyn: T(450 + 800 + 450), mealCount: 3, replayed: false });
    const again = await settleMeals({ actor: m.district, contractId: m.contract.id, day: day("2026-12-31"), now: almaty("2027-01-06", "10:00") });
    expect(again).toMatchObject({ settlementId: paid.settlementId, transferId: paid.transferId, replayed: true });

    const transfers = await prisma().transfer.findMany({ where: { documentType: "meal_settlement" } });
    expect(transfers).toHaveLength(1);
    expect(transfers[0]).toMatchObject({ kind: "payment", colourId: m.w.colour.id, amountTiyn: T(1700), documentId: BigInt(paid.settlementId) });
    const payee = await prisma().account.findUniqueOrThrow({ where: { id: transfers[0]!.toAccountId } });
    expect(payee).toMatchObject({ holderKey: `company:${m.canteen.id}`, balanceTiyn: T(1700) });
    expect(await prisma().lotConsumption.count({ where: { transferId: transfers[0]!.id } })).toBeGreaterThan(0);
    const entry = await prisma().journalEntry.findFirstOrThrow({ where: { chain: m.w.colour.id, kind: "transfer", payload: { contains: '"meal_settlement"' } } });
    expect(JSON.parse(entry.payload).attendanceSheet).toMatchObject({ contractId: m.contract.id, periodStart: "2026-12-01", periodEnd: "2026-12-31", meals: 3, digest: paid.digest });

    // The sheet recomputes to the journalled digest, and one meal proves its place in it.
    const lines = await prisma().$queryRaw<{ id: bigint; day: Date; meal_type: string; pupil_id: number; school_id: number; tariff_tiyn: bigint }[]>`
      SELECT m.id, m.day, m.meal_type::text AS meal_type, m.pupil_id, m.school_id, m.tariff_tiyn FROM meal_record m JOIN meal_settlement_line l ON l.meal_id = m.id WHERE l.settlement_id = ${paid.settlementId}`;
    const sheet = sheetLines(lines.map((r) => ({ mealId: BigInt(r.id), day: r.day, mealType: r.meal_type, pupilId: r.pupil_id, schoolId: r.school_id, tariffTiyn: BigInt(r.tariff_tiyn) })));
    expect(sheetDigest(sheet)).toBe(paid.digest);
    expect(verifySheetProof(sheet[1]!, sheetProof(sheet, 1), paid.digest)).toBe(true);
    expect(sheet.some((l) => l.startsWith(`meal:${second}|`))).toBe(false);
    expect(sheetLine).toBeTypeOf("function");

    expect((await checkLedgerInvariants(prisma())).violations).toEqual([]);
    expect((await verifyDatabaseJournal(prisma())).firstBroken).toBeNull();
    await expect(disputeMeal({ secret: m.vouchers[0]!.secret, mealId: (await prisma().mealSettlementLine.findFirstOrThrow()).mealId })).rejects.toMatchObject({ code: "MEAL_ALREADY_SETTLED" });
    // ledger:check names a settlement whose sheet no longer adds up (a line slipped in under it by hand).
    await prisma().$executeRaw`INSERT INTO meal_settlement_line (settlement_id, meal_id) VALUES (${paid.settlementId}, ${second!})`;
    expect((await checkLedgerInvariants(prisma())).violations.map((v) => v.invariant)).toEqual([expect.stringContaining("school meals")]);
  });

  it("a dismissed dispute is paid in the next settlement; an upheld one never", async () => {
    const m = await mealWorld();
    const [first, second] = await servedDecember(m);
    const d1 = await disputeMeal({ secret: m.vouchers[0]!.secret, mealId: first! });
    const d2 = await disputeMeal({ secret: m.vouchers[1]!.secret, mealId: second! });
    const december = await settleMeals({ actor: m.district, contractId: m.contract.id, day: day("2026-12-01"), now: almaty("2027-01-05", "10:00") });
    expect(december.amountTiyn).toBe(T(800 + 450));
    await reviewMealDispute({ actor: m.district, disputeId: d1.id, decision: "upheld", note: "Absent per register" });
    await reviewMealDispute({ actor: m.district, disputeId: d2.id, decision: "dismissed", note: "Present per register" });
    const january = await settleMeals({ actor: m.district, contractId: m.contract.id, day: day("2027-01-01"), now: almaty("2027-02-02", "10:00") });
    expect(january).toMatchObject({ amountTiyn: T(450), mealCount: 1 });
    await expect(settleMeals({ actor: m.district, contractId: m.contract.id, day: day("2027-02-01"), now: almaty("2027-03-02", "10:00") })).rejects.toMatchObject({ code: "NOTHING_TO_SETTLE" });
    expect((await checkLedgerInvariants(prisma())).violations).toEqual([]);
  });

  it("two officials settling the same period at once pay it once", async () => {
    const m = await mealWorld();
    await servedDecember(m);
    const both = await Promise.all([1, 2, 3].map(() => settleMeals({ actor: m.district, contractId: m.contract.id, day: day("2026-12-01"), now: almaty("2027-01-05", "10:00") })));
    expect(new Set(both.map((b) => b.transferId)).size).toBe(1);
    expect(both.filter((b) => !b.replayed)).toHaveLength(1);
    expect(await prisma().transfer.count({ where: { documentType: "meal_settlement" } })).toBe(1);
    expect((await checkLedgerInvariants(prisma())).violations).toEqual([]);
  });

  it("a frozen colour or a debarred canteen is refused by the purpose rules, recorded, and nothing is paid", async () => {
    const m = await mealWorld();
    await servedDecember(m);
    await recordFreeze({ actor: { userId: 0, isSystem: true }, input: { colourId: m.w.colour.id, isFrozen: true, reason: "Investigation of ghost pupils" } });
    await expect(settleMeals({ actor: m.district, contractId: m.contract.id, day: day("2026-12-01"), now: almaty("2027-01-05", "10:00") })).rejects.toMatchObject({ code: "COLOUR_FROZEN" });
    await recordFreeze({ actor: { userId: 0, isSystem: true }, input: { colourId: m.w.colour.id, isFrozen: false, reason: "Cleared" } });
    await prisma().organization.update({ where: { id: m.canteen.id }, data: { isDebarred: true } });
    await expect(settleMeals({ actor: m.district, contractId: m.contract.id, day: day("2026-12-01"), now: almaty("2027-01-05", "10:00") })).rejects.toMatchObject({ code: "PAYEE_DEBARRED" });
    expect(await prisma().transfer.count({ where: { documentType: "meal_settlement" } })).toBe(0);
    expect(await prisma().mealSettlement.count()).toBe(0);
    const attempts = await prisma().refusedAttempt.findMany({ where: { documentType: "meal_settlement" } });
    expect(attempts.map((a) => a.codes[0])).toEqual(["COLOUR_FROZEN", "PAYEE_DEBARRED"]);
  });
});
