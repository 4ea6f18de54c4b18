// Malformed values that reach lib (from any caller: actions, imports, scripts) are refused with a code and
// write nothing; what PostgreSQL itself refuses is recognised by SQLSTATE (lib/http/value-refused.ts).
import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { failureState } from "../../lib/actions/action-errors";
import { caseItemExists } from "../../lib/cases/case-items";
import { addCaseNote, openCase, setCaseStatus } from "../../lib/cases/manage-case";
import { listCases } from "../../lib/cases/list-cases";
import { prisma } from "../../lib/db";
import { isValueRefusedByDatabase } from "../../lib/http/value-refused";
import { rejectInvoice } from "../../lib/invoices/reject-invoice";
import { createOrganization } from "../../lib/organizations/create-organization";
import { buildWorld, concreteInvoice } from "../support/ledger-fixtures";

const investigator = { ...SYSTEM_ACTOR, isSystem: false, role: "investigator" as const, userId: 4242, name: "Askar" };
const MEGABYTE = "x".repeat(1024 * 1024);

async function refusal(work: Promise<unknown>): Promise<unknown> {
  return work.then(
    () => null,
    (error: unknown) => error,
  );
}

describe("values the database refuses", () => {
  it.each([
    ["an id above int4", () => prisma().user.findUnique({ where: { id: 2 ** 31 } })],
    ["a NUL byte in text", () => createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "agency", name: "Agency\u0000X" } })],
    ["a number out of range in raw SQL", () => prisma().$queryRaw`SELECT ${"99999999999"}::int AS n`],
  ])("%s is recognised as the user's value, and answered without 'unexpected error'", async (_name, run) => {
    const error = await refusal(run());
    expect(error).not.toBeNull();
    expect(isValueRefusedByDatabase(error)).toBe(true);
    const state = failureState(error, "en", {}, "test");
    expect(state.message).toBe("A value is outside what can be stored (a number, date or text out of range). Nothing was changed.");
  });

  it("does not take other database errors for a refused value", async () => {
    await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "agency", name: "Twice" } });
    const duplicate = await refusal(prisma().organization.create({ data: { kind: "agency", name: "Twice", bin: null } }).then(() => prisma().$queryRaw`SELECT 1/0`));
    expect(isValueRefusedByDatabase(duplicate)).toBe(false);
    expect(isValueRefusedByDatabase(new Error("22003"))).toBe(false);
  });
});

describe("bounded text in lib", () => {
  it("refuses a 1 MB rejection reason and one with a NUL byte, and writes nothing to the journal", async () => {
    const w = await buildWorld();
    const invoice = await concreteInvoice(w);
    const entries = await prisma().journalEntry.count();
    await expect(rejectInvoice({ actor: w.alice, invoiceId: invoice.id, reason: MEGABYTE })).rejects.toMatchObject({ code: "TEXT_TOO_LONG", params: { max: 1000 } });
    await expect(rejectInvoice({ actor: w.alice, invoiceId: invoice.id, reason: "wrong\u0000quantity" })).rejects.toMatchObject({ code: "TEXT_NUL" });
    expect(await prisma().journalEntry.count()).toBe(entries);
    expect((await prisma().invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("submitted");
  });

  it("refuses an overlong case note and status reason instead of storing or cutting them", async () => {
    const opened = await openCase({ actor: investigator, input: { title: "Bounded text" } });
    await expect(addCaseNote({ actor: investigator, caseId: opened.id, text: MEGABYTE })).rejects.toMatchObject({ code: "TEXT_TOO_LONG" });
    await expect(setCaseStatus({ actor: investigator, caseId: opened.id, status: "closed", reason: MEGABYTE })).rejects.toMatchObject({ code: "TEXT_TOO_LONG" });
    expect(await prisma().caseEvent.count({ where: { caseId: opened.id, kind: { in: ["note", "status"] } } })).toBe(0);
  });
});

describe("ids out of their column's range", () => {
  it.each([
    ["project", "2147483648"],
    ["invoice", "9223372036854775807"],
    ["transfer", "9223372036854775808"],
  ] as const)("a %s %s is no such record, not an error", async (type, id) => {
    expect(await caseItemExists({ type, id })).toBe(false);
  });

  it("a case search for a number above int4 finds nothing instead of failing", async () => {
    const found = await listCases({ actor: investigator, q: "2147483648", page: 1, sort: { column: "updated", direction: "desc" } });
    expect(found).toBeTruthy();
  });
});
