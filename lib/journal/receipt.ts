import "server-only";
import type { TActor } from "../actor";
import { prisma, type Db } from "../db";
import type { TReceipt } from "./checkpoint-format";
import { checkpointCovering, makeCheckpoint, signedOf } from "./checkpoint";
import { toHex } from "./merkle";
import { storedInclusionProof } from "./tree";

type TEntryRow = { id: bigint; chain: number; seq: bigint; kind: string; payload: string; prev_hash: string; hash: string; leaf: bigint | null };

/**
 * Whether this caller may have this entry's receipt (decision 0133): an investigator any; a contractor the
 * transfers its company paid or received; an official the decisions it made. Anything else reads as not found.
 */
async function mayRead(db: Db, actor: TActor, entry: TEntryRow): Promise<boolean> {
  if (actor.isSystem || actor.role === "investigator") return true;
  let payload: Record<string, unknown>;
  try {
    payload = JSON.parse(entry.payload) as Record<string, unknown>;
  } catch {
    return false;
  }
  if (actor.role === "official") return entry.kind !== "transfer" && payload.actor === actor.userId;
  if (actor.role === "contractor" && entry.kind === "transfer" && actor.organizationId !== null) {
    const accounts = [payload.from, payload.to].filter((a): a is number => typeof a === "number");
    if (accounts.length === 0) return false;
    const mine = await db.account.count({ where: { id: { in: accounts.map(BigInt) }, organizationId: actor.organizationId } });
    return mine > 0;
  }
  return false;
}

/** The receipt of one journal entry: the entry, its leaf index and its inclusion proof to a signed checkpoint; null when out of scope or unknown. */
export async function journalReceipt({ actor, chain, seq, db = prisma() }: { actor: TActor; chain: number; seq: bigint; db?: Db }): Promise<TReceipt | null> {
  const find = () => db.$queryRaw<TEntryRow[]>`
    SELECT e.id, e.chain, e.seq, e.kind, e.payload, e.prev_hash, e.hash, l.idx AS leaf
    FROM journal_entry e LEFT JOIN journal_leaf l ON l.entry_id = e.id WHERE e.chain = ${chain}::int AND e.seq = ${seq}::bigint`;
  let [entry] = await find();
  if (!entry || !(await mayRead(db, actor, entry))) return null;
  if (entry.leaf === null) {
    // Not yet in the tree: extend it and sign a checkpoint that holds it.
    await makeCheckpoint(db, { force: true });
    [entry] = await find();
  }
  const leaf = BigInt(entry!.leaf ?? -1n);
  const checkpoint = leaf < 0n ? null : await checkpointCovering(db, leaf);
  if (!checkpoint) return null;
  const proof = await storedInclusionProof(db, leaf, checkpoint.treeSize);
  return {
    v: 1,
    entry: { chain: entry!.chain, seq: entry!.seq.toString(), kind: entry!.kind, payload: entry!.payload, prevHash: entry!.prev_hash, hash: entry!.hash },
    leafIndex: leaf.toString(),
    proof: proof.map(toHex),
    checkpoint: signedOf(checkpoint),
  };
}

/**
 * The receipts of the transfers whose journal entries are among these exported lines (an evidence pack's
 * journal.jsonl), at most `limit`: each provable offline with `npm run journal:verify-receipt`.
 */
export async function transferReceipts({ actor, journalLines, transferIds, limit = 1000, db = prisma() }: { actor: TActor; journalLines: string[]; transferIds: Set<string>; limit?: number; db?: Db }): Promise<TReceipt[]> {
  const wanted: { chain: number; seq: bigint }[] = [];
  for (const line of journalLines) {
    if (wanted.length >= limit) break;
    const e = JSON.parse(line) as { chain: number; seq: string; kind: string; payload: string };
    if (e.kind !== "transfer") continue;
    const transfer = (JSON.parse(e.payload) as { transfer?: number | string }).transfer;
    if (transfer !== undefined && transferIds.has(String(transfer))) wanted.push({ chain: e.chain, seq: BigInt(e.seq) });
  }
  const receipts: TReceipt[] = [];
  for (const w of wanted) {
    const receipt = await journalReceipt({ actor, chain: w.chain, seq: w.seq, db });
    if (receipt) receipts.push(receipt);
  }
  return receipts;
}
