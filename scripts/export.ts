// npm run export -- <folder>   writes the database as an import bundle (docs/import-format.md): one CSV file
// per kind of record; prints the rows per file and what the format cannot carry.
import fs from "node:fs";
import path from "node:path";
import { withDatabase } from "./lib/with-database";

// tsx runs this file as CommonJS (no top-level await).
async function main() {
  const folder = process.argv[2];
  if (!folder) {
    console.error("Usage: npm run export -- <folder to write the bundle's CSV files into>");
    process.exit(2);
  }
  await withDatabase(async () => {
    const { exportBundle } = await import("../lib/import/export-bundle");
    const result = await exportBundle();
    fs.mkdirSync(folder, { recursive: true });
    for (const [file, body] of Object.entries(result.files)) {
      fs.writeFileSync(path.join(folder, file), body, "utf8");
      console.log(`  ${file.padEnd(20)} ${String(result.rows[file as keyof typeof result.rows]).padStart(6)} row(s)`);
    }
    for (const w of result.warnings) console.log(`WARNING ${w}`);
    console.log(`\nWrote the bundle to ${folder}.`);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
