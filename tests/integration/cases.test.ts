import { execFile } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { openCase, addCaseNote, attachToCase, setCaseStatus } from "../../lib/cases/manage-case";
import { buildEvidencePack, type TPackHeads } from "../../lib/cases/evidence-pack";
import { getCase } from "../../lib/cases/list-cases";
import { casePageView } from "../../lib/cases/case-view";
import { prisma } from "../../lib/db";
import { ForbiddenError, NotFoundError } from "../../lib/errors";
import { settleFlagRefreshes } from "../../lib/flags/refresh-flags";
import { publishJournalHead } from "../../lib/journal/publication";
import { verifyReceipt, type TReceipt } from "../../lib/journal/checkpoint-format";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { exitCircuit } from "../../lib/contractors/exit-circuit";
import { setFreeze } from "../../lib/cases/set-freeze";
import { ChainVerifier } from "../../lib/ledger/journal-chain";
import { verifyDatabaseJournal } from "../../lib/ledger/verify-journal";
import { readZip } from "../../lib/zip";
import { buildWorld, concreteInvoice, T } from "../support/ledger-fixtures";
import { almatyDay } from "../../lib/dates";

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
    // The page's view model: the evidence with its trace links, the history in words.
    const page = await casePageView({ actor: investigator, caseId: opened.id, locale: "en" });
    expect(page.items.map((i) => [i.typeLabel, i.label, i.traces?.forward])).toEqual([
      ["Transfer", `#${payment.id}`, `/trace?subject=transfer%3A${payment.id}&direction=forward`],
      ["Company", "Almaty Stroy Invest LLP", `/trace?subject=company%3A${w.general.id}&direction=forward`],
    ]);
    expect(page.items[1]!.note).toBe("General contractor");
    expect(page.events).toHaveLength(5);
    expect(page.events[1]!.text).toContain("Director is the approver's brother-in-law");
    // The history names what was attached, as the evidence list does (issue 19, item 3).
    expect(page.events.map((e) => e.text)).toContain("Attached Company Almaty Stroy Invest LLP.");
    await expect(openCase({ actor: w.alice, input: { title: "Not my job at all" } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getCase({ actor: w.gcUser, caseId: opened.id })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("a frozen colour moves no money until unfrozen; a frozen account only stops that company", async () => {
    const { w } = await paidOnce();
    // Submitted before the freeze (a frozen colour takes no new invoices either), approved while frozen.
    const blocked = await concreteInvoice(w, { quantity: 10, price: 30_000 });
    const opened = await openCase({ actor: investigator, input: { title: "Freeze the school colour" } });
    await setFreeze({ actor: investigator, input: { colourId: w.colour.id, isFrozen: true, reason: "Suspected round trip", caseId: opened.id } });
    await expect(setFreeze({ actor: investigator, input: { colourId: w.colour.id, isFrozen: true, reason: "Suspected round trip" } })).rejects.toMatchObject({ code: "ALREADY_FROZEN" });
    await expect(approveInvoice({ actor: w.alice, invoiceId: blocked.id })).rejects.toMatchObject({ code: "COLOUR_FROZEN" });
    await expect(setFreeze({ actor: w.alice, input: { colourId: w.colour.id, isFrozen: false, reason: "I want my money" } })).rejects.toBeInstanceOf(ForbiddenError);
    await setFreeze({ actor: investigator, input: { colourId: w.colour.id, isFrozen: false, reason: "Explained by the ministry", caseId: opened.id } });
    expect(await approveInvoice({ actor: w.alice, invoiceId: blocked.id })).toMatchObject({ status: "paid" });

    await setFreeze({ actor: investigator, input: { colourId: w.colour.id, organizationId: w.general.id, isFrozen: true, reason: "Account under review" } });
    await expect(exitCircuit({ actor: w.gcUser, colourId: w.colour.id, organizationId: w.general.id, kind: "wages", amountTiyn: T(1_000), idempotencyKey: "w1" })).rejects.toMatchObject({ code: expect.stringMatching(/FROZEN/) });
    // The project account is not frozen: the ministry can still pay.
    const other = await concreteInvoice(w, { quantity: 5, price: 30_000 });
    expect(await approveInvoice({ actor: w.alice, invoiceId: other.id })).toMatchObject({ status: "paid" });

    // The supplier never held this colour: there is no account of it to freeze, and none is opened.
    await expect(setFreeze({ actor: investigator, input: { colourId: w.colour.id, organizationId: w.sub.id, isFrozen: true, reason: "Pre-emptive freeze" } })).rejects.toMatchObject({ code: "NOT_FOUND", params: { what: "account" } });
    await expect(setFreeze({ actor: investigator, input: { colourId: w.colour.id, organizationId: w.sub.id, isFrozen: false, reason: "Pre-emptive unfreeze" } })).rejects.toBeInstanceOf(NotFoundError);
    expect(await prisma().account.count({ where: { colourId: w.colour.id, organizationId: w.sub.id } })).toBe(0);

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
    expect([...files.keys()].sort()).toEqual(["README.txt", "case.json", "heads.json", "journal-public-key.pem", "journal.jsonl", "manifest.json", "receipts.json", "trace.json", "transfers.csv", "transfers.json"]);
    // The payment's receipt proves its journal entry offline with only the pack's public key (issue 17).
    const receipts = JSON.parse(files.get("receipts.json")!.toString()) as TReceipt[];
    expect(receipts.map((r) => (JSON.parse(r.entry.payload) as { transfer: number }).transfer)).toContain(Number(payment.id));
    for (const r of receipts) expect(verifyReceipt(r, crypto.createPublicKey(files.get("journal-public-key.pem")!.toString()))).toMatchObject({ ok: true });
    expect(files.get("transfers.csv")!.toString()).toContain(`${payment.id},`);
    // Every account is named: the paying project's own account too (issue 19: its name was empty).
    const [, row] = files.get("transfers.csv")!.toString().trim().split("\n");
    expect(row).toMatch(/ \(project account\)",company:/);
    // The file is named by the Almaty day, as every date the reader sees.
    expect(pack.fileName).toBe(`aiqyn-case-${opened.id}-${almatyDay(new Date())}.zip`);
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
    expect(Object.keys(manifest.sha256)).toHaveLength(9);
  });

  it("a case opened from a flag offers its colour to freeze; its pack holds the flag's payments, a trace and a journal segment the CLI verifies", async () => {
    const w = await buildWorld();
    // The subcontractor's founder directs the general contractor that pays it: a round trip.
    const director = await prisma().person.create({ data: { fullName: "Serik Abenov" } });
    await prisma().companyPerson.createMany({ data: [{ organizationId: w.general.id, personId: director.id, role: "director" }, { organizationId: w.sub.id, personId: director.id, role: "founder" }] });
    await approveInvoice({ actor: w.alice, invoiceId: (await concreteInvoice(w, { quantity: 100, price: 30_000 })).id });
    const down = await approveInvoice({ actor: w.gcUser, invoiceId: (await concreteInvoice(w, { quantity: 40, price: 29_000, sub: true })).id });
    await settleFlagRefreshes();
    const flag = await prisma().flag.findFirstOrThrow({ where: { colourId: w.colour.id, kind: "round_trip", status: "open" } });
    const evidence = flag.evidence as { transfers: string[] };
    expect(evidence.transfers).toEqual([down.transferId!.toString()]);
    // A publication before the case: the pack carries its heads to compare the chain with.
    const publication = await publishJournalHead({ actor: investigator });

    const opened = await openCase({ actor: investigator, input: { title: "Round trip through the subcontractor" }, attach: { type: "flag", id: String(flag.id) } });
    const c = await getCase({ actor: investigator, caseId: opened.id });
    expect(c.items).toMatchObject([{ type: "flag", id: String(flag.id), colourIds: [w.colour.id], companyIds: [w.sub.id], transferIds: evidence.transfers, flagKind: "round_trip", detail: "Beton Service KZ LLP" }]);
    // The freeze form offers the flag's colour, and the flagged company's account in it.
    expect(c.colours.map((col) => col.id)).toEqual([w.colour.id]);
    expect(c.companies).toMatchObject([{ id: w.sub.id, name: "Beton Service KZ LLP" }]);
    await setFreeze({ actor: investigator, input: { colourId: w.colour.id, isFrozen: true, reason: "Round trip under review", caseId: opened.id } });
    expect((await getCase({ actor: investigator, caseId: opened.id })).colours).toMatchObject([{ id: w.colour.id, isFrozen: true }]);

    const files = readZip((await buildEvidencePack({ actor: investigator, caseId: opened.id })).zip);
    const csv = files.get("transfers.csv")!.toString().trim().split("\n");
    expect(csv.slice(1).map((l) => l.split(",")[0])).toEqual(evidence.transfers);
    expect(JSON.parse(files.get("transfers.json")!.toString()).map((t: { id: string }) => t.id)).toEqual(evidence.transfers);
    const traces = JSON.parse(files.get("trace.json")!.toString()) as { item: string; direction: string; trace: { links: unknown[]; nodes: unknown[] } }[];
    expect(traces.map((t) => [t.item, t.direction])).toEqual([[`flag:${flag.id}`, "forward"]]);
    expect(traces[0]!.trace.links.length).toBeGreaterThan(0);
    expect(JSON.stringify(traces[0]!.trace)).toContain("Beton Service KZ LLP");

    // The journal segment: the colour's whole chain, with the freeze, checked offline by the real CLI.
    const journal = files.get("journal.jsonl")!.toString();
    const entries = journal.trim().split("\n").map((l) => JSON.parse(l) as { chain: number; seq: string; kind: string; hash: string });
    expect(new Set(entries.map((e) => e.chain))).toEqual(new Set([w.colour.id]));
    expect(entries.some((e) => e.kind === "freeze")).toBe(true);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "aiqyn-pack-")), "journal.jsonl");
    fs.writeFileSync(file, journal);
    const { stdout } = await promisify(execFile)(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/journal-verify.ts", "--file", file], { env: { ...process.env } });
    expect(stdout).toContain(`${entries.length} entries, 1 chains, all hashes and links intact`);
    const last = entries[entries.length - 1]!;
    expect(stdout).toContain(`chain ${w.colour.id}: head entry ${last.seq}, hash ${last.hash}, from genesis`);

    // heads.json: the chain's head as the CLI printed it, and the publication's heads, which re-compute its
    // digest and whose head of this chain is in the segment with the same hash.
    const heads = JSON.parse(files.get("heads.json")!.toString()) as TPackHeads;
    expect(heads.chains).toEqual([{ chain: w.colour.id, seq: last.seq, hash: last.hash }]);
    expect(heads.publication).toMatchObject({ id: publication.id, digest: publication.digest, includedChains: [w.colour.id], mismatchesAtExport: [] });
    const digest = crypto.createHash("sha256").update(heads.publication!.heads.map((h) => `${h.chain}:${h.seq}:${h.hash}`).join("\n")).digest("hex");
    expect(digest).toBe(publication.digest);
    const published = heads.publication!.heads.find((h) => h.chain === w.colour.id)!;
    expect(entries.find((e) => e.seq === published.seq)!.hash).toBe(published.hash);
    const readme = files.get("README.txt")!.toString();
    expect(readme).toContain("npm run journal:verify -- --file journal.jsonl");
    expect(readme).toContain(`chain ${w.colour.id}: entry ${last.seq}, hash ${last.hash}`);
    expect(readme).toContain(`chain ${w.colour.id}: entry ${published.seq}, hash ${published.hash}`);
    expect(readme).toContain(publication.digest);
  });
});
