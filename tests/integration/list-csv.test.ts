import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { splitCsvRecords } from "../../lib/csv";
import { listCsvFile, type TListTable } from "../../lib/exports/list-table";
import { companiesCsv, contractsCsv, projectsCsv } from "../../lib/exports/list-csv";
import { ForbiddenError } from "../../lib/errors";
import { createOrganization } from "../../lib/organizations/create-organization";
import { actorWithRole } from "../support/actors";
import { buildWorld, contractor, official } from "../support/ledger-fixtures";

const investigator = { ...actorWithRole("investigator"), userId: 4244 };
const records = (table: TListTable) => splitCsvRecords(listCsvFile(table).body.replace(/^\uFEFF/, ""), { separator: ";" }).map((r) => r.fields);

describe("the officials' lists as CSV for Excel (issue 19, decision 0182)", () => {
  it("holds the rows the page's filters select, ';'-separated with a byte-order mark, scoped like the page", async () => {
    const w = await buildWorld();
    const projects = await projectsCsv({ actor: w.alice, params: { q: w.project.name }, locale: "en" });
    expect(listCsvFile(projects).body.startsWith("\uFEFF")).toBe(true);
    const rows = records(projects);
    expect(rows[0]).toEqual(["Project", "Ministry", "Region", "Address", "Estimate items", "Estimate total, KZT", "Allocations", "Created"]);
    expect(rows.slice(1).map((r) => r[0])).toEqual([w.project.name]);
    expect(listCsvFile(projects).fileName).toMatch(/^projects-\d{4}-\d{2}-\d{2}\.csv$/);

    const health = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Health" } });
    expect((await projectsCsv({ actor: official(health.id, 902), params: { q: w.project.name }, locale: "en" })).rows).toBe(0);
    expect((await projectsCsv({ actor: investigator, params: { q: w.project.name }, locale: "en" })).rows).toBe(1);

    const subs = records((await contractsCsv({ actor: investigator, params: { kind: "sub" }, locale: "ru" })));
    expect(subs.slice(1).map((r) => [r[0], r[1], r[3]])).toEqual([["SC-1", "GC-1", "Beton Service KZ LLP"]]);
    expect((await contractsCsv({ actor: official(health.id, 902), params: {}, locale: "en" })).rows).toBe(0);
    const general = records((await contractsCsv({ actor: w.alice, params: { status: "active" }, locale: "en" })));
    expect(general.slice(1).map((r) => [r[0], r[6]])).toEqual([["GC-1", "900000000.00"]]);

    const registry = records((await companiesCsv({ actor: w.alice, params: { q: w.sub.bin!, status: "clear" }, locale: "en" })));
    expect(registry.slice(1).map((r) => [r[0], r[1]])).toEqual([["Beton Service KZ LLP", w.sub.bin]]);
    expect((await companiesCsv({ actor: w.alice, params: { q: w.sub.bin!, status: "debarred" }, locale: "en" })).rows).toBe(0);

    for (const actor of [contractor(w.general.id, 7003), actorWithRole("admin")]) {
      await expect(projectsCsv({ actor, params: {}, locale: "en" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(contractsCsv({ actor, params: {}, locale: "en" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(companiesCsv({ actor, params: {}, locale: "en" })).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});
