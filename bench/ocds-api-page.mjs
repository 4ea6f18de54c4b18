// node bench/ocds-api-page.mjs (DATABASE_URL set): times the OCDS read API's release-page query of main (saved to
// /tmp/ps/load-main.ts with `git show main:lib/ocds/load.ts`) and of this checkout on the same database (decision 0220):
// first page and a page from the middle, 100 refs each, 3 runs each.
import pg from "pg";
import fs from "node:fs";
const take = (file, name) => { const s = fs.readFileSync(file, "utf8"); const a = s.indexOf(`const ${name} = \``) + name.length + 10; return s.slice(a, s.indexOf("`;", a)); };
const union = take("/tmp/ps/load-main.ts", "REFS_UNION");
const oldSql = take("/tmp/ps/load-main.ts", "REFS_SQL").replace("${REFS_UNION}", union);
const newSql = take("/work/wt-public-speed/lib/ocds/load.ts", "REFS_SQL");
const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
await db.connect();
const mid = (await db.query(`SELECT created_at, id FROM transfer WHERE kind = 'payment' AND document_type = 'invoice' ORDER BY id OFFSET 400000 LIMIT 1`)).rows[0];
const kinds = ["contract", "payment", "refused", "subcontract"];
for (const [label, cursor] of [["first page", null], ["middle page", { date: mid.created_at, kind: "payment", ref: String(mid.id) }]]) {
  for (const [which, sql, params] of [
    ["old", oldSql, cursor ? [cursor.date, cursor.kind, cursor.ref, 101] : [null, null, null, 101]],
    ["new", newSql, [cursor ? cursor.date : "-infinity", 101, ...kinds.map((k) => (!cursor || k > cursor.kind ? "-1" : k === cursor.kind ? cursor.ref : "9223372036854775807"))]],
  ]) {
    const times = [];
    let rows;
    for (let i = 0; i < 3; i++) { const t = performance.now(); rows = (await db.query(sql, params)).rows; times.push(performance.now() - t); }
    console.log(`${label} ${which}: ${times.map((t) => t.toFixed(1)).join(" / ")} ms, ${rows.length} rows, first ${rows[0]?.kind}-${rows[0]?.ref}, last ${rows.at(-1)?.kind}-${rows.at(-1)?.ref}`);
  }
}
await db.end();
