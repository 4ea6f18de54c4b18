import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { openCase } from "../../lib/cases/manage-case";
import { splitCsvRecords } from "../../lib/csv";
import { listCsvFile, type TListTable } from "../../lib/exports/list-table";
import { prisma } from "../../lib/db";
import { ForbiddenError, NotFoundError } from "../../lib/errors";
import { budgetLinesCsv, casesCsv, flagsCsv, projectPaymentsCsv, usersCsv } from "../../lib/exports/more-list-csv";
import { companyContractsCsv, companyInvoicesCsv } from "../../lib/exports/company-list-csv";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { createOrganization } from "../../lib/organizations/create-organization";
import { createUser } from "../../lib/users/create-user";
import { adminActor, actorWithRole } from "../support/actors";
import { buildWorld, concreteInvoice, contractor, official } from "../support/ledger-fixtures";

const investigator = { ...actorWithRole("investigator"), userId: 4245 };
const records = (table: TListTable) => splitCsvRecords(listCsvFile(table).body.replace(/^\uFEFF/, ""), { separator: ";" }).map((r) => r.fields);

async function flag(w: Awaited<ReturnType<typeof buildWorld>>, kind: string, severity: "high" | "medium" | "low", score: number) {
  return prisma().flag.create({
    data: { key: `${kind}:colour:${w.colour.id}:${score}`, kind, subjectType: "company", subjectId: String(w.sub.id), colourId: w.colour.id, projectId: w.project.id, companyId: w.sub.id, region: w.project.region, severity, score, evidence: {}, facts: {} },
  });
}

