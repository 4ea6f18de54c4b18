// Prisma's schema engine compiled to WASM, driven over our own `pg` connection. The CLI's native engine
// cannot be downloaded on these machines; this gives the same diff. Used to write migrations
// (scripts/migration-diff.mjs) and by the drift test.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { BOOKKEEPING_TABLES } from "./migrate.mjs";

const require = createRequire(import.meta.url);

let panicMessage = "";
let engineClass;

// Instantiated once per process: wasm-bindgen keeps per-module state that a second instance would corrupt.
async function loadEngine() {
  if (engineClass) return engineClass;
  // The engine reports a panic through this global before throwing.
  globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message: (message) => {
      panicMessage = message;
      // A panic can surface as an uncaught "unreachable" outside our try: say what it was first.
      if (process.env.AIQYN_DEBUG_ENGINE) console.error(`schema engine panic: ${message}`);
    },
  };
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const bg = await import(path.join(dir, "schema_engine_bg.js"));
  const wasmModule = await WebAssembly.compile(fs.readFileSync(path.join(dir, "schema_engine_bg.wasm")));
  const instance = await WebAssembly.instantiate(wasmModule, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  engineClass = bg.SchemaEngine;
  return engineClass;
}

// Two gaps between the engine and the databases it sees here.
// 1. adapter-pg maps no OID to the engine's single-character type, and refuses the catalog type "char"
//    (OID 18) that introspection reads (pg_constraint.contype and the like). The rows are read as text
//    and those columns are then reported as Character, which is what the engine expects.
// 2. PostgreSQL 18 (PGlite) lists NOT NULL as constraints of type 'n', which the engine does not know
//    (it reads nullability from pg_attribute anyway): those rows are dropped.
const CHARACTER = 6; // ColumnTypeEnum.Character in @prisma/driver-adapter-utils

function patchCharType(adapter) {
  let proto = Object.getPrototypeOf(adapter);
  while (proto && !Object.hasOwn(proto, "performIO")) proto = Object.getPrototypeOf(proto);
  if (!proto || proto.__aiqynCharPatched) return;
  const performIO = proto.performIO;
  const queryRaw = proto.queryRaw;
  proto.performIO = async function patchedPerformIO(query) {
    const result = await performIO.call(this, query);
    const fields = result.fields ?? [];
    const charColumns = [];
    fields.forEach((field, i) => {
      if (field.dataTypeID === 18) {
        field.dataTypeID = 25;
        charColumns.push(i);
      }
    });
    const i = fields.findIndex((f) => f.name === "constraint_type" || f.name === "contype");
    if (i !== -1 && Array.isArray(result.rows)) {
      const name = fields[i].name;
      result.rows = result.rows.filter((row) => (Array.isArray(row) ? row[i] : row[name]) !== "n");
    }
    // Read back by queryRaw right after this resolves (one query at a time per connection).
    this.__aiqynCharColumns = charColumns;
    return result;
  };
  proto.queryRaw = async function patchedQueryRaw(query) {
    const result = await queryRaw.call(this, query);
    for (const i of this.__aiqynCharColumns ?? []) result.columnTypes[i] = CHARACTER;
    this.__aiqynCharColumns = [];
    return result;
  };
  proto.__aiqynCharPatched = true;
}

/** SQL that would turn the live database at `url` into what schema.prisma describes ("" when they match). */
export async function diffDatabaseToSchema(url, schemaPath = path.resolve("prisma/schema.prisma")) {
  const SchemaEngine = await loadEngine();
  const { bindMigrationAwareSqlAdapterFactory } = await import("@prisma/driver-adapter-utils");
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const u = new URL(url);
  // Separate fields, not a connection string: a string makes the engine treat it as the shadow database.
  const factory = new PrismaPg({
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username || "postgres"),
    password: decodeURIComponent(u.password || ""),
    database: u.pathname.replace(/^\//, "") || "postgres",
  });
  const probe = await factory.connect();
  patchCharType(probe);
  await probe.dispose();
  const schema = fs.readFileSync(schemaPath, "utf8");
  const files = [{ path: schemaPath, content: schema }];
  const engine = await SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, () => {}, bindMigrationAwareSqlAdapterFactory(factory));
  try {
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files, configDir: process.cwd() },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: { externalTables: BOOKKEEPING_TABLES.map((t) => `public.${t}`), externalEnums: [] },
    });
    const sql = (result.stdout ?? "").trim();
    return sql === "-- This is an empty migration." ? "" : sql;
  } catch (error) {
    if (panicMessage) error.message = `${error.message}: ${panicMessage}`;
    throw error;
  } finally {
    engine.free();
  }
}
