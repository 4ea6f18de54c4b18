import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { prisma } from "../../lib/db";
import { ForbiddenError } from "../../lib/errors";
import { createOrganization } from "../../lib/organizations/create-organization";
import { createProjectFromCsv } from "../../lib/projects/create-project-from-csv";
import { listProjects } from "../../lib/projects/list-projects";
import { official } from "../support/ledger-fixtures";

const CSV = "code;name;category;unit;quantity;ceiling unit price\nA;Concrete B25;23.63;м3;1 000;34 000\nB;Rebar A500C;24.10;т;12,5;410 000\n";
const fields = (ministryId: number) => ({ name: "School for 300 pupils", region: "turkistan" as const, ministryId, startsOn: null, endsOn: null });

describe("projects from an estimate CSV", () => {
  it("creates the project and every item, and lists it with its estimate total", async () => {
    const ministry = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Education" } });
    const me = official(ministry.id, 7);
    const project = await createProjectFromCsv({ actor: me, fields: fields(ministry.id), csv: CSV });
    expect(await prisma().estimateItem.count({ where: { projectId: project.id } })).toBe(2);
    const list = await listProjects({ actor: me, page: 1, sort: { column: "created", direction: "desc" } });
    // 1 000 × 34 000 + 12.5 × 410 000 = 39 125 000 ₸
    expect(list.rows[0]).toMatchObject({ name: "School for 300 pupils", estimateTiyn: 3_912_500_000n, _count: { estimateItems: 2 } });
  });

  it.each([
    ["item code 123", "123;Brick;23.32;шт;1;1"],
    ["category xx", "C;Brick;xx;шт;1;1"],
    ["unit kg", "C;Cement;23.51;kg;1;1"],
  ])("refuses an estimate with %s and saves nothing (issue 19)", async (_name, row) => {
    const ministry = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Education" } });
    await expect(createProjectFromCsv({ actor: official(ministry.id, 7), fields: fields(ministry.id), csv: CSV + row + "\n" })).rejects.toMatchObject({ code: "ESTIMATE_INVALID" });
    expect(await prisma().project.count()).toBe(0);
  });

  it("saves nothing when any row is wrong, and only for the official's own ministry", async () => {
    const ministry = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Education" } });
    const other = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Health" } });
    const me = official(ministry.id, 7);
    await expect(createProjectFromCsv({ actor: me, fields: fields(ministry.id), csv: CSV + "C;Brick;23.32;bucket;1;1\n" })).rejects.toMatchObject({ code: "ESTIMATE_INVALID" });
    await expect(createProjectFromCsv({ actor: me, fields: fields(other.id), csv: CSV })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await prisma().project.count()).toBe(0);
    expect(await prisma().estimateItem.count()).toBe(0);
  });
});