describe("the remaining lists as CSV for Excel (issue 19, decision 0193)", () => {
  it("the project's payments: the tab's rows as filtered, in its order; another ministry reads not found", async () => {
    const w = await buildWorld();
    const paid = await concreteInvoice(w, { quantity: 100, price: 30_000 });
    await approveInvoice({ actor: w.alice, invoiceId: paid.id });
    const all = await projectPaymentsCsv({ actor: w.alice, params: { id: String(w.project.id), sort: "-amount" }, locale: "en" });
    expect(listCsvFile(all).body.startsWith("\uFEFF")).toBe(true);
    const rows = records(all);
    expect([rows[0]![0], rows[0]![3], rows[0]!.length]).toEqual(["Transfer №", "Colour", 8]);
    expect(rows.slice(1).map((r) => r[7])).toEqual(["1000000000.00", "3000000.00"]);
    const filtered = records((await projectPaymentsCsv({ actor: investigator, params: { id: String(w.project.id), q: paid.number }, locale: "ru" })));
    expect(filtered.slice(1).map((r) => [r[5], r[7]])).toEqual([["Almaty Stroy Invest LLP", "3000000.00"]]);
    expect(listCsvFile(all).fileName).toMatch(new RegExp(`^project-${w.project.id}-payments-\\d{4}-\\d{2}-\\d{2}\\.csv$`));

    const health = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Health" } });
    for (const actor of [official(health.id, 903), contractor(w.general.id, 7004)]) {
      await expect(projectPaymentsCsv({ actor, params: { id: String(w.project.id) }, locale: "en" })).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(projectPaymentsCsv({ actor: w.alice, params: { id: "x1" }, locale: "en" })).rejects.toBeInstanceOf(NotFoundError);

    const lines = records((await budgetLinesCsv({ actor: w.alice, params: { year: "2026" }, locale: "en" })));
    expect(lines.slice(1).map((r) => [r[1], r[5], r[6], r[7]])).toEqual([["School construction", "10000000000.00", "1000000000.00", "3000000.00"]]);
    expect((await budgetLinesCsv({ actor: w.alice, params: { year: "2025" }, locale: "en" })).rows).toBe(0);
    expect((await budgetLinesCsv({ actor: official(health.id, 903), params: {}, locale: "en" })).rows).toBe(0);
    await expect(budgetLinesCsv({ actor: investigator, params: {}, locale: "en" })).rejects.toBeInstanceOf(ForbiddenError);
    const audit = await prisma().auditEvent.findFirst({ where: { action: "project.payments.export" }, orderBy: { id: "desc" } });
    expect(audit?.subject).toBe(`project:${w.project.id}`);
  });

  it("flags and cases: investigators only, the queue's filters and order", async () => {
    const w = await buildWorld();
    await flag(w, "pass_through", "high", 90);
    await flag(w, "split_invoices", "medium", 40);
    const byScore = records((await flagsCsv({ actor: investigator, params: {}, locale: "en" })));
    expect(byScore.slice(1).map((r) => [r[7], r[2], r[4]])).toEqual([
      ["90", "Beton Service KZ LLP", w.project.name],
      ["40", "Beton Service KZ LLP", w.project.name],
    ]);
    expect(records((await flagsCsv({ actor: investigator, params: { severity: "medium" }, locale: "en" }))).slice(1).map((r) => r[7])).toEqual(["40"]);
    expect((await flagsCsv({ actor: investigator, params: { status: "dismissed" }, locale: "en" })).rows).toBe(0);

    await openCase({ actor: investigator, input: { title: "Concrete round trip" } });
    await openCase({ actor: investigator, input: { title: "Brick markup" } });
    const cases = records((await casesCsv({ actor: investigator, params: { sort: "title" }, locale: "en" })));
    expect(cases.slice(1).map((r) => r[1])).toEqual(["Brick markup", "Concrete round trip"]);
    expect((await casesCsv({ actor: investigator, params: { q: "brick" }, locale: "en" })).rows).toBe(1);

    for (const actor of [w.alice, contractor(w.general.id, 7005), adminActor]) {
      await expect(flagsCsv({ actor, params: {}, locale: "en" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(casesCsv({ actor, params: {}, locale: "en" })).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("users: administrators only, filtered by role and text, never a password hash", async () => {
    const ministry = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Education" } });
    await createUser({ actor: adminActor, input: { name: "Dana Csvtest", email: "dana.csv@test.kz", role: "official", organizationId: ministry.id, password: "correct horse battery staple 1" } });
    const agency = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "agency", name: "Anti-Corruption Agency (CSV)" } });
    await createUser({ actor: adminActor, input: { name: "Erlan Csvtest", email: "erlan.csv@test.kz", role: "investigator", organizationId: agency.id, password: "correct horse battery staple 1" } });
    const file = await usersCsv({ actor: adminActor, params: { q: "csvtest", role: "official" }, locale: "en" });
    const rows = records(file);
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([["Dana Csvtest", "dana.csv@test.kz"]]);
    expect(listCsvFile(file).body).not.toMatch(/scrypt/);
    expect((await usersCsv({ actor: adminActor, params: { q: "csvtest", status: "inactive" }, locale: "en" })).rows).toBe(0);
    await expect(usersCsv({ actor: investigator, params: {}, locale: "en" })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("a contractor's own contracts and invoices: its company only, as the page's filters select", async () => {
    const w = await buildWorld();
    const mine = await concreteInvoice(w, { quantity: 100, price: 30_000 });
    const fromSub = await concreteInvoice(w, { sub: true, quantity: 10, price: 29_000 });
    const issued = records((await companyInvoicesCsv({ actor: w.gcUser, params: {}, locale: "en" })));
    expect(issued.slice(1).map((r) => [r[0], r[1], r[6]])).toEqual([[mine.number, "GC-1", "3000000.00"]]);
    const incoming = records((await companyInvoicesCsv({ actor: w.gcUser, params: { box: "incoming" }, locale: "ru" })));
    expect(incoming.slice(1).map((r) => [r[0], r[2], r[3]])).toEqual([[fromSub.number, "Beton Service KZ LLP", w.sub.bin]]);
    expect((await companyInvoicesCsv({ actor: w.gcUser, params: { status: "paid" }, locale: "en" })).rows).toBe(0);

    const both = records((await companyContractsCsv({ actor: w.gcUser, params: { sort: "number" }, locale: "en" })));
    expect(both.slice(1).map((r) => [r[0], r[3]])).toEqual([
      ["GC-1", "You hold it"],
      ["SC-1", "You pay it"],
    ]);
    expect(both[1]![4]).toContain(w.ministry.name);
    expect(both[2]![4]).toBe("Beton Service KZ LLP");
    expect(records((await companyContractsCsv({ actor: w.gcUser, params: { side: "payer" }, locale: "en" }))).slice(1).map((r) => r[0])).toEqual(["SC-1"]);
    expect(records((await companyContractsCsv({ actor: w.subUser, params: {}, locale: "en" }))).slice(1).map((r) => r[0])).toEqual(["SC-1"]);
    for (const actor of [w.alice, investigator]) {
      await expect(companyContractsCsv({ actor, params: {}, locale: "en" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(companyInvoicesCsv({ actor, params: {}, locale: "en" })).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});
