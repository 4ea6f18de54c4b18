import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { openCase, addCaseNote, attachToCase, setCaseStatus } from "../../lib/cases/manage-case";
import { buildEvidencePack } from "../../lib/cases/evidence-pack";
import { getCase } from "../../lib/cases/list-cases";
import { prisma } from "../../lib/db";
import { ForbiddenError, NotFoundError } from "../../lib/errors";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { exitCircuit } from "../../lib/ledger/exit-circuit";
import { setFreeze } from "../../lib/ledger/freeze";
import { ChainVerifier } from "../../lib/ledger/journal-chain";
import { verifyDatabaseJournal } from "../../lib/ledger/verify-journal";
import { readZip } from "../../lib/zip";
import { buildWorld, concreteInvoice, T } from "../support/ledger-fixtures";

const investigator = { ...SYSTEM_ACTOR, isSystem: false, role: "investigator" as const, userId: 4242, name: "Askar" };

async function paidOnce() {
  const w = await buildWorld();
  const invoice = await concreteInvoice(w, { quantity: 100, price: 30_000 });
  await approveInvoice({ actor: w.alice, invoiceId: invoice.id });
  const payment = await prisma().transfer.findFirstOrThrow({ where: { documentType: "invoice", documentId: invoice.id } });
  return { w, payment };
}

describe("cases and freezes", () => {
  it("a case keeps its evidence and history; only investigators work cases", async () => {
    const { w, payment } = await paidOnce();
    const opened = await openCase({ actor: investigator, input: { title: "Pass-through via Almaty Stroy" }, attach: { type: "transfer", id: String(payment.id) } });
    await attachToCase({ actor: investigator, caseId: opened.id, item: { type: "company", id: String(w.general.id) }, note: "General contractor" });
    await expect(attachToCase({ actor: investigator, caseId: opened.id, item: { type: "company", id: String(w.general.id) } })).rejects.toMatchObject({ code: "ALREADY_ATTACHED" });
    await expect(attachToCase({ actor: investigator, caseId: opened.id, item: { type: "transfer", id: "987654" } })).rejects.toBeInstanceOf(NotFoundError);
    await addCaseNote({ actor: investigator, caseId: opened.id, text: "Director is the approver's brother-in-law" });
    await setCaseStatus({ actor: investigator, caseId: opened.id, status: "under_review", reason: "Evidence gathered" });
    await expect(setCaseStatus({ actor: investigator, caseId: opened.id, status: "under_review", reason: "Again and again" })).rejects.toMatchObject({ code: "STATUS_UNCHANGED" });
    const c = await getCase({ actor: investigator, caseId: opened.id });
    expect(c.case.status).toBe("under_review");
    expect(c.items.map((i) => [i.type, i.label])).toEqual([
      ["transfer", `#${payment.id}`],
      ["company", "Almaty Stroy Invest LLP"],
    ]);
    expect(c.events.map((e) => e.kind)).toEqual(["status", "note", "attach", "attach", "open"]);
    await expect(openCase({ actor: w.alice, input: { title: "Not my job at all" } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getCase({ actor: w.gcUser, caseId: opened.id })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("a frozen colour moves no money until unfrozen; a frozen account only stops that company", async () => {
    const { w } = await paidOnce();
    const opened = await openCase({ actor: investigator, input: { title: "Freeze the school colour" } });
    await setFreeze({ actor: investigator, input: { colourId: w.colour.id, isFrozen: true, reason: "Suspected round trip", caseId: opened.id } });
    await expect(setFreeze({ actor: investigator, input: { colourId: w.colour.id, isFrozen: true, reason: "Suspected round trip" } })).rejects.toMatchObject({ code: "ALREADY_FROZEN" });
    const blocked = await concreteInvoice(w, { quantity: 10, price: 30_000 });
    await expect(approveInvoice({ actor: w.alice, invoiceId: blocked.id })).rejects.toMatchObject({ code: "COLOUR_FROZEN" });
    await expect(setFreeze({ actor: w.alice, input: { colourId: w.colour.id, isFrozen: false, reason: "I want my money" } })).rejects.toBeInstanceOf(ForbiddenError);
    await setFreeze({ actor: investigator, input: { colourId: w.colour.id, isFrozen: false, reason: "Explained by the ministry", caseId: opened.id } });
    expect(await approveInvoice({ actor: w.alice, invoiceId: blocked.id })).toMatchObject({ status: "paid" });

    await setFreeze({ actor: investigator, input: { colourId: w.colour.id, organizationId: w.general.id, isFrozen: true, reason: "Account under review" } });
    await expect(exitCircuit({ actor: w.gcUser, colourId: w.colour.id, organizationId: w.general.id, kind: "wages", amountTiyn: T(1_000), idempotencyKey: "w1" })).rejects.toMatchObject({ code: expect.stringMatching(/FROZEN/) });
    // The project account is not frozen: the ministry can still pay.
    const other = await concreteInvoice(w, { quantity: 5, price: 30_000 });
    expect(await approveInvoice({ actor: w.alice, invoiceId: other.id })).toMatchObject({ status: "paid" });

    const kinds = await prisma().journalEntry.findMany({ where: { chain: w.colour.id, kind: { in: ["freeze", "unfreeze"] } }, orderBy: { seq: "asc" } });
    expect(kinds.map((k) => [k.kind, JSON.parse(k.payload).reason])).toEqual([
      ["freeze", "Suspected round trip"],
      ["unfreeze", "Explained by the ministry"],
      ["freeze", "Account under review"],
    ]);
    expect((await getCase({ actor: investigator, caseId: opened.id })).events.map((e) => e.kind)).toEqual(["unfreeze", "freeze", "open"]);
    expect((await verifyDatabaseJournal(prisma())).firstBroken).toBeNull();
  });

  it("the evidence pack holds the case, its transfers, traces and a journal segment that verifies offline", async () => {
    const { w, payment } = await paidOnce();
    const opened = await openCase({ actor: investigator, input: { title: "Evidence for the prosecutor" }, attach: { type: "transfer", id: String(payment.id) } });
    await setFreeze({ actor: investigator, input: { colourId: w.colour.id, isFrozen: true, reason: "Evidence secured", caseId: opened.id } });
    const pack = await buildEvidencePack({ actor: investigator, caseId: opened.id });
    const files = readZip(pack.zip);
    expect([...files.keys()].sort()).toEqual(["README.txt", "case.json", "journal.jsonl", "manifest.json", "trace.json", "transfers.csv", "transfers.json"]);
    expect(files.get("transfers.csv")!.toString()).toContain(`${payment.id},`);
    const verifier = new ChainVerifier();
    const lines = files.get("journal.jsonl")!.toString().trim().split("\n");
    for (const line of lines) {
      const e = JSON.parse(line);
      verifier.add({ chain: e.chain, seq: BigInt(e.seq), kind: e.kind, payload: e.payload, prevHash: e.prevHash, hash: e.hash });
    }
    expect(verifier.firstBroken).toBeNull();
    expect(lines.some((l) => l.includes('"kind":"freeze"'))).toBe(true);
    const traces = JSON.parse(files.get("trace.json")!.toString());
    expect(traces.map((t: { direction: string }) => t.direction)).toEqual(["backward", "forward"]);
    const manifest = JSON.parse(files.get("manifest.json")!.toString());
    expect(Object.keys(manifest.sha256)).toHaveLength(6);
  });
});
