// npm run ocds:bulk [-- --dir DIR] [--base-url URL] — writes the OCDS bulk files (one gzipped release package per
// month of release date) and their index.json, each atomically (temporary name, then rename). Decision 0150.
import { withDatabase } from "./lib/with-database";

// tsx runs this file as CommonJS (no top-level await).
async function main() {
  const arg = (name: string) => {
    const at = process.argv.indexOf(name);
    return at === -1 ? undefined : process.argv[at + 1];
  };
  await withDatabase(async () => {
    const { writeBulkFiles, bulkDir } = await import("../lib/ocds/bulk");
    const dir = arg("--dir") ?? bulkDir();
    const index = await writeBulkFiles({ dir, baseUrl: arg("--base-url") });
    const releases = index.files.reduce((sum, f) => sum + f.releases, 0);
    console.log(`Wrote ${index.files.length} bulk files (${releases} releases) and index.json to ${dir}.`);
  });
}

void main();
