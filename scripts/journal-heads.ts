// npm run journal:heads [-- --out checkpoint.json] — extends the journal's tree, signs a checkpoint of it (or takes
// the latest if nothing new was journalled) and writes it: keep the file; `npm run journal:verify -- --heads FILE`
// later shows whether every entry it vouched for is still there, unchanged and in its place.
import fs from "node:fs";
import { openDatabase } from "./lib/cli-db.mjs";

// tsx runs this file as CommonJS (no top-level await).
async function main() {
  const at = process.argv.indexOf("--out");
  const out = at === -1 ? "checkpoint.json" : process.argv[at + 1]!;
  const stop = await openDatabase();
  const { prisma, closeDb } = await import("../lib/db");
  const { makeCheckpoint, signedOf } = await import("../lib/journal/checkpoint");
  const { publicKeyPath } = await import("../lib/journal/signing-key");
  const checkpoint = (await makeCheckpoint(prisma(), { force: true }))!;
  fs.writeFileSync(out, JSON.stringify(signedOf(checkpoint), null, 2) + "\n");
  await closeDb();
  await stop();
  console.log(`Wrote the signed checkpoint of ${checkpoint.treeSize} journal entries (root ${checkpoint.root}) to ${out}.`);
  console.log(`The portal's public key: ${publicKeyPath()}`);
}

void main();
