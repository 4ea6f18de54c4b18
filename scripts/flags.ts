// npm run flags -- --recompute   recomputes every colour's flags (idempotent), printing progress and time
// npm run flags -- --json        prints every flag with its evidence ids as JSON
import { withDatabase } from "./lib/with-database";

// tsx runs this file as CommonJS (no top-level await).
async function main() {
  const args = process.argv.slice(2);
  const recompute = args.includes("--recompute");
  const json = args.includes("--json");
  if (!recompute && !json) {
    console.error("Usage: npm run flags -- --recompute | --json (both: recompute, then print)");
    process.exit(2);
  }
  await withDatabase(async () => {
    const { recomputeAllFlags } = await import("../lib/flags/refresh-flags");
    const { exportFlags } = await import("../lib/flags/list-flags");
    if (recompute) {
      const started = Date.now();
      let last = 0;
      const result = await recomputeAllFlags({
        onProgress: (done, total) => {
          // One line every 2 seconds and at the end, on stderr so --json output stays parseable.
          if (Date.now() - last > 2000 || done === total) {
            last = Date.now();
            console.error(`  ${done}/${total} colours (${Math.round((100 * done) / total)} %)`);
          }
        },
      });
      console.error(`Recomputed flags of ${result.colours} colour(s): ${result.open} open, ${result.cleared} cleared (${Date.now() - started} ms).`);
    }
    if (json) console.log(JSON.stringify(await exportFlags(), null, 2));
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
