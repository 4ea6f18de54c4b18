// What outsiders hold and check with no database: a signed checkpoint, a receipt, and the verifier that walks the
// journal's entries in leaf order against saved checkpoints. Pure (node:crypto only), so the CLI verifies offline
// with only the portal's public key (decision 0131).
import crypto from "node:crypto";
import { canonicalJson } from "../ledger/canonical-json";
import { ChainVerifier, entryHash, type TJournalEntry } from "../ledger/journal-chain";
import { appendLeaves, fromHex, leafHash, treeRoot, verifyInclusion, type THash } from "./merkle";

export const CHECKPOINT_ORIGIN = "aiqyn journal";

export type TCheckpointHead = { chain: number; seq: string; hash: string; leaf: string };
/** The signed content: every chain's head inside the tree, the tree's size and root, and the time. */
export type TCheckpointBody = { v: 1; origin: string; treeSize: string; root: string; heads: TCheckpointHead[]; at: string };
/** A checkpoint as published and saved: the exact signed text, the key's id and the Ed25519 signature (base64). */
export type TSignedCheckpoint = { body: string; keyId: string; signature: string };

export type TReceipt = {
  v: 1;
  entry: { chain: number; seq: string; kind: string; payload: string; prevHash: string; hash: string };
  leafIndex: string;
  /** The audit path (hex), leaf side first, to the checkpoint's root. */
  proof: string[];
  checkpoint: TSignedCheckpoint;
};

export const checkpointBodyText = (body: TCheckpointBody) => canonicalJson(body);

/** The key's id: the first 16 hex digits of SHA-256 over its SubjectPublicKeyInfo (DER). */
export function keyIdOf(publicKey: crypto.KeyObject): string {
  return crypto.createHash("sha256").update(publicKey.export({ type: "spki", format: "der" })).digest("hex").slice(0, 16);
}

export function signCheckpoint(body: TCheckpointBody, privateKey: crypto.KeyObject, publicKey: crypto.KeyObject): TSignedCheckpoint {
  const text = checkpointBodyText(body);
  return { body: text, keyId: keyIdOf(publicKey), signature: crypto.sign(null, Buffer.from(text, "utf8"), privateKey).toString("base64") };
}

export type TCheckResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/** The checkpoint's content if it was signed by this key and is well formed; otherwise why not. */
export function openCheckpoint(signed: TSignedCheckpoint, publicKey: crypto.KeyObject): TCheckResult<TCheckpointBody> {
  if (!signed || typeof signed.body !== "string" || typeof signed.signature !== "string") return { ok: false, reason: "not a signed checkpoint (body and signature expected)" };
  if (signed.keyId !== keyIdOf(publicKey)) return { ok: false, reason: `signed with key ${signed.keyId}, not the portal's key ${keyIdOf(publicKey)}` };
  let valid = false;
  try {
    valid = crypto.verify(null, Buffer.from(signed.body, "utf8"), publicKey, Buffer.from(signed.signature, "base64"));
  } catch {
    valid = false;
  }
  if (!valid) return { ok: false, reason: "its signature does not match its content (forged or altered checkpoint)" };
  let body: TCheckpointBody;
  try {
    body = JSON.parse(signed.body) as TCheckpointBody;
  } catch {
    return { ok: false, reason: "its signed content is not JSON" };
  }
  if (body.v !== 1 || body.origin !== CHECKPOINT_ORIGIN || !/^[0-9a-f]{64}$/.test(body.root) || !Array.isArray(body.heads)) return { ok: false, reason: "its signed content is not a journal checkpoint" };
  return { ok: true, value: body };
}

/** A receipt holds if its entry's content gives its hash, the hash is a leaf of the checkpoint's tree, and the portal signed that checkpoint. */
export function verifyReceipt(receipt: TReceipt, publicKey: crypto.KeyObject): TCheckResult<{ checkpoint: TCheckpointBody; entry: TReceipt["entry"] }> {
  const opened = openCheckpoint(receipt?.checkpoint, publicKey);
  if (!opened.ok) return { ok: false, reason: `checkpoint: ${opened.reason}` };
  const e = receipt.entry;
  if (!e || entryHash(e.prevHash, e.chain, BigInt(e.seq), e.kind, e.payload) !== e.hash) return { ok: false, reason: `chain ${e?.chain}, entry ${e?.seq}: its content does not match its hash (the entry was altered)` };
  const included = verifyInclusion(leafHash(fromHex(e.hash)), BigInt(receipt.leafIndex), BigInt(opened.value.treeSize), receipt.proof.map(fromHex), fromHex(opened.value.root));
  if (!included) return { ok: false, reason: `chain ${e.chain}, entry ${e.seq}: the inclusion proof does not lead to the checkpoint's root (the entry is not the one the checkpoint vouched for)` };
  return { ok: true, value: { checkpoint: opened.value, entry: e } };
}

export type TLeafEntry = TJournalEntry & { leaf: bigint };
export type TCheckpointProblem = { chain: number | null; seq: bigint | null; treeSize: bigint; reason: string };

/**
 * Walks the journal's entries in leaf order (keeping only the tree's right edge: O(log n) memory) and checks, at each
 * saved checkpoint's size, its root and every chain head it names. Stops at the first problem and names the chain
 * and entry. Saved checkpoints must already be opened (signature checked).
 */
