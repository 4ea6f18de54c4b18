import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "./config";
import {
  averageUnitPrice,
  decideConcentration,
  decideDebarredParty,
  decideDuplicateInvoice,
  decideFastApproval,
  decideMarkup,
  decideNewCompany,
  decideOutOfHours,
  decidePassThrough,
  decideRefusedAttempts,
  decideRoundTrip,
  decideRushBeforeExpiry,
  decideSameApprover,
  decideSplitInvoices,
  decideUnitPriceOutlier,
  findDuplicateInvoices,
  findSplitInvoices,
  findTies,
  isOutOfHours,
  outlierFence,
  quartiles,
  sameApprovers,
} from "./decide";
import { riskScore } from "./risk";

const d = (iso: string) => new Date(iso);
const DAY = 86_400_000;

describe("pass-through", () => {
  it.each([
    { received: 1000n, forwarded: 900n, wages: 0n, fires: true, why: "exactly 90 % forwarded" },
    { received: 1000n, forwarded: 899n, wages: 0n, fires: false, why: "89.9 % forwarded" },
    { received: 1000n, forwarded: 1000n, wages: 0n, fires: true, why: "everything forwarded" },
    { received: 1000n, forwarded: 950n, wages: 100n, fires: true, why: "wages exactly 10 %" },
    { received: 1000n, forwarded: 950n, wages: 101n, fires: false, why: "wages above 10 %: own work" },
    { received: 0n, forwarded: 0n, wages: 0n, fires: false, why: "received nothing" },
  ])("$why → $fires", ({ received, forwarded, wages, fires }) => {
    const v = decidePassThrough({ receivedTiyn: received, forwardedInWindowTiyn: forwarded, wagesTiyn: wages }, C.passThrough);
    expect(v !== null).toBe(fires);
    if (v) expect(v.severity).toBe("high");
  });
  it("scores more the more is forwarded", () => {
    const a = decidePassThrough({ receivedTiyn: 1000n, forwardedInWindowTiyn: 900n, wagesTiyn: 0n }, C.passThrough)!;
    const b = decidePassThrough({ receivedTiyn: 1000n, forwardedInWindowTiyn: 1000n, wagesTiyn: 0n }, C.passThrough)!;
    expect(b.score).toBeGreaterThan(a.score);
  });
});

describe("round-trip ties", () => {
  const payee = { organizationId: 10, personIds: [7], address: "Almaty, Abay ave. 1", bankAccount: "KZ12 3456" };
  const other = (o: Partial<typeof payee>, role: "payer" | "earlier_tier" = "payer") => ({ organizationId: 20, personIds: [], address: null, bankAccount: null, ...o, role });
  it.each([
    { name: "shared director", up: [other({ personIds: [7] })], expected: [{ role: "payer", via: "person", organizationId: 20, personId: 7 }] },
    { name: "same address, spelled differently", up: [other({ address: "almaty  ABAY ave 1" })], expected: [{ role: "payer", via: "address", organizationId: 20 }] },
    { name: "same bank account with spaces", up: [other({ bankAccount: "kz123456" }, "earlier_tier")], expected: [{ role: "earlier_tier", via: "bank_account", organizationId: 20 }] },
    { name: "unrelated", up: [other({ personIds: [8], address: "Astana", bankAccount: "KZ99" })], expected: [] },
    { name: "empty addresses never match", up: [other({ address: "" })], expected: [] },
    { name: "the payee itself is not a tie", up: [{ ...payee, role: "payer" as const }], expected: [] },
  ])("$name", ({ up, expected }) => {
    expect(findTies(payee, up, [], C.roundTrip)).toEqual(expected);
  });
  it("finds the approving official through the person behind the account", () => {
    expect(findTies(payee, [], [{ userId: 5, personId: 7, personAddress: null }, { userId: 6, personId: null, personAddress: null }], C.roundTrip)).toEqual([{ role: "approver", via: "person", userId: 5, personId: 7 }]);
    expect(findTies(payee, [], [{ userId: 5, personId: 9, personAddress: "Almaty, Abay ave 1" }], C.roundTrip)).toEqual([{ role: "approver", via: "address", userId: 5, personId: 9 }]);
  });
  it("a relation switched off in the config is not looked at", () => {
    expect(findTies(payee, [other({ personIds: [7] })], [], { ...C.roundTrip, byPerson: false })).toEqual([]);
  });
  it("scores approver ties and strong ties highest", () => {
    expect(decideRoundTrip([])).toBeNull();
    const address = decideRoundTrip([{ role: "payer", via: "address", organizationId: 1 }])!;
    const person = decideRoundTrip([{ role: "payer", via: "person", organizationId: 1, personId: 2 }])!;
    const approver = decideRoundTrip([{ role: "approver", via: "person", userId: 1, personId: 2 }])!;
    expect(address.score).toBeLessThan(person.score);
    expect(person.score).toBeLessThan(approver.score);
  });
});

