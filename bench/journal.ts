// npm run bench:journal [-- --entries N] [--new N] [--proofs N] [--json] [--database-url URL]: the journal's Merkle tree on a fresh
// database (DATABASE_URL's server, else the embedded one) holding N synthetic journal entries over 2,000 chains:
// the first tree build, a checkpoint after M new entries, and inclusion / consistency proofs at random leaves.
// Entries are written straight in SQL with random hashes (the tree hashes what is stored; it does not re-check the
// chains), so the figures are the tree's own. Prints a table (or JSON) and exits 0.
// With --database-url URL the bench runs on that database's own journal instead (the national dataset, say): the first
// tree build is what the tree lacks there (all of it on a freshly seeded database), and the new entries are real
// chained entries (kind "bench") appended through the journal's own function on random existing chains, so
// `journal:verify` stays clean afterwards. That database is changed: use a scratch one.
import os from "node:os";
import fs from "node:fs";
import path from "node:path";
import { createTestDatabase } from "../scripts/lib/test-db.mjs";
import { migrate } from "../scripts/lib/migrate.mjs";
import { arg, asJson, log, option } from "./args";

const ENTRIES = arg("--entries", 200_000);
const NEW = arg("--new", 1_000);
const PROOFS = arg("--proofs", 200);
const EXISTING = option("--database-url");

async function insertEntries(db: import("../lib/db").Db, from: number, count: number) {
  // seq per chain from the row number: chain = n % 2000 + 1 (chain 0 takes the checkpoints), seq = n / 2000 + 1.
  for (let at = from; at < from + count; at += 50_000) {
    const to = Math.min(from + count, at + 50_000) - 1;
    await db.$executeRawUnsafe(`
      INSERT INTO journal_entry (chain, seq, kind, payload, prev_hash, hash)
      SELECT n % 2000 + 1, n / 2000 + 1, 'transfer', '{"bench":' || n || '}', repeat('0', 64), encode(sha256(convert_to('bench' || n, 'UTF8')), 'hex')
      FROM generate_series(${at}, ${to}) AS n`);
  }
}

async function time<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await run();
  return { ms: performance.now() - t, value };
}

/** Appends `count` real chained entries through the journal's own function on random existing colour chains. */
async function appendRealEntries(db: import("../lib/db").Db, count: number) {
  const { appendJournal } = await import("../lib/ledger/journal");
  const chains = (await db.$queryRaw<{ id: number }[]>`SELECT id FROM colour ORDER BY random() LIMIT 500`).map((r) => r.id);
  for (let i = 0; i < count; i++) {
    await db.$transaction((tx) => appendJournal(tx, chains[i % chains.length]!, "bench", { bench: i }));
  }
}

async function openDatabase() {
  if (EXISTING) return { url: EXISTING, kind: "server", dispose: async () => {} };
  const database = await createTestDatabase({ label: "benchjournal" });
  await migrate(database.url);
  return database;
}

async function main() {
  const database = await openDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET ??= "bench-does-not-sign-sessions-0000";
  process.env.AIQYN_KEY_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "aiqyn-bench-keys-"));
  const { prisma, closeDb } = await import("../lib/db");
  const { makeCheckpoint } = await import("../lib/journal/checkpoint");
  const { extendJournalTree, storedInclusionProof, storedConsistencyProof } = await import("../lib/journal/tree");
  const db = prisma();
  if (!EXISTING) log(`inserting ${ENTRIES} journal entries (${database.kind})…`);
  if (!EXISTING) await insertEntries(db, 0, ENTRIES);
  const entries = EXISTING ? Number((await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM journal_entry`)[0]!.n) : ENTRIES;
  const build = await time(() => extendJournalTree());
  log(`first tree build over ${entries} entries: ${build.ms.toFixed(0)} ms`);
  await makeCheckpoint(db, { force: true });
  if (EXISTING) await appendRealEntries(db, NEW);
  else await insertEntries(db, ENTRIES, NEW);
  const checkpoint = await time(() => makeCheckpoint(db));
  const size = checkpoint.value!.treeSize;
  const proofTimes: number[] = [];
  for (let i = 0; i < PROOFS; i++) {
    const leaf = BigInt(Math.floor(Math.random() * Number(size)));
    proofTimes.push((await time(() => storedInclusionProof(db, leaf, size))).ms);
  }
  const consistency = await time(() => storedConsistencyProof(db, BigInt(Math.floor(Number(size) / 3)) + 1n, size));
  proofTimes.sort((a, b) => a - b);
  const rows = {
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${database.kind} PostgreSQL`,
    entries,
    firstBuildMs: Math.round(build.ms),
    firstBuildPerEntryUs: Number(((build.ms * 1000) / entries).toFixed(1)),
    newEntries: NEW,
    checkpointAfterNewMs: Math.round(checkpoint.ms),
    inclusionProofMedianMs: Number(proofTimes[Math.floor(PROOFS / 2)]!.toFixed(2)),
    inclusionProofP95Ms: Number(proofTimes[Math.floor(PROOFS * 0.95)]!.toFixed(2)),
    consistencyProofMs: Number(consistency.ms.toFixed(2)),
  };
  await closeDb();
  await database.dispose();
  if (asJson) console.log(JSON.stringify(rows));
  else console.table(rows);
}

void main();
