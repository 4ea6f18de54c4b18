import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { prisma } from "../../lib/db";
import { INVITED_PASSWORD_HASH } from "../../lib/security/password";
import { resetPassword } from "../../lib/users/reset-password";
import { verifyCredentials } from "../../lib/users/verify-credentials";
import { recomputeAllFlags, settleFlagRefreshes } from "../../lib/flags/refresh-flags";
import { exportBundle } from "../../lib/import/export-bundle";
import { importBundle } from "../../lib/import/import-bundle";
import { projectCodes } from "../../lib/import/project-codes";
import { checkLedgerInvariants } from "../../lib/ledger/check-invariants";
import { verifyDatabaseJournal } from "../../lib/ledger/verify-journal";
import { resetDatabase } from "../support/reset-database";

const EXAMPLE = path.resolve("docs/import-example");
const readFolder = (folder: string) => Object.fromEntries(fs.readdirSync(folder).filter((f) => f.endsWith(".csv")).map((f) => [f, fs.readFileSync(path.join(folder, f), "utf8")]));

async function importAndSettle(files: Record<string, string>) {
  const report = await importBundle({ files });
  await settleFlagRefreshes();
  await recomputeAllFlags();
  return report;
}

/** Balances per (allocation reference, holder) with holders by natural key: database ids differ between databases. */
async function balances(): Promise<Record<string, string>> {
  const codes = await projectCodes();
  const rows = await prisma().account.findMany({ include: { colour: true, organization: true } });
  return Object.fromEntries(
    rows
      .map((a) => {
        const holder = a.holderKind === "company" ? `company:${a.organization!.bin}` : a.holderKind === "project" ? `project:${codes.get(a.projectId!)}` : a.holderKey;
        return [`${a.colour.requestKey} ${holder}`, a.balanceTiyn.toString()] as const;
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** Open flags as kind + subject by natural key. */
async function openFlags(): Promise<string[]> {
  const db = prisma();
  const flags = await db.flag.findMany({ where: { status: "open" } });
  const out: string[] = [];
  for (const f of flags) {
    const id = Number(f.subjectId);
    let subject = `${f.subjectType}:${f.subjectId}`;
    const inColour = /^colour:(\d+):company:(\d+)$/.exec(f.subjectId);
    if (inColour) {
      const colour = await db.colour.findUniqueOrThrow({ where: { id: Number(inColour[1]) } });
      subject = `company:${colour.requestKey}/${(await db.organization.findUniqueOrThrow({ where: { id: Number(inColour[2]) } })).bin}`;
    } else if (f.subjectType === "company") subject = `company:${(await db.organization.findUniqueOrThrow({ where: { id } })).bin}`;
    else if (f.subjectType === "colour") subject = `colour:${(await db.colour.findUniqueOrThrow({ where: { id } })).requestKey}`;
    else if (f.subjectType === "invoice") {
      const i = await db.invoice.findUniqueOrThrow({ where: { id }, include: { contract: { include: { contractor: true } } } });
      subject = `invoice:${i.contract.contractor.bin}/${i.number}`;
    } else if (f.subjectType === "invoice_line") {
      const l = await db.invoiceLine.findUniqueOrThrow({ where: { id }, include: { estimateItem: true, invoice: { include: { contract: { include: { contractor: true } } } } } });
      subject = `invoice_line:${l.invoice.contract.contractor.bin}/${l.invoice.number}/${l.estimateItem.code}`;
    }
    out.push(`${f.kind} ${subject} ${f.severity}`);
  }
  return out.sort();
}

const REF = "ALLOC-2026-EDU-0007";

describe("importing the example bundle", () => {
  it("applies every document but the one deliberately wrong invoice, and posts the payments through the ledger", async () => {
    const report = await importAndSettle(readFolder(EXAMPLE));

    // Money is formatted as the UI shows it, with no-break spaces; compared here with plain ones.
    expect(report.refusals.map((r) => ({ ...r, reason: r.reason.replace(/\u00A0/g, " ") }))).toEqual([
      {
        file: "invoice-lines.csv",
        line: 9,
        reason: "Item 241062.300.000012 «Rebar A500C Ø12»: unit price 415 000,00 ₸ is above your contract's ceiling 400 000,00 ₸ per t. (nothing of this record was applied: 1 row of invoices.csv, 2 rows of invoice-lines.csv)",
      },
    ]);
    const counts = Object.fromEntries(report.files.map((f) => [f.file, `${f.applied}/${f.refused}`]));
    expect(counts).toEqual({
      "organizations.csv": "2/0",
      "companies.csv": "3/0",
      "company-people.csv": "8/0",
      "users.csv": "5/0",
      "person-relations.csv": "2/0",
      "budget-lines.csv": "1/0",
      "projects.csv": "1/0",
      "estimate-items.csv": "8/0",
      "allocations.csv": "1/0",
      "contracts.csv": "3/0",
      "contract-items.csv": "11/0",
      "invoices.csv": "6/1",
      "invoice-lines.csv": "7/2",
      "approvals.csv": "7/0",
      "exits.csv": "2/0",
      "debarments.csv": "1/0",
    });

    // 975 000 000 advance (two approvals) and 91 200 000 of work paid to the general contractor, who paid
    // 39 600 000 to the subcontractor and 15 000 000 to the supplier, 12 500 000 of wages and 2 750 000 of taxes.
    expect(await balances()).toEqual({
      [`${REF} company:120640034179`]: "99635000000",
      [`${REF} exit:taxes`]: "275000000",
      [`${REF} exit:wages`]: "1250000000",
      [`${REF} company:170940210888`]: "3960000000",
      [`${REF} company:190340077451`]: "1500000000",
      [`${REF} issuance`]: "-650000000000",
      [`${REF} project:EDU-ALA-2026-014`]: "543380000000",
    });
    const statuses = await prisma().invoice.findMany({ orderBy: { id: "asc" }, select: { number: true, status: true, paidAt: true } });
    expect(statuses.map((s) => `${s.number} ${s.status} ${s.paidAt?.toISOString() ?? ""}`)).toEqual([
      "AQG-2026-0031 paid 2026-03-24T04:40:00.000Z",
      "AQG-2026-0047 paid 2026-04-20T06:00:00.000Z",
      "MON-2026-112 paid 2026-04-28T10:30:00.000Z",
      "BSZ-0419 paid 2026-05-06T05:00:00.000Z",
      "AQG-2026-0058 rejected ",
      "AQG-2026-0071 approved ",
    ]);
    expect(await prisma().refusedAttempt.count()).toBe(1);
    expect((await checkLedgerInvariants(prisma())).violations).toEqual([]);
  });

  it("refuses a bundle's broken rows at their own line and keeps going", async () => {
    const files = readFolder(EXAMPLE);
    files["companies.csv"] = files["companies.csv"]!.replace("190340077451,Beton", "190340077452,Beton");
    files["estimate-items.csv"] += "EDU-ALA-2026-099,x,Orphan item,23.63,м3,1,1.00\r\n";
    const report = await importBundle({ files });
    expect(report.refusals.slice(0, 4)).toEqual([
      { file: "company-people.csv", line: 8, reason: "No company with BIN 190340077451 in companies.csv: the row belongs to nothing." },
      { file: "company-people.csv", line: 9, reason: "No company with BIN 190340077451 in companies.csv: the row belongs to nothing." },
      { file: "companies.csv", line: 4, reason: "bin: The check digit (the 12th) does not match: check the number. people: Add at least one director." },
      { file: "users.csv", line: 6, reason: "Column organization_bin: no organisation with BIN 190340077451 is registered." },
    ]);
    // The supplier never existed: its user, subcontract, invoice and approval are refused in turn, naming what is missing.
    expect(report.refusals.slice(4).map((r) => `${r.file}:${r.line} ${r.reason.replace(/ \(nothing of this record.*$/, "")}`)).toEqual([
      "person-relations.csv:3 Column iin: no person with IIN 690830308713 (add them to company-people.csv or users.csv).",
      "estimate-items.csv:10 No project with the code EDU-ALA-2026-099 in projects.csv: the row belongs to nothing.",
      "contracts.csv:4 No company with BIN 190340077451 is registered in the portal.",
      "invoices.csv:5 Columns issuer_bin, contract_number: no contract SUP-014/02 of the company with BIN 190340077451.",
      "invoice-lines.csv:9 " + report.refusals[8]!.reason.replace(/ \(nothing of this record.*$/, ""),
      "approvals.csv:6 Columns issuer_bin, invoice_number: no invoice BSZ-0419 of the company with BIN 190340077451.",
      "debarments.csv:2 Column company_bin: no company with BIN 190340077451 is registered.",
    ]);
  });
});

describe("a repeated invoice number", () => {
  const repeat = "120640034179,AQG-2026-0058,GC-2026/014,work,2026-05-21,2026-05-21T11:00:00+05:00,n.serikbayev@almatyqurylys.kz\r\n";

  it("is refused with its own lines, and the first invoice keeps only its own", async () => {
    const files = readFolder(EXAMPLE);
    files["invoices.csv"] += repeat;
    files["invoice-lines.csv"] += "120640034179,AQG-2026-0058,233211.100.000001,10,92000.00\r\n";
    const report = await importBundle({ files });
    expect(report.refusals.map((r) => `${r.file}:${r.line}`)).toEqual(["invoice-lines.csv:9", "invoices.csv:9"]);
    expect(report.refusals[1]!.reason).toMatch(/already on line 6 of invoices\.csv.*1 row of invoice-lines\.csv/);
    const counts = Object.fromEntries(report.files.map((f) => [f.file, `${f.applied}/${f.refused}`]));
    expect(counts["invoices.csv"]).toBe("6/2");
    expect(counts["invoice-lines.csv"]).toBe("7/3");
    const first = await prisma().invoice.findFirstOrThrow({ where: { number: "AQG-2026-0058" }, include: { lines: true } });
    expect(first.lines.map((l) => l.quantityMilli)).toEqual([200_000n]);
    expect(first.totalTiyn).toBe(1_840_000_000n);
  });

  it("refuses every invoice of that number when their lines cannot be told apart", async () => {
    const files = readFolder(EXAMPLE);
    files["invoices.csv"] += repeat;
    // Placed right after the first invoice's line: one run of lines for two invoices.
    files["invoice-lines.csv"] = files["invoice-lines.csv"]!.replace("233211.100.000001,200,92000.00\n", "233211.100.000001,200,92000.00\n120640034179,AQG-2026-0058,233211.100.000001,10,92000.00\n");
    const report = await importBundle({ files });
    const refused = report.refusals.filter((r) => r.file === "invoices.csv").map((r) => r.line);
    expect(refused).toEqual([6, 9]);
    expect(await prisma().invoice.count({ where: { number: "AQG-2026-0058" } })).toBe(0);
    const counts = Object.fromEntries(report.files.map((f) => [f.file, `${f.applied}/${f.refused}`]));
    expect(counts["invoice-lines.csv"]).toBe("6/4");
  });
});

describe("history judged at its own date", () => {
  it("imports a year whose colour expired before the import, and refuses a subcontract signed after the expiry", async () => {
    const files = readFolder(EXAMPLE);
    // The colour ran to 30 June 2026: expired by the machine's clock, open on every document's own date.
    files["allocations.csv"] = files["allocations.csv"]!.replace(",2027-12-31,", ",2026-06-30,");
    const report = await importAndSettle(files);
    expect(report.refusals.map((r) => `${r.file}:${r.line}`)).toEqual(["invoice-lines.csv:9"]);
    expect(await prisma().contract.count()).toBe(3);

    await resetDatabase();
    const late = readFolder(EXAMPLE);
    late["allocations.csv"] = late["allocations.csv"]!.replace(",2027-12-31,", ",2026-06-30,");
    late["contracts.csv"] = late["contracts.csv"]!.replace("109000000.00,2026-03-25,", "109000000.00,2026-07-01,");
    const refused = await importBundle({ files: late });
    expect(refused.refusals[0]).toMatchObject({ file: "contracts.csv", line: 4 });
    expect(refused.refusals[0]!.reason).toMatch(/expired/i);
  });
});

describe("history dated as it happened", () => {
  it("dates each payment, its lot and its journal entry at the approval that released it; the chain still verifies", async () => {
    await importAndSettle(readFolder(EXAMPLE));
    const db = prisma();
    const invoice = await db.invoice.findFirstOrThrow({ where: { number: "MON-2026-112" } });
    expect(invoice.submittedAt?.toISOString()).toBe("2026-04-25T07:00:00.000Z");
    expect(invoice.paidAt?.toISOString()).toBe("2026-04-28T10:30:00.000Z");
    const payment = await db.transfer.findFirstOrThrow({ where: { documentType: "invoice", documentId: BigInt(invoice.id) } });
    expect(payment.createdAt.toISOString()).toBe("2026-04-28T10:30:00.000Z");
    expect((await db.lot.findFirstOrThrow({ where: { transferId: payment.id } })).createdAt.toISOString()).toBe("2026-04-28T10:30:00.000Z");
    const entries = await db.journalEntry.findMany({ where: { kind: "transfer", chain: payment.colourId } });
    const entry = entries.find((e) => String(JSON.parse(e.payload).transfer) === String(payment.id))!;
    expect(entry.createdAt.toISOString()).toBe("2026-04-28T10:30:00.000Z");
    expect(JSON.parse(entry.payload).at).toBe("2026-04-28T10:30:00.000Z");
    // Entries keep their insertion order, whatever their dates, and the chain verifies.
    const seqs = (await db.journalEntry.findMany({ where: { chain: entry.chain }, orderBy: { id: "asc" }, select: { seq: true } })).map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => (a < b ? -1 : 1)));
    expect((await verifyDatabaseJournal(db)).firstBroken).toBeNull();
    // The allocation's money arrived at allocated_at; an allocation without it keeps the database clock.
    expect((await db.transfer.findFirstOrThrow({ where: { kind: "mint" } })).createdAt.toISOString()).toBe("2026-03-02T05:00:00.000Z");
    await resetDatabase();
    const undated = readFolder(EXAMPLE);
    undated["allocations.csv"] = undated["allocations.csv"]!.replace(/,allocated_at/, "").replace(/,2026-03-02T10:00:00\+05:00/, "");
    expect((await importBundle({ files: undated })).refusals).toHaveLength(1);
    expect((await db.transfer.findFirstOrThrow({ where: { kind: "mint" } })).createdAt.getTime()).toBeGreaterThan(Date.now() - 3_600_000);
  });
});

describe("what the bundle carries beyond documents (decisions 0163-0165)", () => {
  it("people's roles with their start days, users' persons, relations, wages and taxes exits at their moments, debarments with day and reason", async () => {
    await importAndSettle(readFolder(EXAMPLE));
    const db = prisma();
    const accountant = await db.companyPerson.findFirstOrThrow({ where: { role: "chief_accountant" }, include: { person: true, organization: true } });
    expect([accountant.organization.bin, accountant.person.iin, accountant.since?.toISOString().slice(0, 10)]).toEqual(["120640034179", "811203450672", "2015-02-01"]);
    // The official is a person; the contractor's user is the very person who directs the company.
    const official = await db.user.findUniqueOrThrow({ where: { email: "daniyar.seitkali@edu.gov.kz" }, include: { person: true } });
    expect(official.person?.iin).toBe("790611300123");
    const director = await db.companyPerson.findFirstOrThrow({ where: { role: "director", organization: { bin: "120640034179" } } });
    expect((await db.user.findUniqueOrThrow({ where: { email: "n.serikbayev@almatyqurylys.kz" } })).personId).toBe(director.personId);
    expect((await db.user.findUniqueOrThrow({ where: { email: "e.dzhaksybekov@monolit.kz" } })).personId).toBeNull();
    // Relations are read from both sides.
    const relations = await db.personRelation.findMany({ include: { person: true, related: true }, orderBy: { id: "asc" } });
    expect(relations.map((r) => `${r.person.iin} ${r.kind} ${r.related.iin}`)).toEqual([
      "790611300123 sibling 820927411875",
      "820927411875 sibling 790611300123",
      "690830308713 parent 910118433450",
      "910118433450 child 690830308713",
    ]);
    // Exits are judged and dated at their own moment, with whoever paid them.
    const exits = await db.transfer.findMany({ where: { kind: "exit" }, orderBy: { id: "asc" } });
    expect(exits.map((e) => `${e.documentType} ${e.amountTiyn} ${e.createdAt.toISOString()} ${e.actorId === null ? "system" : "user"}`)).toEqual([
      "exit_wages 1250000000 2026-04-30T13:00:00.000Z user",
      "exit_taxes 275000000 2026-05-11T06:00:00.000Z system",
    ]);
    const supplier = await db.organization.findUniqueOrThrow({ where: { bin: "190340077451" } });
    expect([supplier.isDebarred, supplier.debarredOn?.toISOString().slice(0, 10), supplier.debarredReason]).toEqual([true, "2026-07-01", expect.stringMatching(/^Court decision No\. 2-1187/)]);
    // Imported after its history: the supplier's earlier payment stands.
    expect((await db.invoice.findFirstOrThrow({ where: { number: "BSZ-0419" } })).status).toBe("paid");
    // A payment made after the approval that released it: the decision at decided_at, the money at paid_at (0166).
    const later = await db.invoice.findFirstOrThrow({ where: { number: "AQG-2026-0047" }, include: { decisions: true } });
    expect([later.decisions.map((d) => d.decidedAt.toISOString()), later.paidAt?.toISOString()]).toEqual([["2026-04-17T05:05:00.000Z"], "2026-04-20T06:00:00.000Z"]);
    const laterPayment = await db.transfer.findFirstOrThrow({ where: { documentType: "invoice", documentId: BigInt(later.id) } });
    expect(laterPayment.createdAt.toISOString()).toBe("2026-04-20T06:00:00.000Z");
    expect((await verifyDatabaseJournal(db)).firstBroken).toBeNull();
  });
});

describe("imported users", () => {
  it("are invited: no password opens the account until an administrator hands out a one-time password", async () => {
    const files = readFolder(EXAMPLE);
    const report = await importBundle({ files: { "organizations.csv": files["organizations.csv"]!, "companies.csv": files["companies.csv"]!, "company-people.csv": files["company-people.csv"]!, "users.csv": files["users.csv"]! } });
    expect(report.refusals).toEqual([]);
    const user = await prisma().user.findUniqueOrThrow({ where: { email: "daniyar.seitkali@edu.gov.kz" } });
    expect(user.passwordHash).toBe(INVITED_PASSWORD_HASH);
    expect(user.mustChangePassword).toBe(true);
    expect(await verifyCredentials(user.email, "invited", "192.0.2.1")).toEqual({ ok: false, reason: "invalid" });
    const { oneTimePassword } = await resetPassword({ actor: SYSTEM_ACTOR, userId: user.id });
    expect(await verifyCredentials(user.email, oneTimePassword, "192.0.2.1")).toMatchObject({ ok: true });
  });
});

describe("export then import", () => {
  it("gives the same balances per colour and holder, the same open flags, and a consistent ledger", async () => {
    await importAndSettle(readFolder(EXAMPLE));
    const before = { balances: await balances(), flags: await openFlags() };
    const exported = await exportBundle();
    expect(exported.warnings).toEqual([]);
    expect(exported.rows["invoices.csv"]).toBe(6);
    expect([exported.rows["person-relations.csv"], exported.rows["exits.csv"], exported.rows["debarments.csv"]]).toEqual([2, 2, 1]);

    await settleFlagRefreshes();
    await resetDatabase();
    const report = await importAndSettle(exported.files);
    expect(report.refusals).toEqual([]);
    expect(await balances()).toEqual(before.balances);
    expect(await openFlags()).toEqual(before.flags);
    expect((await checkLedgerInvariants(prisma())).violations).toEqual([]);

    // And the export of the re-imported database is the same bundle, moments of decisions and payments included
    // (decision 0166: replayed decisions are dated when they were taken).
    expect(exported.files["approvals.csv"]).toContain("AQG-2026-0047,approve,daniyar.seitkali@edu.gov.kz,2026-04-17T05:05:00.000Z,,2026-04-20T06:00:00.000Z");
    expect((await exportBundle()).files).toEqual(exported.files);
    // Names travel in all three languages (decision 0230).
    expect(await prisma().project.findFirstOrThrow({ select: { nameRu: true, nameKk: true, nameEn: true } })).toEqual({ nameRu: "Школа на 600 мест, Наурызбайский район, Алматы", nameKk: "600 орындық мектеп, Наурызбай ауданы, Алматы", nameEn: "School for 600 pupils, Nauryzbay district, Almaty" });
    expect(exported.files["organizations.csv"]).toContain("Қазақстан Республикасының Оқу-ағарту министрлігі");
    expect(exported.files["estimate-items.csv"]).toContain("Ready-mixed concrete B25 (M350),23.63,м3,6800,34000.00,,,Ready-mixed concrete B25 (M350)");
  });
});
