// npm run ocds:bulk [-- --dir DIR] [--base-url URL] — writes the OCDS bulk files (one gzipped release package per
// month of release date) and their index.json, each atomically (temporary name, then rename). Decision 0150.
import { openDatabase } from "./lib/cli-db.mjs";

// tsx runs this file as CommonJS (no top-level await).
async function main() {
  const arg = (name: string) => {
    const at = process.argv.indexOf(name);
    return at === -1 ? undefined : process.argv[at + 1];
  };
  const stop = await openDatabase();
  const { closeDb } = await import("../lib/db");
  const { writeBulkFiles, bulkDir } = await import("../lib/ocds/bulk");
  const dir = arg("--dir") ?? bulkDir();
  try {
    const index = await writeBulkFiles({ dir, baseUrl: arg("--base-url") });
    const releases = index.files.reduce((sum, f) => sum + f.releases, 0);
    console.log(`Wrote ${index.files.length} bulk files (${releases} releases) and index.json to ${dir}.`);
  } finally {
    await closeDb();
    await stop();
  }
}

void main();