export class CheckpointVerifier {
  private size = 0n;
  private frontier = new Map<number, THash>();
  private chains = new ChainVerifier();
  private pending: TCheckpointBody[];
  private headsAt = new Map<bigint, { cp: TCheckpointBody; head: TCheckpointHead }>();
  problem: TCheckpointProblem | null = null;
  checkedCheckpoints = 0;

  constructor(checkpoints: TCheckpointBody[]) {
    this.pending = [...checkpoints].sort((a, b) => (BigInt(a.treeSize) < BigInt(b.treeSize) ? -1 : 1));
    for (const cp of this.pending) for (const head of cp.heads) this.headsAt.set(BigInt(head.leaf), { cp, head });
    this.closeReached();
  }

  add(e: TLeafEntry): TCheckpointProblem | null {
    if (this.problem) return this.problem;
    const fail = (reason: string, cp?: TCheckpointBody) => (this.problem = { chain: e.chain, seq: e.seq, treeSize: BigInt(cp?.treeSize ?? this.size), reason });
    if (e.leaf < this.size) return fail(`leaf ${e.leaf} appears twice`);
    if (e.leaf > this.size) return this.gap(e);
    const broken = this.chains.add(e);
    if (broken) return (this.problem = { chain: broken.chain, seq: broken.seq, treeSize: this.size, reason: broken.reason });
    const vouched = this.headsAt.get(e.leaf);
    if (vouched && (vouched.head.chain !== e.chain || vouched.head.seq !== e.seq.toString() || vouched.head.hash !== e.hash)) {
      return fail(`the checkpoint of ${vouched.cp.treeSize} entries put chain ${vouched.head.chain}, entry ${vouched.head.seq} (hash ${vouched.head.hash}) at leaf ${e.leaf}; the journal has this entry there instead (entries changed or reordered)`, vouched.cp);
    }
    const r = appendLeaves(this.size, this.frontier, [leafHash(fromHex(e.hash))]);
    this.size = r.size;
    this.frontier = r.frontier;
    return this.closeReached();
  }

  /**
   * Leaves before this entry are gone. A chain's tail deleted with its head rewound leaves the chain itself intact, so
   * name what the checkpoint vouched for there when it can: a chain head that stood on a missing leaf.
   */
  private gap(e: TLeafEntry): TCheckpointProblem {
    const missing = e.leaf - this.size === 1n ? `leaf ${this.size} is` : `leaves ${this.size}–${e.leaf - 1n} are`;
    const cp = this.pending[0];
    let lost: { cp: TCheckpointBody; head: TCheckpointHead } | undefined;
    for (const [leaf, vouched] of this.headsAt) if (leaf >= this.size && leaf < e.leaf && (!lost || leaf < BigInt(lost.head.leaf))) lost = vouched;
    if (lost) {
      return (this.problem = {
        chain: lost.head.chain,
        seq: BigInt(lost.head.seq),
        treeSize: BigInt(lost.cp.treeSize),
        reason: `${missing} missing before chain ${e.chain}, entry ${e.seq} (leaf ${e.leaf}): the checkpoint vouched for chain ${lost.head.chain} up to entry ${lost.head.seq} at leaf ${lost.head.leaf}, and that entry was deleted (with its chain's head rewound if the chain still verifies)`,
      });
    }
    return (this.problem = { chain: e.chain, seq: e.seq, treeSize: BigInt(cp?.treeSize ?? this.size), reason: `${missing} missing before this entry (leaf ${e.leaf}): entries were deleted` });
  }

  /** After the last entry: a checkpoint larger than what was read vouched for entries that are gone. */
  finish(): TCheckpointProblem | null {
    if (this.problem || this.pending.length === 0) return this.problem;
    const cp = this.pending[0]!;
    const state = new Map(this.chains.chains().map((c) => [c.chain, c.seq]));
    const gone = cp.heads.find((h) => (state.get(h.chain) ?? 0n) < BigInt(h.seq));
    const from = gone ? (state.get(gone.chain) ?? 0n) + 1n : null;
    this.problem = {
      chain: gone?.chain ?? null,
      seq: from,
      treeSize: BigInt(cp.treeSize),
      reason: gone ? `the checkpoint of ${cp.treeSize} entries vouched for chain ${gone.chain} up to entry ${gone.seq}; entries ${from}–${gone.seq} are missing (the tail was truncated)` : `the checkpoint vouched for ${cp.treeSize} entries; the journal has only ${this.size}`,
    };
    return this.problem;
  }

  get read() {
    return this.size;
  }

  private closeReached(): TCheckpointProblem | null {
    while (this.pending.length && BigInt(this.pending[0]!.treeSize) === this.size) {
      const cp = this.pending.shift()!;
      const root = treeRoot(frontierSource(this.size, this.frontier), this.size);
      if (root.toString("hex") !== cp.root) {
        return (this.problem = { chain: null, seq: null, treeSize: this.size, reason: `the first ${cp.treeSize} entries do not give the root the checkpoint signed (entries changed or reordered)` });
      }
      this.checkedCheckpoints++;
    }
    return null;
  }
}

/** The root of a tree needs exactly its right edge: a node source over it. */
function frontierSource(size: bigint, frontier: Map<number, THash>) {
  return (level: number, index: bigint) => {
    const hash = frontier.get(level);
    if (!hash || index !== (size >> BigInt(level)) - 1n) throw new Error(`no right-edge node at level ${level}, index ${index}`);
    return hash;
  };
}