describe("split invoices", () => {
  const threshold = 1000n;
  const inv = (id: number, day: number, total: bigint) => ({ id, on: new Date(Date.UTC(2026, 0, 1) + day * DAY), totalTiyn: total });
  it.each([
    { name: "two just under, same week", list: [inv(1, 0, 900n), inv(2, 5, 900n)], expected: [1, 2] },
    { name: "exactly 80 % counts", list: [inv(1, 0, 800n), inv(2, 1, 800n)], expected: [1, 2] },
    { name: "79.9 % is not just under", list: [inv(1, 0, 799n), inv(2, 1, 900n)], expected: [] },
    { name: "at the threshold is not under it", list: [inv(1, 0, 1000n), inv(2, 1, 900n)], expected: [] },
    { name: "30 days apart is within the window", list: [inv(1, 0, 900n), inv(2, 30, 900n)], expected: [1, 2] },
    { name: "31 days apart is not", list: [inv(1, 0, 900n), inv(2, 31, 900n)], expected: [] },
    { name: "one alone never", list: [inv(1, 0, 999n)], expected: [] },
    { name: "three, the last outside the first window but with the second", list: [inv(1, 0, 900n), inv(2, 20, 900n), inv(3, 45, 900n)], expected: [1, 2, 3] },
  ])("$name", ({ list, expected }) => {
    expect(findSplitInvoices(list, threshold, C.splitInvoices)).toEqual(expected);
  });
  it("rates more invoices higher", () => {
    expect(decideSplitInvoices([], 0n, threshold)).toBeNull();
    expect(decideSplitInvoices([1, 2, 3], 2700n, threshold)!.score).toBeGreaterThan(decideSplitInvoices([1, 2], 1800n, threshold)!.score);
  });
});

describe("markup between tiers", () => {
  it.each([
    { up: 125n, down: 100n, fires: false, why: "exactly 25 % is allowed" },
    { up: 126n, down: 100n, fires: true, why: "26 %" },
    { up: 90n, down: 100n, fires: false, why: "cheaper upward" },
    { up: 100n, down: 0n, fires: false, why: "nothing paid down" },
  ])("$why → $fires", ({ up, down, fires }) => {
    expect(decideMarkup({ upUnitPriceTiyn: up, downUnitPriceTiyn: down }, C.markup) !== null).toBe(fires);
  });
  it("averages unit prices by quantity", () => {
    expect(averageUnitPrice([{ quantityMilli: 1000n, unitPriceTiyn: 100n }, { quantityMilli: 3000n, unitPriceTiyn: 200n }])).toBe(175n);
    expect(averageUnitPrice([])).toBeNull();
  });
});

describe("unit-price outlier", () => {
  it("computes quartiles by interpolation", () => {
    expect(quartiles([1n, 2n, 3n, 4n, 5n])).toEqual({ q1: 2, q3: 4 });
    expect(quartiles([10n, 20n, 30n, 40n])).toEqual({ q1: 17.5, q3: 32.5 });
    expect(quartiles([])).toBeNull();
  });
  it.each([
    { prices: [100n, 100n, 100n, 100n], fence: null, why: "too few prices" },
    { prices: [100n, 110n, 120n, 130n, 140n], fence: 160n, why: "Q3 130 + 1.5 × IQR 20" },
    { prices: [100n, 100n, 100n, 100n, 100n], fence: 100n, why: "no spread: the fence is the price" },
  ])("fence: $why", ({ prices, fence }) => {
    expect(outlierFence(prices, C.unitPriceOutlier)).toBe(fence);
  });
  it.each([
    { price: 190n, fence: 190n, fires: false },
    { price: 191n, fence: 190n, fires: true },
    { price: 500n, fence: null, fires: false },
  ])("price $price over fence $fence → $fires", ({ price, fence, fires }) => {
    expect(decideUnitPriceOutlier({ unitPriceTiyn: price, fenceTiyn: fence }) !== null).toBe(fires);
  });
  it("is medium from 25 % above the fence", () => {
    expect(decideUnitPriceOutlier({ unitPriceTiyn: 125n, fenceTiyn: 100n })!.severity).toBe("medium");
    expect(decideUnitPriceOutlier({ unitPriceTiyn: 124n, fenceTiyn: 100n })!.severity).toBe("low");
  });
});

