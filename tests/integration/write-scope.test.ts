import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { allocateColour } from "../../lib/allocations/allocate-colour";
import { prisma } from "../../lib/db";
import { NotFoundError } from "../../lib/errors";
import { createOrganization } from "../../lib/organizations/create-organization";
import { createProjectFromCsv } from "../../lib/projects/create-project-from-csv";
import { financeOfficial } from "../support/actors";
import { buildWorld, official, T } from "../support/ledger-fixtures";

// Writes whose scope is a ministry: what the role check alone let through (issue 13, finding 7's review).

const CSV = "code;name;category;unit;quantity;ceiling unit price\nA;Concrete B25;23.63;м3;1 000;34 000\n";

describe("writes are scoped to ministries", () => {
  it("a Finance official's project belongs to a ministry, never to a company or the treasury", async () => {
    const finance = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Finance", isFinance: true } });
    const treasury = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "treasury", name: "Treasury", isFinance: true } });
    const w = await buildWorld();
    const fields = (ministryId: number) => ({ name: "School for 300 pupils", region: "turkistan" as const, ministryId, startsOn: null, endsOn: null });
    const me = financeOfficial(finance.id);
    for (const notAMinistry of [w.general.id, treasury.id]) {
      await expect(createProjectFromCsv({ actor: me, fields: fields(notAMinistry), csv: CSV })).rejects.toMatchObject({ code: "NOT_A_MINISTRY" });
    }
    expect(await prisma().project.count({ where: { ministryId: { in: [w.general.id, treasury.id] } } })).toBe(0);
    await createProjectFromCsv({ actor: me, fields: fields(w.ministry.id), csv: CSV });
  });

  it("allocating from another ministry's budget line reads as not found, and mints nothing", async () => {
    const w = await buildWorld();
    const other = await buildWorld();
    const minted = await prisma().colour.count();
    const input = { budgetLineId: other.line.id, projectId: w.project.id, amountTiyn: T(1_000), expiresAt: new Date("2027-12-31T18:59:59Z"), reason: "Order 9", rules: { allowedItemCodes: "all" as const, advanceLimitBp: 0, approvalThresholdTiyn: T(1), exits: { wages: { allowed: false, maxShareBp: 0 }, taxes: { allowed: false, maxShareBp: 0 } } } };
    await expect(allocateColour({ actor: w.alice, input })).rejects.toBeInstanceOf(NotFoundError);
    await expect(allocateColour({ actor: official(other.ministry.id, 5), input })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma().colour.count()).toBe(minted);
  });
});
