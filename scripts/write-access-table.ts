// Rewrites the table in docs/SECURITY.md's "Access rules" from lib/security/access-table.ts (its only source).
// `npm run docs:access`; lib/security/access-table.test.ts fails while the two differ.
import fs from "node:fs";
import path from "node:path";
import { replaceAccessTable } from "../lib/security/access-doc";

function main() {
  const file = path.join(__dirname, "..", "docs", "SECURITY.md");
  const before = fs.readFileSync(file, "utf8");
  const after = replaceAccessTable(before);
  if (after !== before) fs.writeFileSync(file, after);
  console.log(after === before ? "docs/SECURITY.md: access table already current" : "docs/SECURITY.md: access table rewritten");
}

main();
