// Issue 17: an insider with database rights who rewrites or truncates the journal (and rewinds its heads) is caught
// by anyone who kept a signed checkpoint; receipts prove one entry offline with only the public key.
import { execFile } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR, type TActor } from "../../lib/actor";
import { prisma } from "../../lib/db";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { makeCheckpoint } from "../../lib/journal/checkpoint";
import { openCheckpoint, signCheckpoint, verifyReceipt, type TCheckpointBody, type TSignedCheckpoint } from "../../lib/journal/checkpoint-format";
import { journalReceipt } from "../../lib/journal/receipt";
import { receiptPageView } from "../../lib/journal/receipt-view";
import { publicKeyPath, signingKey } from "../../lib/journal/signing-key";
import { extendJournalTree } from "../../lib/journal/tree";
import { verifyAgainstCheckpoints } from "../../lib/journal/verify-checkpoints";
import { appendJournal } from "../../lib/ledger/journal";
import { entryHash } from "../../lib/ledger/journal-chain";
import { exportJournal, verifyDatabaseJournal } from "../../lib/ledger/verify-journal";
import { buildWorld, concreteInvoice } from "../support/ledger-fixtures";

const investigator: TActor = { ...SYSTEM_ACTOR, isSystem: false, role: "investigator", userId: 4343, name: "Askar", organizationId: null, organizationKind: null, isFinance: false };

// The key the portal signs with (tests/integration/setup.ts points AIQYN_KEY_DIR outside the checkout).
const key = () => signingKey();
function open(signed: TSignedCheckpoint): TCheckpointBody {
  const opened = openCheckpoint(signed, key().publicKey);
  if (!opened.ok) throw new Error(opened.reason);
  return opened.value;
}

/** A journal with payments in it, and the checkpoint an outsider saved. */
async function journalWithCheckpoint() {
  const w = await buildWorld();
  await approveInvoice({ actor: w.alice, invoiceId: (await concreteInvoice(w)).id });
  const saved = await makeCheckpoint(prisma());
  return { w, saved: saved!, body: open(saved!) };
}

/** What an insider with database rights does: the append-only triggers switched off for one transaction. */
async function asInsider(sql: string[]) {
  const db = prisma();
  await db.$transaction([db.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`), ...sql.map((s) => db.$executeRawUnsafe(s))]);
}

async function lastLeafEntry() {
  const [row] = await prisma().$queryRaw<{ id: bigint; chain: number; seq: bigint; leaf: bigint }[]>`
    SELECT e.id, e.chain, e.seq, l.idx AS leaf FROM journal_leaf l JOIN journal_entry e ON e.id = l.entry_id ORDER BY l.idx DESC LIMIT 1`;
  return row!;
}

async function transferEntry() {
  return (await prisma().journalEntry.findFirst({ where: { kind: "transfer" }, orderBy: { id: "asc" } }))!;
}

/** Rewrites one entry and re-hashes the rest of its chain and its head, so that the chain alone still verifies. */
async function rewriteChain(chain: number, seq: bigint, change: (payload: string) => string) {
  const entries = await prisma().journalEntry.findMany({ where: { chain, seq: { gte: seq } }, orderBy: { seq: "asc" } });
  let prev = entries[0]!.prevHash;
  const sql: string[] = [];
  for (const e of entries) {
    const payload = e.seq === seq ? change(e.payload) : e.payload;
    const hash = entryHash(prev, chain, e.seq, e.kind, payload);
    sql.push(`UPDATE journal_entry SET payload = '${payload.replace(/'/g, "''")}', prev_hash = '${prev}', hash = '${hash}' WHERE id = ${e.id}`);
    prev = hash;
  }
  sql.push(`UPDATE journal_head SET hash = '${prev}' WHERE chain = ${chain}`);
  await asInsider(sql);
}