describe("new company", () => {
  it.each([
    { registered: "2026-01-01", receipt: "2026-12-31T00:00:00Z", fires: true, why: "364 days" },
    { registered: "2026-01-01", receipt: "2027-01-01T00:00:00Z", fires: false, why: "365 days" },
    { registered: null, receipt: "2026-01-02T00:00:00Z", fires: false, why: "registration unknown" },
    { registered: "2026-05-01", receipt: "2026-05-01T10:00:00Z", fires: true, why: "same day" },
  ])("$why → $fires", ({ registered, receipt, fires }) => {
    expect(decideNewCompany({ registeredOn: registered ? d(registered) : null, firstReceiptAt: d(receipt) }, C.newCompany) !== null).toBe(fires);
  });
  it("scores younger companies higher", () => {
    const young = decideNewCompany({ registeredOn: d("2026-05-01"), firstReceiptAt: d("2026-05-10") }, C.newCompany)!;
    const older = decideNewCompany({ registeredOn: d("2026-01-01"), firstReceiptAt: d("2026-12-01") }, C.newCompany)!;
    expect(young.score).toBeGreaterThan(older.score);
  });
});

describe("concentration", () => {
  it.each([
    { received: 5000n, minted: 10000n, fires: false, why: "exactly half" },
    { received: 5001n, minted: 10000n, fires: true, why: "more than half" },
    { received: 1n, minted: 0n, fires: false, why: "nothing minted" },
  ])("$why → $fires", ({ received, minted, fires }) => {
    expect(decideConcentration({ receivedTiyn: received, mintedTiyn: minted }, C.concentration) !== null).toBe(fires);
  });
});

describe("rush before expiry", () => {
  const expiresAt = d("2026-12-31T00:00:00Z");
  const daysBefore = (n: number) => new Date(expiresAt.getTime() - n * DAY);
  const base = { expiresAt, mintedTiyn: 1000n, mintedAt: daysBefore(200) };
  it.each([
    { why: "idle, then 60 % in the last 30 days", payments: [{ at: daysBefore(10), amountTiyn: 600n }], fires: true },
    { why: "idle, then exactly half", payments: [{ at: daysBefore(10), amountTiyn: 500n }], fires: false },
    { why: "a payment during the idle period", payments: [{ at: daysBefore(60), amountTiyn: 1n }, { at: daysBefore(10), amountTiyn: 600n }], fires: false },
    { why: "payments long before the idle period do not matter", payments: [{ at: daysBefore(150), amountTiyn: 100n }, { at: daysBefore(5), amountTiyn: 600n }], fires: true },
    { why: "the first day of the last 30 counts", payments: [{ at: daysBefore(30), amountTiyn: 600n }], fires: true },
  ])("$why → $fires", ({ payments, fires }) => {
    expect(decideRushBeforeExpiry({ ...base, payments }, C.rushBeforeExpiry) !== null).toBe(fires);
  });
  it("a colour minted less than 120 days before expiry was never idle for 90 days", () => {
    expect(decideRushBeforeExpiry({ ...base, mintedAt: daysBefore(100), payments: [{ at: daysBefore(10), amountTiyn: 900n }] }, C.rushBeforeExpiry)).toBeNull();
  });
});

describe("duplicate invoice", () => {
  const inv = (id: number, issuerId: number, day: number, total: bigint) => ({ id, issuerId, on: new Date(Date.UTC(2026, 0, 1) + day * DAY), totalTiyn: total });
  it.each([
    { name: "same company, amount, 3 days apart", list: [inv(1, 1, 0, 500n), inv(2, 1, 3, 500n)], expected: [[1, 2]] },
    { name: "4 days apart", list: [inv(1, 1, 0, 500n), inv(2, 1, 4, 500n)], expected: [] },
    { name: "another company", list: [inv(1, 1, 0, 500n), inv(2, 2, 0, 500n)], expected: [] },
    { name: "another amount", list: [inv(1, 1, 0, 500n), inv(2, 1, 0, 501n)], expected: [] },
    { name: "a chain of three", list: [inv(3, 1, 6, 500n), inv(1, 1, 0, 500n), inv(2, 1, 3, 500n)], expected: [[1, 2, 3]] },
  ])("$name", ({ list, expected }) => {
    expect(findDuplicateInvoices(list, C.duplicateInvoice)).toEqual(expected);
  });
  it("fires on two or more", () => {
    expect(decideDuplicateInvoice([1])).toBeNull();
    expect(decideDuplicateInvoice([1, 2])!.severity).toBe("high");
  });
});

