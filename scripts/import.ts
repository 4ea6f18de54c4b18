// npm run import -- <folder>   replays a bundle of CSV files (docs/import-format.md) through the portal's own
// use cases; prints a line per file and every refused row with file, line and reason; exits 1 if any was refused.
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "./lib/cli-db.mjs";

// tsx runs this file as CommonJS (no top-level await).
async function main() {
  const folder = process.argv[2];
  if (!folder || !fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    console.error("Usage: npm run import -- <folder with the bundle's CSV files>");
    process.exit(2);
  }
  const stop = await openDatabase();
  await import("../lib/startup");
  // The flags are recomputed once for every colour after the import (below): refreshing a colour in the
  // background after each replayed payment only competed with the import for the database (issue 15, item 4).
  (await import("../lib/ledger/events")).offLedgerEvent("flags");
  const { closeDb } = await import("../lib/db");
  const { BUNDLE_FILES } = await import("../lib/import/format");
  const { importBundle } = await import("../lib/import/import-bundle");
  const { recomputeAllFlags, settleFlagRefreshes } = await import("../lib/flags/refresh-flags");
  let refused = 0;
  try {
    const files: Record<string, string> = {};
    for (const { file } of BUNDLE_FILES) {
      const full = path.join(folder, file);
      if (fs.existsSync(full)) files[file] = fs.readFileSync(full, "utf8");
    }
    const unknown = fs.readdirSync(folder).filter((f) => f.endsWith(".csv") && !(f in files) && !BUNDLE_FILES.some((b) => b.file === f));
    for (const f of unknown) console.log(`  ${f}: not part of the format, ignored`);
    const started = Date.now();
    const report = await importBundle({
      files,
      onProgress: (p) => console.log(`  ${p.file.padEnd(20)} ${String(p.done).padStart(6)} of ${p.total} … (${Math.round((Date.now() - started) / 1000)} s)`),
      onFile: (f) => {
        if (f.file in files) console.log(`  ${f.file.padEnd(20)} ${String(f.applied).padStart(6)} applied ${String(f.refused).padStart(6)} refused`);
      },
    });
    // Debarments scheduled company refreshes; finish them, then recompute every colour once.
    await settleFlagRefreshes();
    const flags = await recomputeAllFlags();
    refused = report.refusals.length;
    for (const r of report.refusals) console.log(`REFUSED ${r.file}:${r.line}: ${r.reason}`);
    const applied = report.files.reduce((a, f) => a + f.applied, 0);
    const refusedRows = report.files.reduce((a, f) => a + f.refused, 0);
    console.log(`\n${applied} row(s) applied, ${refusedRows} row(s) refused in ${refused} refusal(s); ${flags.open} open flag(s) (${Date.now() - started} ms).`);
  } finally {
    await closeDb();
    await stop();
  }
  process.exit(refused > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
