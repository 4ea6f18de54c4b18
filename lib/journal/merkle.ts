// The journal's Merkle tree, as in Certificate Transparency (RFC 6962 / RFC 9162 §2.1): pure functions over
// hashes, no database. A leaf is SHA-256(0x00 ‖ data), a node SHA-256(0x01 ‖ left ‖ right); a tree of n leaves
// splits at the largest power of two below n. Every subtree the algorithms need is complete and aligned
// (it covers leaves [i·2^level, (i+1)·2^level)), so a stored tree only keeps those (journal_tree_node) and a
// proof reads O(log² n) of them, however large the journal.
import crypto from "node:crypto";

export type THash = Buffer;

/** A complete, aligned subtree's hash: level 0 is a leaf hash, level L covers 2^L leaves starting at index·2^L. */
export type TNodeSource = (level: number, index: bigint) => THash;

const LEAF = Buffer.from([0]);
const NODE = Buffer.from([1]);

// One-shot crypto.hash over one reused input buffer (decision 0151): a first build hashes two nodes per entry, and
// createHash() objects or a Buffer.concat per hash cost several times more. Safe to share: hashing is synchronous.
const LEAF_INPUT = Buffer.alloc(33);
const NODE_INPUT = Buffer.alloc(65, 1);

export function leafHash(data: Uint8Array): THash {
  if (data.length !== 32) return crypto.hash("sha256", Buffer.concat([LEAF, data]), "buffer");
  LEAF_INPUT.set(data, 1);
  return crypto.hash("sha256", LEAF_INPUT, "buffer");
}

/** leafHash of 32 bytes given as 64 hex digits (a journal entry's chain hash), without an intermediate buffer. */
export function leafHashOfHex(hex: string): THash {
  if (hex.length !== 64 || LEAF_INPUT.write(hex, 1, "hex") !== 32) return leafHash(Buffer.from(hex, "hex"));
  return crypto.hash("sha256", LEAF_INPUT, "buffer");
}

export function nodeHash(left: THash, right: THash): THash {
  if (left.length !== 32 || right.length !== 32) return crypto.hash("sha256", Buffer.concat([NODE, left, right]), "buffer");
  NODE_INPUT.set(left, 1);
  NODE_INPUT.set(right, 33);
  return crypto.hash("sha256", NODE_INPUT, "buffer");
}

/** The largest power of two strictly below n (n ≥ 2). */
function splitPoint(n: bigint): bigint {
  let k = 1n;
  while (k << 1n < n) k <<= 1n;
  return k;
}

function isPowerOfTwo(n: bigint): boolean {
  return n > 0n && (n & (n - 1n)) === 0n;
}

function log2(n: bigint): number {
  let level = 0;
  while (1n << BigInt(level) < n) level++;
  return level;
}

/** MTH(D[a:b]) from the stored complete subtrees. */
export function subtreeHash(node: TNodeSource, a: bigint, b: bigint): THash {
  const n = b - a;
  if (n <= 0n) throw new RangeError("empty subtree");
  if (isPowerOfTwo(n)) return node(log2(n), a / n);
  const k = splitPoint(n);
  return nodeHash(subtreeHash(node, a, a + k), subtreeHash(node, a + k, b));
}

const EMPTY_ROOT = crypto.createHash("sha256").digest();

/** The root of the first n leaves (the hash of the empty string for n = 0, as RFC 6962 says). */
export function treeRoot(node: TNodeSource, n: bigint): THash {
  return n === 0n ? EMPTY_ROOT : subtreeHash(node, 0n, n);
}

/** PATH(m, D[0:n]): the audit path of leaf m in a tree of n leaves, leaf-side first. */
export function inclusionProof(node: TNodeSource, m: bigint, n: bigint): THash[] {
  if (m < 0n || m >= n) throw new RangeError(`leaf ${m} is not in a tree of ${n} leaves`);
  const path = (m: bigint, a: bigint, b: bigint): THash[] => {
    if (b - a === 1n) return [];
    const k = splitPoint(b - a);
    return m < k ? [...path(m, a, a + k), subtreeHash(node, a + k, b)] : [...path(m - k, a + k, b), subtreeHash(node, a, a + k)];
  };
  return path(m, 0n, n);
}

