// npm run import -- <folder> [--profile]   replays a bundle of CSV files (docs/import-format.md) through the portal's
// own use cases; prints its progress (phase, documents done of the file's rows, rate, time left), a line per file and
// every refused row with file, line and reason; exits 1 if any was refused. --profile adds a table of where the time
// went per phase (scripts/lib/import-profile.ts).
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "./lib/cli-db.mjs";

// tsx runs this file as CommonJS (no top-level await).
async function main() {
  const folder = process.argv[2];
  const profiling = process.argv.includes("--profile");
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
  const profile = profiling ? await (await import("./lib/import-profile")).ImportProfile.open(process.env.DATABASE_URL!) : null;
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
      recomputesFlags: true,
      onPhase: async (e) => {
        if (e.stage === "start" && e.documents > 0) console.log(`phase ${e.index}/${e.of}: ${e.files.join(" + ")}, ${e.documents} row(s) (${Math.round((Date.now() - started) / 1000)} s)`);
        await profile?.phase(e);
      },
      onProgress: (p) => {
        const rate = p.seconds > 0 ? p.done / p.seconds : 0;
        const left = rate > 0 ? Math.round((p.total - p.done) / rate) : null;
        console.log(`  ${p.file.padEnd(20)} ${String(p.done).padStart(6)} of ${p.total}, ${rate.toFixed(0)}/s, ${left == null ? "?" : `${left} s`} left in phase ${p.phase}/${p.phases} (${Math.round((Date.now() - started) / 1000)} s)`);
      },
      onFile: (f) => {
        if (f.file in files) console.log(`  ${f.file.padEnd(20)} ${String(f.applied).padStart(6)} applied ${String(f.refused).padStart(6)} refused`);
      },
    });
    // Refreshes scheduled by anything else meanwhile are finished; then every colour is recomputed once.
    await settleFlagRefreshes();
    const flagsStarted = Date.now();
    const flags = await recomputeAllFlags();
    if (profile) console.log(`\n${profile.table()}\n\nFlags recomputed for every colour in ${((Date.now() - flagsStarted) / 1000).toFixed(1)} s.`);
    refused = report.refusals.length;
    for (const r of report.refusals) console.log(`REFUSED ${r.file}:${r.line}: ${r.reason}`);
    const applied = report.files.reduce((a, f) => a + f.applied, 0);
    const refusedRows = report.files.reduce((a, f) => a + f.refused, 0);
    console.log(`\n${applied} row(s) applied, ${refusedRows} row(s) refused in ${refused} refusal(s); ${flags.open} open flag(s) (${Date.now() - started} ms).`);
  } finally {
    await profile?.close();
    await closeDb();
    await stop();
  }
  process.exit(refused > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
