import { describe, expect, it } from "vitest";
import { adminTodos, contractorTodos, daysLeft, executionShares, expiryBucket, investigatorTodos, officialTodos } from "./attention";

const NOW = new Date("2026-12-07T06:00:00Z");
const inDays = (d: number) => new Date(NOW.getTime() + d * 86_400_000);

describe("days left and the expiry notices", () => {
  it.each([
    ["3 hours ahead", new Date(NOW.getTime() + 3 * 3_600_000), 1, 7],
    ["exactly 7 days", inDays(7), 7, 7],
    ["7 days and a minute", new Date(inDays(7).getTime() + 60_000), 8, 30],
    ["exactly 30 days", inDays(30), 30, 30],
    ["31 days", inDays(31), 31, null],
    ["already expired", inDays(-1), 0, null],
    ["this very moment", NOW, 0, null],
  ] as const)("%s", (_name, at, days, bucket) => {
    expect(daysLeft(at, NOW)).toBe(days);
    expect(expiryBucket(at, NOW)).toBe(bucket);
  });
});

describe("what to do, per role", () => {
  it("an official: only what has something in it, actions first, each to its filtered list", () => {
    expect(officialTodos({ waiting: 3, refusals: 0, expiring7: 1, expiring30: 2 })).toEqual([
      { key: "invoicesWaiting", count: 3, href: "/invoices?show=waiting", tone: "action" },
      { key: "expiring7", count: 1, href: "#expiring", tone: "warning" },
      { key: "expiring30", count: 2, href: "#expiring", tone: "info" },
    ]);
  });
  it.each([
    ["official", officialTodos({ waiting: 0, refusals: 0, expiring7: 0, expiring30: 0 })],
    ["contractor", contractorTodos({ incoming: 0, issued: 0, drafts: 0, expiring7: 0, expiring30: 0 })],
    ["investigator", investigatorTodos({ highFlags: 0, openCases: 0 })],
    ["admin", adminTodos({ lockedSignIns: 0, mustChangePassword: 0 })],
  ])("nothing to do for a quiet %s: an empty list (the page says so)", (_role, todos) => {
    expect(todos).toEqual([]);
  });
  it("a contractor: incoming invoices to approve before its own waiting ones", () => {
    const todos = contractorTodos({ incoming: 2, issued: 5, drafts: 1, expiring7: 0, expiring30: 1 });
    expect(todos.map((t) => t.key)).toEqual(["incomingWaiting", "drafts", "issuedWaiting", "expiring30"]);
    expect(todos[0]!.href).toBe("/company/invoices?box=incoming&status=submitted");
  });
  it("an investigator: new high flags lead to the filtered queue", () => {
    expect(investigatorTodos({ highFlags: 4, openCases: 2 })).toEqual([
      { key: "highFlags", count: 4, href: "/flags?severity=high&status=open", tone: "action" },
      { key: "openCases", count: 2, href: "/cases?status=open", tone: "info" },
    ]);
  });
  it("an administrator: held-back sign-ins before one-time passwords", () => {
    expect(adminTodos({ lockedSignIns: 1, mustChangePassword: 3 }).map((t) => t.key)).toEqual(["lockedSignIns", "mustChangePassword"]);
  });
});

describe("budget execution shares", () => {
  it.each([
    [{ appropriated: 1_000n, allocated: 500n, paid: 125n }, { allocated: 50, paid: 12 }],
    [{ appropriated: 0n, allocated: 0n, paid: 0n }, { allocated: 0, paid: 0 }],
    [{ appropriated: 3n, allocated: 3n, paid: 1n }, { allocated: 100, paid: 33 }],
    [{ appropriated: 10n ** 20n, allocated: 10n ** 19n, paid: 0n }, { allocated: 10, paid: 0 }],
  ])("%o", (e, shares) => {
    expect(executionShares(e)).toEqual(shares);
  });
});