/** PROOF(m, D[0:n]): that the tree of m leaves is a prefix of the tree of n leaves (0 < m ≤ n). */
export function consistencyProof(node: TNodeSource, m: bigint, n: bigint): THash[] {
  if (m <= 0n || m > n) throw new RangeError(`no consistency proof from ${m} to ${n} leaves`);
  const sub = (m: bigint, a: bigint, b: bigint, whole: boolean): THash[] => {
    const n = b - a;
    if (m === n) return whole ? [] : [subtreeHash(node, a, b)];
    const k = splitPoint(n);
    return m <= k ? [...sub(m, a, a + k, whole), subtreeHash(node, a + k, b)] : [...sub(m - k, a + k, b, false), subtreeHash(node, a, a + k)];
  };
  return sub(m, 0n, n, true);
}

/** RFC 9162 §2.1.3.2: recomputes the root from a leaf hash and its audit path. */
export function rootFromInclusionProof(leaf: THash, m: bigint, n: bigint, proof: THash[]): THash | null {
  if (m < 0n || m >= n) return null;
  let fn = m;
  let sn = n - 1n;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0n) return null;
    if ((fn & 1n) === 1n || fn === sn) {
      r = nodeHash(p, r);
      if ((fn & 1n) === 0n) {
        while ((fn & 1n) === 0n && fn !== 0n) {
          fn >>= 1n;
          sn >>= 1n;
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  return sn === 0n ? r : null;
}

export function verifyInclusion(leaf: THash, m: bigint, n: bigint, proof: THash[], root: THash): boolean {
  const computed = rootFromInclusionProof(leaf, m, n, proof);
  return computed !== null && computed.equals(root);
}

/** RFC 9162 §2.1.4.2: whether the tree of m leaves with oldRoot is a prefix of the tree of n leaves with newRoot. */
export function verifyConsistency(m: bigint, n: bigint, oldRoot: THash, newRoot: THash, proof: THash[]): boolean {
  if (m <= 0n || m > n) return false;
  if (m === n) return proof.length === 0 && oldRoot.equals(newRoot);
  let path = proof;
  if (isPowerOfTwo(m)) path = [oldRoot, ...proof];
  if (path.length === 0) return false;
  let fn = m - 1n;
  let sn = n - 1n;
  while ((fn & 1n) === 1n) {
    fn >>= 1n;
    sn >>= 1n;
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0n) return false;
    if ((fn & 1n) === 1n || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if ((fn & 1n) === 0n) {
        while ((fn & 1n) === 0n && fn !== 0n) {
          fn >>= 1n;
          sn >>= 1n;
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  return sn === 0n && fr.equals(oldRoot) && sr.equals(newRoot);
}

/**
 * The subtrees an algorithm reads, found by running it once with placeholder hashes: what it reads depends only on
 * the sizes and indexes, never on the hashes. A database source fetches them in one query, then runs it for real.
 */
export function nodesNeeded<T>(run: (node: TNodeSource) => T): { level: number; index: bigint }[] {
  const seen = new Map<string, { level: number; index: bigint }>();
  const zero = Buffer.alloc(32);
  run((level, index) => {
    seen.set(`${level}:${index}`, { level, index });
    return zero;
  });
  return [...seen.values()];
}

/** A node source over a map keyed `level:index`; a missing node is an error (the stored tree is incomplete). */
export function mapSource(nodes: Map<string, THash>): TNodeSource {
  return (level, index) => {
    const hash = nodes.get(`${level}:${index}`);
    if (!hash) throw new Error(`the tree has no node at level ${level}, index ${index}`);
    return hash;
  };
}

/**
 * Appends leaves to a tree that keeps its right edge (one complete subtree per set bit of its size): returns every
 * complete subtree the appended leaves closed, to be stored, and the new right edge. `frontier[level]` is the
 * pending left sibling at that level, if any.
 */
export function appendLeaves(size: bigint, frontier: Map<number, THash>, leaves: THash[]): { nodes: { level: number; index: bigint; hash: THash }[]; size: bigint; frontier: Map<number, THash> } {
  const edge = new Map(frontier);
  const nodes: { level: number; index: bigint; hash: THash }[] = [];
  let n = size;
  for (const leaf of leaves) {
    let index = n;
    let hash = leaf;
    let level = 0;
    nodes.push({ level, index, hash });
    while ((index & 1n) === 1n) {
      const left = edge.get(level);
      if (!left) throw new Error(`the tree's right edge has no node at level ${level}`);
      edge.delete(level);
      hash = nodeHash(left, hash);
      index >>= 1n;
      level++;
      nodes.push({ level, index, hash });
    }
    edge.set(level, hash);
    n++;
  }
  return { nodes, size: n, frontier: edge };
}

/** The complete subtrees one level of an append closed: indexes start, start + 1, … in order. */
export type TLevelRun = { level: number; start: bigint; hashes: THash[] };

/**
 * The same append as appendLeaves, level by level (decision 0151): the nodes a batch closes at level L are the
 * contiguous indexes [size >> L, newSize >> L), each the hash of two neighbours one level down (the leftmost one's
 * left child may be the old right edge). Returns one run per level, so a builder stores them in bulk, and the new
 * right edge. Same nodes, same hashes as appendLeaves, with plain number offsets instead of bigint per node.
 */
export function appendLevels(size: bigint, frontier: Map<number, THash>, leaves: THash[]): { levels: TLevelRun[]; size: bigint; frontier: Map<number, THash> } {
  const newSize = size + BigInt(leaves.length);
  const levels: TLevelRun[] = leaves.length ? [{ level: 0, start: size, hashes: leaves }] : [];
  for (let level = 1; leaves.length; level++) {
    const below = levels[level - 1]!;
    const start = size >> BigInt(level);
    const end = newSize >> BigInt(level);
    if (end <= start) break;
    const base = Number(2n * start - below.start); // 0, or -1 when the first left child is the old right edge
    const count = Number(end - start);
    const hashes: THash[] = new Array(count);
    for (let k = 0; k < count; k++) {
      const at = base + 2 * k;
      const left = at < 0 ? frontier.get(level - 1) : below.hashes[at];
      if (!left) throw new Error(`the tree's right edge has no node at level ${level - 1}`);
      hashes[k] = nodeHash(left, below.hashes[at + 1]!);
    }
    levels.push({ level, start, hashes });
  }
  const edge = new Map<number, THash>();
  for (const { level, index } of frontierNodes(newSize)) {
    const run = levels[level];
    const hash = run && index >= run.start ? run.hashes[Number(index - run.start)] : frontier.get(level);
    if (!hash) throw new Error(`the tree's right edge has no node at level ${level}`);
    edge.set(level, hash);
  }
  return { levels, size: newSize, frontier: edge };
}

/** The right edge of a tree of `size` leaves: which (level, index) nodes it consists of. */
export function frontierNodes(size: bigint): { level: number; index: bigint }[] {
  const out: { level: number; index: bigint }[] = [];
  for (let level = 0; size >> BigInt(level) > 0n; level++) {
    if (((size >> BigInt(level)) & 1n) === 1n) out.push({ level, index: (size >> BigInt(level)) - 1n });
  }
  return out;
}

/** Every complete subtree of a list of leaf hashes, for an offline verifier or a test. */
export function memoryTree(leaves: THash[]): { node: TNodeSource; size: bigint; root: THash } {
  const { nodes, size } = appendLeaves(0n, new Map(), leaves);
  const map = new Map(nodes.map((x) => [`${x.level}:${x.index}`, x.hash]));
  const node = mapSource(map);
  return { node, size, root: treeRoot(node, size) };
}

export const toHex = (h: THash) => h.toString("hex");
export const fromHex = (s: string) => Buffer.from(s, "hex");
