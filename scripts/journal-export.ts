// npm run journal:export [-- --out journal.jsonl] [--chain N] — writes the journal as JSON lines.
import fs from "node:fs";
import { openDatabase } from "./lib/cli-db.mjs";

// tsx runs this file as CommonJS (no top-level await).
async function main() {
  const arg = (name: string) => {
    const at = process.argv.indexOf(name);
    return at === -1 ? undefined : process.argv[at + 1];
  };
  const out = arg("--out") ?? "journal.jsonl";
  const chain = arg("--chain");
  const stop = await openDatabase();
  const { prisma, closeDb } = await import("../lib/db");
  const { exportJournal } = await import("../lib/ledger/verify-journal");
  const stream = fs.createWriteStream(out);
  let n = 0;
  for await (const line of exportJournal(prisma(), { chain: chain === undefined ? undefined : Number(chain) })) {
    if (!stream.write(line + "\n")) await new Promise<void>((r) => stream.once("drain", () => r()));
    n++;
  }
  await new Promise<void>((r) => stream.end(() => r()));
  await closeDb();
  await stop();
  console.log(`Wrote ${n} journal entries to ${out}. Verify offline with: npm run journal:verify -- --file ${out}`);
}

void main();
