import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { allocateColour, topUpColour } from "../../lib/allocations/allocate-colour";
import { previewAllocation } from "../../lib/allocations/allocation-options";
import { createBudgetLine } from "../../lib/budget/create-budget-line";
import { prisma } from "../../lib/db";
import { NotFoundError } from "../../lib/errors";
import { checkLedgerInvariants } from "../../lib/ledger/check-invariants";
import { returnRemainder } from "../../lib/allocations/return-remainder";
import { createOrganization } from "../../lib/organizations/create-organization";
import { buildWorld, official, T } from "../support/ledger-fixtures";

const rules = { allowedItemCodes: "all" as const, advanceLimitBp: 0, approvalThresholdTiyn: T(1_000_000), exits: { wages: { allowed: false, maxShareBp: 0 }, taxes: { allowed: false, maxShareBp: 0 } } };
const input = (w: Awaited<ReturnType<typeof buildWorld>>, amountTiyn: bigint, requestKey?: string) => ({
  budgetLineId: w.line.id,
  projectId: w.project.id,
  amountTiyn,
  expiresAt: new Date("2027-06-30T18:59:59Z"),
  reason: "Allocation order 2",
  rules,
  requestKey,
});

describe("allocations", () => {
  it("mints once per request key, however many times and however concurrently it is sent", async () => {
    const w = await buildWorld();
    const sent = await Promise.all(Array.from({ length: 8 }, () => allocateColour({ actor: w.alice, input: input(w, T(5_000_000), "form-key-1") })));
    expect(new Set(sent.map((c) => c.id)).size).toBe(1);
    expect(await prisma().colour.count({ where: { projectId: w.project.id } })).toBe(2);
    expect(sent[0]!.mintedTiyn).toBe(T(5_000_000));
    expect((await checkLedgerInvariants(prisma())).violations).toEqual([]);
  });

  it("refuses what the line cannot cover, another ministry's project, and unknown items", async () => {
    const w = await buildWorld({ amount: T(9_000_000_000) });
    await expect(allocateColour({ actor: w.alice, input: input(w, T(1_000_000_001)) })).rejects.toMatchObject({ code: "BUDGET_LINE_EXCEEDED", params: { remaining: "100000000000" } });
    await expect(previewAllocation({ actor: w.alice, projectId: w.project.id, budgetLineId: w.line.id, amountTiyn: T(1_000_000_001), rules })).rejects.toMatchObject({ code: "BUDGET_LINE_EXCEEDED" });
    const preview = await previewAllocation({ actor: w.alice, projectId: w.project.id, budgetLineId: w.line.id, amountTiyn: T(400_000_000), rules });
    expect(preview).toMatchObject({ itemCount: 3, remainingAfterTiyn: T(600_000_000) });

    const other = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Health" } });
    const otherLine = await createBudgetLine({ actor: SYSTEM_ACTOR, input: { code: "05 9 288 038 015", specifics: "431", fiscalYear: 2026, name: "Hospitals", ministryId: other.id, appropriatedTiyn: T(1_000_000) } });
    await expect(allocateColour({ actor: SYSTEM_ACTOR, input: { ...input(w, T(1)), budgetLineId: otherLine.id } })).rejects.toMatchObject({ code: "PROJECT_OTHER_MINISTRY" });
    await expect(allocateColour({ actor: w.alice, input: { ...input(w, T(1)), rules: { ...rules, allowedItemCodes: ["236310.100.000003", "NOPE"] } } })).rejects.toMatchObject({
      code: "ITEM_NOT_IN_ESTIMATE",
      params: { item: "NOPE" },
    });
    // Another ministry's official does not see the project at all.
    await expect(previewAllocation({ actor: official(other.id, 77), projectId: w.project.id, budgetLineId: w.line.id, amountTiyn: T(1), rules })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("tops up within the line and returns the remainder only at expiry, once", async () => {
    const w = await buildWorld({ expiresAt: new Date("2026-06-30T18:59:59Z") });
    await topUpColour({ actor: w.alice, colourId: w.colour.id, amountTiyn: T(1_000), idempotencyKey: "top-1" });
    await topUpColour({ actor: w.alice, colourId: w.colour.id, amountTiyn: T(1_000), idempotencyKey: "top-1" });
    expect((await prisma().colour.findUniqueOrThrow({ where: { id: w.colour.id } })).mintedTiyn).toBe(T(1_000_001_000));
    await expect(returnRemainder({ actor: w.alice, colourId: w.colour.id, now: new Date("2026-06-01T00:00:00Z") })).rejects.toMatchObject({ code: "COLOUR_NOT_EXPIRED" });
    const back = await returnRemainder({ actor: w.alice, colourId: w.colour.id, now: new Date("2026-07-01T00:00:00Z") });
    expect(back.returnedTiyn).toBe(T(1_000_001_000));
    await expect(returnRemainder({ actor: w.alice, colourId: w.colour.id, now: new Date("2026-07-01T00:00:00Z") })).rejects.toMatchObject({ code: "COLOUR_CLOSED" });
    expect((await checkLedgerInvariants(prisma())).violations).toEqual([]);
  });

  it("another ministry's official finds no colour to top up or return, and cannot replay someone else's key", async () => {
    const w = await buildWorld({ expiresAt: new Date("2026-06-30T18:59:59Z") });
    const other = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Health" } });
    const outsider = official(other.id, 77);
    await expect(topUpColour({ actor: outsider, colourId: w.colour.id, amountTiyn: T(1) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(topUpColour({ actor: outsider, colourId: 999_999, amountTiyn: T(1) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(returnRemainder({ actor: outsider, colourId: w.colour.id, now: new Date("2026-07-01T00:00:00Z") })).rejects.toBeInstanceOf(NotFoundError);
    await allocateColour({ actor: w.alice, input: input(w, T(1_000), "key-of-alice") });
    await expect(allocateColour({ actor: w.bob, input: input(w, T(1_000), "key-of-alice") })).rejects.toMatchObject({ code: "REQUEST_KEY_REUSED" });
  });
});
