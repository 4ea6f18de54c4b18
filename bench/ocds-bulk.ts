// npm run bench:ocds-bulk [-- --json] [--keep]: the whole OCDS bulk export (lib/ocds/bulk.ts, `npm run ocds:bulk`)
// timed against the configured database, into a temporary folder: wall time, releases and bytes written, and the
// process's peak resident memory (constant memory: the releases are streamed month by month into gzip, so the peak
// must not grow with the dataset). Reads only: DATABASE_URL (and DATABASE_REPLICA_URL, decision 0170) as given,
// never migrated. Issue 16's target: the national dataset in under 5 minutes.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";

const args = process.argv.slice(2);

async function main() {
  process.env.AUTH_SECRET ??= "bench-does-not-sign-sessions-0000";
  const { closeDb } = await import("../lib/db");
  const { writeBulkFiles } = await import("../lib/ocds/bulk");
  const dir = await mkdtemp(path.join(os.tmpdir(), "aiqyn-bulk-"));
  let sampledPeak = 0;
  let heapPeak = 0;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    sampledPeak = Math.max(sampledPeak, m.rss);
    heapPeak = Math.max(heapPeak, m.heapUsed);
  }, 100);
  const started = performance.now();
  try {
    const index = await writeBulkFiles({ dir, baseUrl: "https://bench.invalid" });
    const seconds = (performance.now() - started) / 1_000;
    const releases = index.files.reduce((sum, f) => sum + f.releases, 0);
    const bytes = index.files.reduce((sum, f) => sum + f.size, 0);
    const report = {
      benchmark: "ocds-bulk",
      seconds: Number(seconds.toFixed(1)),
      files: index.files.length,
      releases,
      gzipMiB: Number((bytes / 2 ** 20).toFixed(1)),
      releasesPerSecond: Math.round(releases / seconds),
      peakRssMiB: Math.round(Math.max(sampledPeak, process.resourceUsage().maxRSS * 1024) / 2 ** 20),
      // V8's heap in use (sampled): with NODE_OPTIONS=--max-old-space-size=N it shows what the export keeps, apart from
      // the heap V8 lets grow lazily when it is allowed to.
      peakHeapUsedMiB: Math.round(heapPeak / 2 ** 20),
      heapLimitMiB: Math.round(v8.getHeapStatistics().heap_size_limit / 2 ** 20),
      loadAverage: os.loadavg().map((x) => Number(x.toFixed(1))),
      date: new Date().toISOString(),
      dir: args.includes("--keep") ? dir : null,
    };
    if (args.includes("--json")) console.log(JSON.stringify(report, null, 2));
    else
      console.log(
        `OCDS bulk export: ${report.releases.toLocaleString("en")} releases in ${report.files} monthly files (${report.gzipMiB} MiB gzip) in ${report.seconds} s ` +
          `(${report.releasesPerSecond}/s), peak RSS ${report.peakRssMiB} MiB, peak heap in use ${report.peakHeapUsedMiB} MiB (limit ${report.heapLimitMiB} MiB), load ${report.loadAverage.join(" ")}, ${report.date}`,
      );
  } finally {
    clearInterval(sampler);
    if (!args.includes("--keep")) await rm(dir, { recursive: true, force: true });
    await closeDb();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
