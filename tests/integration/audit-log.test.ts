import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { auditRefusal, writeAudit } from "../../lib/audit";
import { listAuditEvents } from "../../lib/audit-log/list-audit-events";
import { auditEventsTable, companyPaymentsTable } from "../../lib/exports/audit-and-payments";
import { parseAuditFilters } from "../../lib/audit-log/filters";
import { listCsvFile } from "../../lib/exports/list-table";
import { listXlsxFile } from "../../lib/exports/xlsx";
import { getCompany } from "../../lib/contractors/get-company";
import { registerCompany } from "../../lib/contractors/register-company";
import { pool, prisma } from "../../lib/db";
import { ForbiddenError } from "../../lib/errors";
import { verifyJournal } from "../../lib/journal/verify";
import { makeBin } from "../../lib/kz/bin";
import { makeIban } from "../../lib/kz/iban";
import { makeIin } from "../../lib/kz/iin";
import { adminActor, actorWithRole } from "../support/actors";
import { buildWorld } from "../support/ledger-fixtures";

// Issue 13, finding 10: the audit log is append-only, records sensitive reads and refusals, and administrators
// can search it and download exactly what they found.

const events = (action: string) => prisma().auditEvent.findMany({ where: { action }, orderBy: { id: "asc" } });

async function user(email: string, name: string) {
  return prisma().user.create({ data: { email, name, passwordHash: "x", role: "official" } });
}

describe("the audit log is append-only", () => {
  it("refuses UPDATE, DELETE and TRUNCATE, from the application and from plain SQL", async () => {
    await writeAudit({ actorId: null, action: "test.event", subject: "s" });
    const [row] = await events("test.event");
    await expect(prisma().auditEvent.update({ where: { id: row!.id }, data: { action: "forged" } })).rejects.toThrow(/APPEND_ONLY/);
    await expect(prisma().auditEvent.delete({ where: { id: row!.id } })).rejects.toThrow(/APPEND_ONLY/);
    await expect(pool().query("UPDATE audit_event SET subject = 'forged'")).rejects.toThrow(/APPEND_ONLY/);
    await expect(pool().query("DELETE FROM audit_event")).rejects.toThrow(/APPEND_ONLY/);
    await expect(pool().query("TRUNCATE audit_event")).rejects.toThrow(/APPEND_ONLY/);
    expect(await events("test.event")).toEqual([row]);
  });

  it("bounds what it keeps: a 1 MB reason is cut, control characters are replaced", async () => {
    await writeAudit({ actorId: null, action: "test.big", subject: `a\u0000${"s".repeat(1000)}`, details: { reason: "r".repeat(1_000_000) } });
    const [row] = await events("test.big");
    expect(row!.subject).toBe(`a\uFFFD${"s".repeat(198)}…[+802]`);
    expect(JSON.stringify(row!.details).length).toBeLessThan(1000);
  });
});