describe("debarred party", () => {
  it.each([
    { isDebarred: false, received: 100n, score: null },
    { isDebarred: true, received: 0n, score: 80 },
    { isDebarred: true, received: 1n, score: 100 },
  ])("debarred $isDebarred, received $received → $score", ({ isDebarred, received, score }) => {
    expect(decideDebarredParty({ isDebarred, receivedTiyn: received })?.score ?? null).toBe(score);
  });
});

describe("repeated refused attempts", () => {
  const at = (day: number) => new Date(Date.UTC(2026, 0, 1) + day * DAY);
  it.each([
    { days: [0, 1], attempts: null, why: "two" },
    { days: [0, 1, 2], attempts: 3, why: "three in three days" },
    { days: [0, 15, 30], attempts: 3, why: "three within exactly 30 days" },
    { days: [0, 15, 31], attempts: null, why: "spread over 31 days" },
    { days: [0, 40, 41, 42, 43], attempts: 4, why: "the densest window counts" },
  ])("$why → $attempts", ({ days, attempts }) => {
    expect(decideRefusedAttempts(days.map(at), C.refusedAttempts)?.facts.attempts ?? null).toBe(attempts);
  });
});

describe("approval anomalies", () => {
  it("same person: the same account or the same person behind two accounts", () => {
    expect(sameApprovers({ creatorUserId: 1, creatorPersonId: 7, approvers: [{ userId: 1, personId: null }, { userId: 2, personId: 7 }, { userId: 3, personId: 8 }] })).toEqual([1, 2]);
    expect(sameApprovers({ creatorUserId: 1, creatorPersonId: null, approvers: [{ userId: 2, personId: null }] })).toEqual([]);
    expect(decideSameApprover([])).toBeNull();
    expect(decideSameApprover([2])!.severity).toBe("high");
  });
  it.each([
    { at: "2026-11-25T03:59:00Z", out: true, why: "Wednesday 08:59 in Almaty" },
    { at: "2026-11-25T04:00:00Z", out: false, why: "Wednesday 09:00" },
    { at: "2026-11-25T13:59:00Z", out: false, why: "Wednesday 18:59" },
    { at: "2026-11-25T14:00:00Z", out: true, why: "Wednesday 19:00" },
    { at: "2026-11-28T06:00:00Z", out: true, why: "Saturday 11:00" },
    { at: "2026-11-24T20:30:00Z", out: true, why: "Wednesday 01:30 (Tuesday in UTC)" },
  ])("$why → out of hours $out", ({ at, out }) => {
    expect(isOutOfHours(d(at), C.approvalOutOfHours)).toBe(out);
  });
  it("out of hours counts the approvals outside working hours", () => {
    expect(decideOutOfHours([d("2026-11-25T05:00:00Z")], C.approvalOutOfHours)).toBeNull();
    expect(decideOutOfHours([d("2026-11-25T05:00:00Z"), d("2026-11-28T05:00:00Z")], C.approvalOutOfHours)!.facts.approvals).toBe(1);
  });
  it.each([
    { minutes: 9.99, fires: true },
    { minutes: 10, fires: false },
    { minutes: 0, fires: true },
    { minutes: -5, fires: false },
  ])("released $minutes min after submission → $fires", ({ minutes, fires }) => {
    const submittedAt = d("2026-05-01T05:00:00Z");
    expect(decideFastApproval({ submittedAt, releasedAt: new Date(submittedAt.getTime() + minutes * 60_000) }, C.approvalFast) !== null).toBe(fires);
  });
  it("an unpaid invoice is never fast", () => {
    expect(decideFastApproval({ submittedAt: d("2026-05-01T05:00:00Z"), releasedAt: null }, C.approvalFast)).toBeNull();
  });
});

describe("risk score", () => {
  it.each([
    { flags: [], risk: 0 },
    { flags: [{ severity: "high" as const, score: 100 }], risk: 100 },
    { flags: [{ severity: "high" as const, score: 50 }], risk: 50 },
    { flags: [{ severity: "medium" as const, score: 50 }], risk: 30 },
    { flags: [{ severity: "low" as const, score: 50 }, { severity: "low" as const, score: 50 }], risk: 28 },
    { flags: [{ severity: "high" as const, score: 50 }, { severity: "high" as const, score: 50 }], risk: 75 },
  ])("$flags.length flag(s) → $risk", ({ flags, risk }) => {
    expect(riskScore(flags)).toBe(risk);
  });
});
