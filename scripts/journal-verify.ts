// npm run journal:verify [-- --file export.jsonl] — re-checks the hash chains of the database's journal, or
// of an exported file offline (no database needed); exits 1 naming the first broken entry.
import fs from "node:fs";
import readline from "node:readline";
import { ChainVerifier } from "../lib/ledger/journal-chain";

// tsx runs this file as CommonJS (no top-level await).
async function main() {
  const fileAt = process.argv.indexOf("--file");
  const file = fileAt === -1 ? null : process.argv[fileAt + 1];

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

  if (file) {
    if (!fs.existsSync(file)) {
      console.error(`No such file: ${file}`);
      process.exit(2);
    }
    const verifier = new ChainVerifier();
    let lineNo = 0;
    for await (const line of readline.createInterface({ input: fs.createReadStream(file) })) {
      lineNo++;
      if (!line.trim()) continue;
      let e: { chain: number; seq: string; kind: string; payload: string; prevHash: string; hash: string };
      try {
        e = JSON.parse(line);
      } catch {
        console.log(`✖ ${file}: line ${lineNo} is not JSON`);
        process.exit(1);
      }
      if (verifier.add({ chain: Number(e.chain), seq: BigInt(e.seq), kind: e.kind, payload: e.payload, prevHash: e.prevHash, hash: e.hash })) break;
    }
    process.exit(report(verifier, file));
  } else {
    const { openDatabase } = await import("./lib/cli-db.mjs");
    const stop = await openDatabase();
    const { prisma, closeDb } = await import("../lib/db");
    const { verifyDatabaseJournal } = await import("../lib/ledger/verify-journal");
    const verifier = await verifyDatabaseJournal(prisma(), { onProgress: (n) => process.stderr.write(`\r${n} entries checked`) });
    process.stderr.write("\n");
    await closeDb();
    await stop();
    process.exit(report(verifier, "database journal"));
  }
}

void main();
