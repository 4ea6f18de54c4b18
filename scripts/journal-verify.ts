// npm run journal:verify [-- --file export.jsonl] [--heads CHECKPOINT.json …] [--key public.pem] — re-checks the
// hash chains of the database's journal, or of an exported file offline (no database needed); exits 1 naming the
// first broken entry. With --heads, also checks the journal against signed checkpoints saved earlier: every entry
// they vouched for is still there, unchanged and in its place, and each later one extends the earlier.
import crypto from "node:crypto";
import fs from "node:fs";
import readline from "node:readline";
import { CheckpointVerifier, openCheckpoint, type TCheckpointBody, type TCheckpointProblem, type TLeafEntry, type TSignedCheckpoint } from "../lib/journal/checkpoint-format";
import { ChainVerifier } from "../lib/ledger/journal-chain";

type TLine = { chain: number; seq: string; kind: string; payload: string; prevHash: string; hash: string; leaf?: string | null };

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
/** Every value after a flag up to the next flag: `--heads a.json b.json`. */
function args(name: string): string[] {
  const at = process.argv.indexOf(name);
  if (at === -1) return [];
  const rest = process.argv.slice(at + 1);
  const end = rest.findIndex((a) => a.startsWith("--"));
  return end === -1 ? rest : rest.slice(0, end);
}

function report(verifier: ChainVerifier, source: string): number {
  if (verifier.firstBroken) {
    const b = verifier.firstBroken;
    console.log(`✖ ${source}: BROKEN at chain ${b.chain}, entry ${b.seq}: ${b.reason} (${verifier.checked} entries read)`);
    return 1;
  }
  console.log(`✔ ${source}: ${verifier.checked} entries, ${verifier.chains().length} chains, all hashes and links intact`);
  for (const c of verifier.chains()) {
    const anchor = c.anchoredAt.seq === 1n ? "from genesis" : `anchored at entry ${c.anchoredAt.seq} (previous hash ${c.anchoredAt.prevHash})`;
    console.log(`  chain ${c.chain}: head entry ${c.seq}, hash ${c.hash}, ${anchor}`);
  }
  return 0;
}

function reportCheckpoints(problem: TCheckpointProblem | null, source: string, checkpoints: number, extra = ""): number {
  if (problem) {
    const where = problem.chain === null ? "" : ` at chain ${problem.chain}${problem.seq === null ? "" : `, entry ${problem.seq}`}`;
    console.log(`✖ ${source}: DOES NOT MATCH the checkpoint of ${problem.treeSize} entries${where}: ${problem.reason}`);
    return 1;
  }
  console.log(`✔ ${source}: every entry the ${checkpoints} saved checkpoint(s) vouched for is there, unchanged and in its place${extra}`);
  return 0;
}

/** The saved checkpoints, each signature checked with the portal's public key; exits 1 on a forged one. */
function loadCheckpoints(files: string[]): TCheckpointBody[] {
  const keyFile = arg("--key") ?? ".data/keys/journal-ed25519.pub.pem";
  if (!fs.existsSync(keyFile)) {
    console.error(`No public key at ${keyFile} (pass the portal's published key with --key)`);
    process.exit(2);
  }
  const key = crypto.createPublicKey(fs.readFileSync(keyFile, "utf8"));
  return files.map((f) => {
    let signed: TSignedCheckpoint;
    try {
      signed = JSON.parse(fs.readFileSync(f, "utf8")) as TSignedCheckpoint;
    } catch {
      console.log(`✖ ${f}: not a readable checkpoint file`);
      process.exit(1);
    }
    const opened = openCheckpoint(signed, key);
    if (!opened.ok) {
      console.log(`✖ ${f}: ${opened.reason}`);
      process.exit(1);
    }
    return opened.value;
  });
}

async function readExport(file: string): Promise<TLine[]> {
  const lines: TLine[] = [];
  let lineNo = 0;
  for await (const line of readline.createInterface({ input: fs.createReadStream(file) })) {
    lineNo++;
    if (!line.trim()) continue;
    try {
      lines.push(JSON.parse(line) as TLine);
    } catch {
      console.log(`✖ ${file}: line ${lineNo} is not JSON`);
      process.exit(1);
    }
  }
  return lines;
}

const toEntry = (e: TLine) => ({ chain: Number(e.chain), seq: BigInt(e.seq), kind: e.kind, payload: e.payload, prevHash: e.prevHash, hash: e.hash });

async function verifyFile(file: string, checkpoints: TCheckpointBody[] | null): Promise<number> {
  if (!fs.existsSync(file)) {
    console.error(`No such file: ${file}`);
    return 2;
  }
  const lines = await readExport(file);
  const verifier = new ChainVerifier();
  for (const e of lines) if (verifier.add(toEntry(e))) break;
  const chains = report(verifier, file);
  if (!checkpoints || chains !== 0) return chains;
  // The export is in (chain, seq) order; the tree's order is the leaves'.
  const leaves: TLeafEntry[] = lines.filter((e) => e.leaf !== null && e.leaf !== undefined).map((e) => ({ ...toEntry(e), leaf: BigInt(e.leaf!) }));
  leaves.sort((a, b) => (a.leaf < b.leaf ? -1 : a.leaf > b.leaf ? 1 : 0));
  const cv = new CheckpointVerifier(checkpoints);
  for (const e of leaves) if (cv.add(e)) break;
  // Recomputing every checkpoint's root from the same leaves proves each later one extends the earlier.
  return reportCheckpoints(cv.problem ?? cv.finish(), file, checkpoints.length);
}

async function verifyDatabase(checkpoints: TCheckpointBody[] | null): Promise<number> {
  const { openDatabase } = await import("./lib/cli-db.mjs");
  const stop = await openDatabase();
  const { prisma, closeDb } = await import("../lib/db");
  const { verifyDatabaseJournal } = await import("../lib/ledger/verify-journal");
  const verifier = await verifyDatabaseJournal(prisma(), { onProgress: (n) => process.stderr.write(`\r${n} entries checked`) });
  process.stderr.write("\n");
  let code = report(verifier, "database journal");
  if (checkpoints && code === 0) {
    const { verifyAgainstCheckpoints } = await import("../lib/journal/verify-checkpoints");
    const check = await verifyAgainstCheckpoints(prisma(), checkpoints);
    code = reportCheckpoints(check.problem, "database journal", checkpoints.length, `; ${check.consistencyChecked} consistency proof(s) hold up to today's tree`);
  }
  await closeDb();
  await stop();
  return code;
}

// tsx runs this file as CommonJS (no top-level await).
async function main() {
  const file = arg("--file");
  const headFiles = args("--heads");
  const checkpoints = headFiles.length ? loadCheckpoints(headFiles) : null;
  process.exit(file ? await verifyFile(file, checkpoints) : await verifyDatabase(checkpoints));
}

void main();