describe("journal checkpoints and receipts", () => {
  it("the tree grows incrementally, a checkpoint vouches for it, and a later one extends the earlier (consistency)", async () => {
    const { w, body } = await journalWithCheckpoint();
    // Every entry but the checkpoint's own (appended after it was signed).
    expect(BigInt(body.treeSize)).toBe(BigInt(await prisma().journalEntry.count()) - 1n);
    // Nothing new but the checkpoint's own journal entry: no new checkpoint.
    expect(await makeCheckpoint(prisma())).toBeNull();
    await approveInvoice({ actor: w.alice, invoiceId: (await concreteInvoice(w)).id });
    expect((await extendJournalTree()).added).toBeGreaterThan(0);
    const later = open((await makeCheckpoint(prisma()))!);
    expect(BigInt(later.treeSize)).toBeGreaterThan(BigInt(body.treeSize));
    const check = await verifyAgainstCheckpoints(prisma(), [later, body]);
    expect(check).toMatchObject({ problem: null, checkpoints: 2, consistencyChecked: 2 });
    // The checkpoint is recorded in the journal itself.
    expect(await prisma().journalEntry.count({ where: { chain: 0, kind: "checkpoint" } })).toBe(2);
  });

  it("a receipt verifies offline with only the public key; a changed entry or proof in it does not", async () => {
    const { w } = await journalWithCheckpoint();
    await approveInvoice({ actor: w.alice, invoiceId: (await concreteInvoice(w)).id });
    const t = await prisma().journalEntry.findFirst({ where: { kind: "transfer" }, orderBy: { id: "desc" } });
    // This payment is not in any checkpoint yet: the receipt signs one that holds it.
    const receipt = (await journalReceipt({ actor: investigator, chain: t!.chain, seq: t!.seq }))!;
    const publicOnly = crypto.createPublicKey(key().publicPem);
    expect(verifyReceipt(receipt, publicOnly)).toMatchObject({ ok: true });
    const changed = { ...receipt, entry: { ...receipt.entry, payload: receipt.entry.payload.replace(/"amount": "\d+"/, '"amount": "1"') } };
    expect(verifyReceipt(changed, publicOnly)).toMatchObject({ ok: false });
    const bent = { ...receipt, proof: receipt.proof.map((p, i) => (i === 0 ? "0".repeat(64) : p)) };
    expect(verifyReceipt(bent, publicOnly)).toMatchObject({ ok: false });
    // Scope: the general contractor received the payment, the subcontractor did not; the official who set the
    // colour's rules has that decision's receipt, another official of the ministry does not.
    expect(await journalReceipt({ actor: w.gcUser, chain: t!.chain, seq: t!.seq })).not.toBeNull();
    expect(await journalReceipt({ actor: w.subUser, chain: t!.chain, seq: t!.seq })).toBeNull();
    // The readable page says the proof holds, for the same callers only.
    expect(await receiptPageView({ actor: w.gcUser, chain: String(t!.chain), seq: t!.seq.toString() })).toMatchObject({ holds: true, entry: { kind: "transfer" } });
    expect(await receiptPageView({ actor: w.subUser, chain: String(t!.chain), seq: t!.seq.toString() })).toBeNull();
    expect(await receiptPageView({ actor: investigator, chain: "x", seq: "1" })).toBeNull();
    const approval = await prisma().journalEntry.findFirst({ where: { kind: "rules" } });
    expect(await journalReceipt({ actor: w.alice, chain: approval!.chain, seq: approval!.seq })).not.toBeNull();
    expect(await journalReceipt({ actor: w.bob, chain: approval!.chain, seq: approval!.seq })).toBeNull();
  });

  it("a changed amount is caught, naming the chain and entry", async () => {
    const { body } = await journalWithCheckpoint();
    const t = await transferEntry();
    await asInsider([`UPDATE journal_entry SET payload = replace(payload, '"amount": "', '"amount": "9') WHERE id = ${t.id}`]);
    const { problem } = await verifyAgainstCheckpoints(prisma(), [body]);
    expect(problem).toMatchObject({ chain: t.chain, seq: t.seq });
    expect(problem!.reason).toMatch(/altered/);
  });

  it("a changed payload with the rest of its chain and its head re-hashed (the chain alone verifies) is caught", async () => {
    const { body } = await journalWithCheckpoint();
    const t = await transferEntry();
    await rewriteChain(t.chain, t.seq, (p) => p.replace(/"to": \d+/, '"to": 1'));
    expect((await verifyDatabaseJournal(prisma())).firstBroken).toBeNull();
    const { problem } = await verifyAgainstCheckpoints(prisma(), [body]);
    expect(problem).not.toBeNull();
    expect(problem!.chain).toBe(t.chain);
    expect(problem!.reason).toMatch(/changed or reordered/);
  });

  it("a deleted row is caught, naming the chain and entry after the gap", async () => {
    const { body } = await journalWithCheckpoint();
    const t = await transferEntry();
    await asInsider([`DELETE FROM journal_entry WHERE id = ${t.id}`]);
    const { problem } = await verifyAgainstCheckpoints(prisma(), [body]);
    expect(problem).toMatchObject({ chain: t.chain });
    expect(problem!.reason).toMatch(/missing|deleted/);
  });

  it("a truncated tail with its head rewound passes the chain check but not the checkpoint", async () => {
    const { body } = await journalWithCheckpoint();
    const last = await lastLeafEntry();
    const previous = (await prisma().journalEntry.findUnique({ where: { chain_seq: { chain: last.chain, seq: last.seq - 1n } } }))!;
    await asInsider([
      `DELETE FROM journal_leaf WHERE idx = ${last.leaf}`,
      `DELETE FROM journal_entry WHERE id = ${last.id}`,
      `UPDATE journal_head SET seq = ${previous.seq}, hash = '${previous.hash}' WHERE chain = ${last.chain}`,
    ]);
    expect((await verifyDatabaseJournal(prisma())).firstBroken).toBeNull();
    const { problem } = await verifyAgainstCheckpoints(prisma(), [body]);
    expect(problem).toMatchObject({ chain: last.chain, seq: last.seq });
    expect(problem!.reason).toMatch(/truncated/);
  });

  it("a chain's tail cut in the middle of the journal, head rewound, is named by the checkpoint's head", async () => {
    // Chain 1 (the colour) grows after a second chain's head: that head is not the journal's last entry.
    const w = await buildWorld();
    const other = w.colour.id + 1000;
    for (const note of [1, 2]) await prisma().$transaction((tx) => appendJournal(tx, other, "note", { note }));
    await approveInvoice({ actor: w.alice, invoiceId: (await concreteInvoice(w)).id });
    const body = open((await makeCheckpoint(prisma()))!);
    const head = body.heads.find((h) => h.chain === other)!;
    expect(BigInt(head.leaf)).toBeLessThan(BigInt(body.treeSize) - 1n);
    const [first, second] = await prisma().journalEntry.findMany({ where: { chain: other }, orderBy: { seq: "asc" } });
    await asInsider([
      `DELETE FROM journal_leaf WHERE entry_id = ${second!.id}`,
      `DELETE FROM journal_entry WHERE id = ${second!.id}`,
      `UPDATE journal_head SET seq = ${first!.seq}, hash = '${first!.hash}' WHERE chain = ${other}`,
    ]);
    expect((await verifyDatabaseJournal(prisma())).firstBroken).toBeNull();
    const { problem } = await verifyAgainstCheckpoints(prisma(), [body]);
    expect(problem).toMatchObject({ chain: other, seq: 2n, treeSize: BigInt(body.treeSize) });
    expect(problem!.reason).toMatch(new RegExp(`vouched for chain ${other} up to entry 2`));
  });

  it("reordered entries are caught", async () => {
    const { body } = await journalWithCheckpoint();
    const leaves = await prisma().$queryRaw<{ idx: bigint; entry_id: bigint }[]>`SELECT idx, entry_id FROM journal_leaf ORDER BY idx`;
    const [a, b] = [leaves.at(-2)!, leaves.at(-1)!];
    await asInsider([`UPDATE journal_leaf SET entry_id = -1 WHERE idx = ${a.idx}`, `UPDATE journal_leaf SET entry_id = ${a.entry_id} WHERE idx = ${b.idx}`, `UPDATE journal_leaf SET entry_id = ${b.entry_id} WHERE idx = ${a.idx}`]);
    const { problem } = await verifyAgainstCheckpoints(prisma(), [body]);
    expect(problem).not.toBeNull();
    expect(problem!.chain).not.toBeNull();
    expect(problem!.reason).toMatch(/reordered|missing or repeated/);
  });

  it("a forged or re-signed checkpoint is refused", async () => {
    const { saved } = await journalWithCheckpoint();
    const portal = key().publicKey;
    const forgedBody = saved.body.replace(/"treeSize":"(\d+)"/, (_m, n: string) => `"treeSize":"${BigInt(n) + 1000n}"`);
    expect(openCheckpoint({ ...saved, body: forgedBody }, portal)).toMatchObject({ ok: false, reason: expect.stringMatching(/signature/) });
    const other = crypto.generateKeyPairSync("ed25519");
    const resigned = signCheckpoint(JSON.parse(forgedBody) as TCheckpointBody, other.privateKey, other.publicKey);
    expect(openCheckpoint(resigned, portal)).toMatchObject({ ok: false, reason: expect.stringMatching(/not the portal's key/) });
    expect(openCheckpoint({ ...resigned, keyId: saved.keyId }, portal)).toMatchObject({ ok: false, reason: expect.stringMatching(/signature/) });
    expect(openCheckpoint(saved, portal)).toMatchObject({ ok: true });
  });

  it("the CLI catches a truncated export against a saved checkpoint, and checks a receipt offline", async () => {
    const { saved } = await journalWithCheckpoint();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aiqyn-proofs-"));
    const [checkpointFile, exportFile, receiptFile] = ["checkpoint.json", "journal.jsonl", "receipt.json"].map((f) => path.join(dir, f));
    fs.writeFileSync(checkpointFile!, JSON.stringify({ body: saved.body, keyId: saved.keyId, signature: saved.signature }));
    const lines: string[] = [];
    for await (const line of exportJournal(prisma())) lines.push(line);
    const cli = async (script: string, args: string[]) => {
      try {
        const { stdout } = await promisify(execFile)(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", script, ...args], { env: { ...process.env } });
        return { code: 0, out: stdout };
      } catch (error) {
        const e = error as { code: number; stdout: string; stderr: string };
        return { code: e.code, out: `${e.stdout}${e.stderr}` };
      }
    };
    const keyArgs = ["--key", publicKeyPath()];
    fs.writeFileSync(exportFile!, lines.join("\n") + "\n");
    expect(await cli("scripts/journal-verify.ts", ["--file", exportFile!, "--heads", checkpointFile!, ...keyArgs])).toMatchObject({ code: 0, out: expect.stringContaining("unchanged and in its place") });
    // The last leaf's entry cut off: its chain still verifies alone, the checkpoint names what is gone.
    const last = lines.map((l) => JSON.parse(l) as { chain: number; seq: string; leaf: string | null }).filter((e) => e.leaf !== null).sort((a, b) => Number(b.leaf) - Number(a.leaf))[0]!;
    fs.writeFileSync(exportFile!, lines.filter((l) => !l.includes(`"leaf":"${last.leaf}"`)).join("\n") + "\n");
    const cut = await cli("scripts/journal-verify.ts", ["--file", exportFile!, "--heads", checkpointFile!, ...keyArgs]);
    expect(cut.code).toBe(1);
    expect(cut.out).toContain(`at chain ${last.chain}, entry ${last.seq}`);
    expect(cut.out).toContain("truncated");

    const t = await transferEntry();
    fs.writeFileSync(receiptFile!, JSON.stringify(await journalReceipt({ actor: investigator, chain: t.chain, seq: t.seq })));
    expect(await cli("scripts/journal-verify-receipt.ts", [receiptFile!, ...keyArgs])).toMatchObject({ code: 0, out: expect.stringContaining(`chain ${t.chain}, entry ${t.seq}`) });
    const other = crypto.generateKeyPairSync("ed25519").publicKey.export({ type: "spki", format: "pem" }).toString();
    fs.writeFileSync(path.join(dir, "other.pem"), other);
    expect(await cli("scripts/journal-verify-receipt.ts", [receiptFile!, "--key", path.join(dir, "other.pem")])).toMatchObject({ code: 1, out: expect.stringContaining("not the portal's key") });
  }, 120_000);
});
