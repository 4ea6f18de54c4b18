import { describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { ForbiddenError } from "../../lib/errors";
import { mealTokenKey } from "../../lib/meals/keys";
import { operatorMeals, operatorRefusals } from "../../lib/meals/operator-lists";
import { jsonResponse } from "../../lib/http/json-body";
import { submitCanteenScans } from "../../lib/meals/scan-requests";
import { mealToken, verifyMealToken } from "../../lib/meals/token";
import { voucherDispute as disputeAnswer, voucherView as viewAnswer } from "../../lib/meals/voucher-requests";
import { company, contractor, official } from "../support/ledger-fixtures";
import { mealWorld, type TMealWorld } from "../support/meal-fixtures";

// The screens' HTTP layer for school meals (decisions 0195–0197): the canteen's scans route as each role, with bad
// bodies and a batch sent twice; the parent's voucher and dispute routes with good, unknown and malformed secrets;
// the operator's lists of its day, scoped to its own contracts and devices.

const almaty = (iso: string, hhmm: string) => new Date(`${iso}T${hhmm}:00+05:00`);
const AT = almaty("2026-12-07", "08:15");
const NOW = new Date(AT.getTime() + 5_000);
const DAY = new Date("2026-12-07T00:00:00Z");

let scanNo = 0;
const scanOf = (m: TMealWorld, voucher: number, over: Record<string, unknown> = {}) => ({
  clientScanId: `c-${++scanNo}`,
  schoolId: m.schoolA.id,
  mealType: "breakfast",
  token: mealToken(mealTokenKey(), m.vouchers[voucher]!.voucherId, AT),
  scannedAt: AT.toISOString(),
  ...over,
});
const json = (value: unknown) => ({ ok: true as const, value });
/** An answer as the route sends it and the browser reads it (bigints as strings). */
const wire = async (answer: Promise<{ status: number; body: unknown }>) => {
  const { status, body } = await answer;
  return { status, body: (await jsonResponse(status, body).json()) as unknown };
};
const send = (_m: TMealWorld, actor: Parameters<typeof submitCanteenScans>[0]["actor"], value: unknown) => wire(submitCanteenScans({ actor, body: json(value), locale: "en", now: NOW }));
const voucherView = (input: Parameters<typeof viewAnswer>[0]) => wire(viewAnswer(input));
const voucherDispute = (input: Parameters<typeof disputeAnswer>[0]) => wire(disputeAnswer(input));
const counts = async () => [await prisma().mealRecord.count(), await prisma().refusedScan.count()];

describe("the canteen's scans route", () => {
  it("lets an operator's contractor record a meal; another company's scan is refused and recorded; other roles read not found", async () => {
    const m = await mealWorld();
    const served = await send(m, m.operator, { device: "phone-1", scans: [scanOf(m, 0)] });
    expect(served.status).toBe(200);
    expect((served.body as { results: unknown[] }).results).toEqual([expect.objectContaining({ status: "served", day: "2026-12-07", mealType: "breakfast", duplicate: false })]);

    const other = contractor((await company("Other Canteen LLP")).id, 4002);
    const refused = await send(m, other, { device: "phone-9", scans: [scanOf(m, 1)] });
    expect(refused.status).toBe(200);
    expect((refused.body as { results: unknown[] }).results).toEqual([expect.objectContaining({ status: "refused", code: "NO_CANTEEN_CONTRACT" })]);

    const before = await counts();
    for (const actor of [null, official(m.w.ministry.id, 1001), { ...official(m.w.ministry.id, 1003), role: "investigator" as const }, { ...official(m.w.ministry.id, 1004), role: "admin" as const }, { ...m.operator, organizationId: null }]) {
      const answer = await send(m, actor, { device: "phone-1", scans: [scanOf(m, 1)] });
      expect(answer).toEqual({ status: 404, body: { error: "NOT_FOUND", message: "Not found." } });
    }
    expect(await counts()).toEqual(before);
    expect(await prisma().mealRecord.count()).toBe(1);
  });

  it("answers a malformed body with 400 and a message, recording nothing; bad values inside a well-formed scan are refusals", async () => {
    const m = await mealWorld();
    const bodies: unknown[] = [
      null,
      "scans",
      [],
      { device: "phone-1" },
      { device: "phone-1", scans: "all" },
      { device: 7, scans: [] },
      { device: "phone-1", scans: [{ ...scanOf(m, 0), schoolId: String(m.schoolA.id) }] },
      { device: "phone-1", scans: [{ ...scanOf(m, 0), token: undefined }] },
      { device: "phone-1", scans: [{ ...scanOf(m, 0), scannedAt: 1_700_000_000 }] },
      { device: "phone-1", scans: Array.from({ length: 501 }, () => scanOf(m, 0)) },
    ];
    for (const body of bodies) {
      const answer = await send(m, m.operator, body);
      expect(answer.status, JSON.stringify(body)?.slice(0, 80)).toBe(400);
      expect(answer.body).toMatchObject({ error: "MALFORMED", message: expect.stringContaining("at most 500 scans") });
    }
    expect(await submitCanteenScans({ actor: m.operator, body: { ok: false, reason: "malformed" }, locale: "ru", now: NOW })).toMatchObject({ status: 400, body: { message: expect.stringContaining("не более чем из 500") } });
    expect(await submitCanteenScans({ actor: m.operator, body: { ok: false, reason: "too-large" }, locale: "en", now: NOW })).toMatchObject({ status: 413 });
    expect(await counts()).toEqual([0, 0]);

    // Well-formed, with values no canteen should send: each is refused with its reason and recorded for investigators.
    const scans = [scanOf(m, 0, { mealType: "dinner" }), scanOf(m, 0, { token: "m1.\u0000" }), scanOf(m, 0, { scannedAt: "yesterday" }), scanOf(m, 0, { schoolId: 1e20 })];
    const odd = await send(m, m.operator, { device: "phone-1", scans });
    expect(odd.status).toBe(200);
    const codes = new Map((odd.body as { results: { clientScanId: string; code: string }[] }).results.map((r) => [r.clientScanId, r.code]));
    expect(scans.map((s) => codes.get(s.clientScanId))).toEqual(["SCAN_MALFORMED", "MEAL_TOKEN_MALFORMED", "SCAN_TIME_INVALID", "SCAN_MALFORMED"]);
    const badDevice = await send(m, m.operator, { device: "phone\u00001", scans: [scanOf(m, 0)] });
    expect((badDevice.body as { results: { code: string }[] }).results.map((r) => r.code)).toEqual(["SCAN_MALFORMED"]);
    expect(await counts()).toEqual([0, 5]);
  });

  it("counts a batch sent twice once: the second send gets each scan's first answer, marked duplicate", async () => {
    const m = await mealWorld();
    const first = scanOf(m, 0);
    const batch = { device: "phone-2", scans: [first, scanOf(m, 1), { ...first, clientScanId: "c-replay" }, scanOf(m, 2), scanOf(m, 0, { token: "m1.1.2.AAAAAAAAAAAAAAAAAAAAAA" })] };
    const once = (await send(m, m.operator, batch)).body as { results: { clientScanId: string; status: string; code?: string; duplicate: boolean; mealId?: string }[] };
    expect(once.results.map((r) => r.code ?? r.status)).toEqual(["served", "served", "MEAL_TOKEN_REPLAYED", "PUPIL_NOT_ELIGIBLE", "MEAL_TOKEN_FORGED"]);
    const afterFirst = await counts();
    expect(afterFirst).toEqual([2, 3]);

    const twice = (await send(m, m.operator, batch)).body as typeof once;
    expect(twice.results.map((r) => r.code ?? r.status)).toEqual(once.results.map((r) => r.code ?? r.status));
    expect(twice.results.every((r) => r.duplicate)).toBe(true);
    expect(twice.results.filter((r) => r.mealId).map((r) => r.mealId)).toEqual(once.results.filter((r) => r.mealId).map((r) => r.mealId));
    expect(await counts()).toEqual(afterFirst);
  });
});

describe("the parent's voucher routes", () => {
  it("shows the child's QR token and meals with school and canteen; an unknown or malformed secret is not found, a bad body a 400", async () => {
    const m = await mealWorld();
    await send(m, m.operator, { device: "phone-1", scans: [scanOf(m, 0)] });
    const view = await voucherView({ body: json({ secret: m.vouchers[0]!.secret }), locale: "en", now: NOW });
    expect(view.status).toBe(200);
    const body = view.body as { token: string; status: string; changesAt: string; meals: { school: { name: string }; canteen: string; mealType: string; day: string }[]; total: number };
    expect(verifyMealToken(mealTokenKey(), body.token, NOW)).toMatchObject({ ok: true, voucherId: m.vouchers[0]!.voucherId });
    expect(body.status).toBe("active");
    expect(Date.parse(body.changesAt)).toBeGreaterThan(NOW.getTime());
    expect(body.total).toBe(1);
    expect(body.meals).toEqual([expect.objectContaining({ day: "2026-12-07", mealType: "breakfast", school: expect.objectContaining({ name: "School No. 12" }), canteen: "Almaty Canteen LLP" })]);
    expect(JSON.stringify(body)).not.toMatch(/iin|pupil/i);

    for (const secret of ["x".repeat(40), "short", "bad secret with spaces!!", "a\u0000".repeat(10)]) {
      expect(await voucherView({ body: json({ secret }), locale: "en", now: NOW })).toEqual({ status: 404, body: { error: "NOT_FOUND", message: "No voucher has this code. Check the code on the letter from the school." } });
    }
    for (const value of [null, {}, { secret: 5 }, { secret: "y".repeat(201) }, { secret: m.vouchers[0]!.secret, page: "2" }, { secret: m.vouchers[0]!.secret, page: 0 }]) {
      expect((await voucherView({ body: json(value), locale: "en", now: NOW })).status).toBe(400);
    }
    expect((await voucherView({ body: { ok: false, reason: "malformed" }, locale: "en", now: NOW })).status).toBe(400);
  });

  it("marks a meal absent once, only on the voucher's own meals", async () => {
    const m = await mealWorld();
    const answer = (await send(m, m.operator, { device: "phone-1", scans: [scanOf(m, 0), scanOf(m, 1)] })).body as { results: { mealId: string }[] };
    const [mine, theirs] = answer.results.map((r) => r.mealId);
    const secret = m.vouchers[0]!.secret;
    expect(await voucherDispute({ body: json({ secret, mealId: theirs }), locale: "en" })).toMatchObject({ status: 404 });
    expect(await voucherDispute({ body: json({ secret: "z".repeat(32), mealId: mine }), locale: "en" })).toMatchObject({ status: 404 });
    for (const mealId of ["abc", "0", "-1", "99999999999999999999", 5, null]) expect((await voucherDispute({ body: json({ secret, mealId }), locale: "en" })).status).toBe(400);
    expect(await prisma().mealDispute.count()).toBe(0);

    expect(await voucherDispute({ body: json({ secret, mealId: mine }), locale: "en" })).toMatchObject({ status: 200, body: { mealId: mine, dispute: "open" } });
    expect(await voucherDispute({ body: json({ secret, mealId: mine }), locale: "en" })).toMatchObject({ status: 409, body: { error: "MEAL_ALREADY_DISPUTED", message: `Meal ${mine} is already marked as absent.` } });
    expect(await prisma().mealDispute.count()).toBe(1);
    const view = (await voucherView({ body: json({ secret }), locale: "en", now: NOW })).body as { meals: { dispute: string | null }[] };
    expect(view.meals.map((x) => x.dispute)).toEqual(["open"]);
  });
});

describe("the operator's day", () => {
  it("lists its own meals and refusals of the day, newest first; another operator sees only its own; other roles are refused", async () => {
    const m = await mealWorld();
    await send(m, m.operator, { device: "phone-1", scans: [scanOf(m, 0), scanOf(m, 1), scanOf(m, 2)] });
    const other = contractor((await company("Other Canteen LLP")).id, 4002);
    await send(m, other, { device: "phone-9", scans: [scanOf(m, 0, { scannedAt: new Date(AT.getTime() + 1_000).toISOString(), token: mealToken(mealTokenKey(), m.vouchers[0]!.voucherId, new Date(AT.getTime() + 1_000)) })] });

    const meals = await operatorMeals({ actor: m.operator, day: DAY, page: 1 });
    expect(meals.total).toBe(2);
    expect(meals.rows.map((r) => [r.school.name, r.mealType, r.device])).toEqual([
      ["School No. 12", "breakfast", "phone-1"],
      ["School No. 12", "breakfast", "phone-1"],
    ]);
    const refusals = await operatorRefusals({ actor: m.operator, day: DAY, page: 1 });
    expect(refusals.rows.map((r) => [r.code, r.device, r.mealType])).toEqual([["PUPIL_NOT_ELIGIBLE", "phone-1", "breakfast"]]);
    expect(await operatorRefusals({ actor: m.operator, day: new Date("2026-12-08T00:00:00Z"), page: 1 })).toMatchObject({ total: 0 });

    expect(await operatorMeals({ actor: other, day: DAY, page: 1 })).toMatchObject({ total: 0 });
    expect((await operatorRefusals({ actor: other, day: DAY, page: 1 })).rows.map((r) => [r.code, r.device])).toEqual([["NO_CANTEEN_CONTRACT", "phone-9"]]);
    await expect(operatorMeals({ actor: official(m.w.ministry.id, 1001), day: DAY, page: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(operatorRefusals({ actor: official(m.w.ministry.id, 1001), day: DAY, page: 1 })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