describe("the audit viewer", () => {
  it("finds events by user, action, object and days, newest first, a page at a time; only for administrators", async () => {
    const aliya = await user("aliya@gov.kz", "Aliya Nurpeisova");
    const serik = await user("serik@gov.kz", "Serik Akhmetov");
    // An event of an earlier day (rows are written with the moment of their insertion: ids follow time).
    await pool().query(`INSERT INTO audit_event (at, actor_id, action, subject) VALUES ('2026-01-10T10:00:00+05:00', $1, 'sign_in', 'old')`, [serik.id]);
    for (let i = 0; i < 30; i++) await writeAudit({ actorId: aliya.id, action: "sign_in", subject: aliya.email });
    await writeAudit({ actorId: serik.id, action: "sign_in", subject: serik.email });
    await writeAudit({ actorId: serik.id, action: "company.history.export", subject: "organization:7" });
    await writeAudit({ actorId: null, action: "sign_in.failed", subject: "nobody@x.kz" });

    const bySerik = await listAuditEvents({ actor: adminActor, filters: parseAuditFilters({ user: "SERIK" }), page: 1 });
    expect(bySerik.rows.map((r) => r.action)).toEqual(["company.history.export", "sign_in", "sign_in"]);
    expect(bySerik.rows[0]!.actor).toEqual({ email: "serik@gov.kz", name: "Serik Akhmetov" });

    const signIns = await listAuditEvents({ actor: adminActor, filters: parseAuditFilters({ action: "sign_in" }), page: 1 });
    expect(signIns.total).toBe(32);
    expect(signIns.rows).toHaveLength(25);
    expect(signIns.rows.map((r) => r.id)).toEqual([...signIns.rows.map((r) => r.id)].sort((a, b) => (a > b ? -1 : 1)));
    expect((await listAuditEvents({ actor: adminActor, filters: parseAuditFilters({ action: "sign_in" }), page: 2 })).rows).toHaveLength(7);

    expect((await listAuditEvents({ actor: adminActor, filters: parseAuditFilters({ subject: "organization:7" }), page: 1 })).rows.map((r) => r.action)).toEqual(["company.history.export"]);
    const january = await listAuditEvents({ actor: adminActor, filters: parseAuditFilters({ from: "2026-01-10", to: "2026-01-10" }), page: 1 });
    expect(january.rows.map((r) => r.subject)).toEqual(["old"]);
    expect((await listAuditEvents({ actor: adminActor, filters: parseAuditFilters({ user: "nobody matches" }), page: 1 })).total).toBe(0);

    await expect(listAuditEvents({ actor: actorWithRole("official"), filters: {}, page: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(auditEventsTable({ actor: actorWithRole("investigator"), params: {}, locale: "en" })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("downloads exactly the filtered rows through the one CSV writer, and records the download", async () => {
    const serik = await user("serik@gov.kz", "Serik Akhmetov");
    await writeAudit({ actorId: serik.id, action: "sign_in", subject: serik.email });
    await writeAudit({ actorId: serik.id, action: "flag.dismiss", subject: "=HYPERLINK(\"http://evil\")", details: { reason: "@SUM(1)" } });
    await writeAudit({ actorId: null, action: "sign_in.failed", subject: "nobody@x.kz" });
    // On the shared list table since decision 0274: the same columns, now ";"-separated like every other list's CSV
    // (it was ","), with an .xlsx twin of the same rows.
    const table = await auditEventsTable({ actor: adminActor, params: { user: "serik" }, locale: "en" });
    const lines = listCsvFile(table).body.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe("id;at;user;action;object;details");
    expect(lines[1]).toMatch(/^\d+;\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z;serik@gov\.kz;flag\.dismiss;/);
    expect(lines[1]).toContain(`;serik@gov.kz;flag.dismiss;"'=HYPERLINK(""http://evil"")";`);
    expect(lines[2]).toContain(";serik@gov.kz;sign_in;serik@gov.kz");
    const workbook = await listXlsxFile(table);
    expect([workbook.rows, workbook.fileName]).toEqual([2, `${table.name}.xlsx`]);
    expect(table.name).toMatch(/^audit-\d{4}-\d{2}-\d{2}$/);
    const [download] = await events("audit.export");
    expect(download).toMatchObject({ actorId: adminActor.userId, details: { filters: { user: "serik" }, rows: 2 } });
  });
});

describe("sensitive reads and refusals are recorded", () => {
  it("a company's payment history CSV, a registry page with IINs, a journal verification", async () => {
    const w = await buildWorld();
    await companyPaymentsTable({ actor: w.gcUser, direction: "out", locale: "en" });
    expect(await events("company.history.export")).toMatchObject([{ actorId: w.gcUser.userId, subject: `organization:${w.general.id}`, details: { direction: "out", rows: 0 } }]);

    const bin = makeBin(19, 6, 901);
    const { company } = await registerCompany({
      actor: w.alice,
      input: {
        bin,
        name: "Steppe Build LLP",
        nameRu: "ТОО «Степь Строй»",
        address: "Astana, Yesil district, Kabanbay Batyr ave. 11",
        region: "astana",
        registeredOn: "2019-06-14",
        bankAccount: makeIban("601", "A000000000901"),
        people: [{ fullName: "Serik Bolatuly Akhmetov", iin: makeIin("780412", 3, 101), role: "director" }],
      },
    });
    await getCompany({ actor: w.alice, companyId: company.id });
    expect(await events("company.people.read")).toMatchObject([{ actorId: w.alice.userId, subject: `bin:${bin}`, details: { organization: company.id, people: 1 } }]);

    await verifyJournal({ actor: adminActor });
    await verifyJournal({ actor: SYSTEM_ACTOR });
    expect(await events("journal.verify")).toMatchObject([{ actorId: adminActor.userId, details: { firstBroken: null } }, { actorId: null }]);
  });

  it("a refusal of a signed-in user is recorded; an anonymous one is not", async () => {
    await auditRefusal(actorWithRole("contractor", 5), { what: "route:/trace/export", reason: "role" });
    await auditRefusal(null, { what: "route:/trace/export", reason: "role" });
    expect(await events("access.refused")).toMatchObject([{ actorId: 1_000_001, subject: "route:/trace/export", details: { reason: "role", role: "contractor" } }]);
  });
});
