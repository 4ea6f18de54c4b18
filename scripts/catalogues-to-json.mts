// Turns the message catalogues from TypeScript modules (lib/i18n/messages/{en,ru,kk}.ts composing X.en.ts,
// X.ru.ts, X.kk.ts) into data: one JSON file per language, lib/i18n/messages/{en,ru,kk}.json (decision 0278).
//
//   npx tsx scripts/catalogues-to-json.mts
//     Converts the .ts catalogues of the working tree, when lib/i18n/messages/en.ts is there, and deletes every
//     .ts file of lib/i18n/messages. With no .ts catalogue left it changes nothing: running it twice is harmless.
//
//   npx tsx scripts/catalogues-to-json.mts --merge <ref> [--base <ref>]
//     For a branch that still edits the .ts catalogues, merged after the conversion: applies what <ref> changed
//     in its .ts catalogues since --base (default: git merge-base HEAD <ref>) to the JSON of the working tree,
//     message by message, then deletes the .ts files the merge left. Stops, writing nothing, when both sides
//     changed the same message differently. In the middle of a merge that stops on "modify/delete" conflicts in
//     lib/i18n/messages/*.ts:
//       - merging such a branch into a tree that has the JSON:  ... --merge MERGE_HEAD
//       - merging the JSON branch into a tree that still has the .ts catalogues (edited since):
//           ... --merge HEAD --base "$(git merge-base HEAD MERGE_HEAD)"
//     then `git add -A lib/i18n/messages` and commit.
//
// Output is deterministic: English keeps the order its catalogue composes; Russian and Kazakh follow the English
// order (a key English lacks comes last); two-space indent and a final newline.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

type TTree = { [key: string]: string | TTree };
const LOCALES = ["en", "ru", "kk"] as const;
type TLocale = (typeof LOCALES)[number];
type TCatalogues = Record<TLocale, TTree>;

const ROOT = path.resolve(import.meta.dirname, "..");
const MESSAGES = "lib/i18n/messages";
const DIR = path.join(ROOT, MESSAGES);
const jsonPath = (locale: TLocale) => path.join(DIR, `${locale}.json`);

/** Imports the composed .ts catalogues of a messages folder: en.ts exports `en`, ru.ts `ru`, kk.ts `kk`. */
async function importTs(dir: string): Promise<TCatalogues> {
  const out = {} as TCatalogues;
  for (const locale of LOCALES) {
    const mod = (await import(pathToFileURL(path.join(dir, `${locale}.ts`)).href)) as Record<string, unknown>;
    out[locale] = plain(mod[locale], `${locale}.ts`);
  }
  return out;
}

/** A catalogue as plain data: nested objects of strings, nothing else. */
function plain(value: unknown, where: string): TTree {
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new Error(`${where}: not an object`);
  const out: TTree = {};
  for (const [key, v] of Object.entries(value)) out[key] = typeof v === "string" ? v : plain(v, `${where} ${key}`);
  return out;
}

/** The .ts catalogues as they are at a git commit, imported from a scratch copy of the folder. */
async function importTsAt(ref: string): Promise<TCatalogues> {
  const scratch = mkdtempSync(path.join(tmpdir(), "catalogues-"));
  try {
    const tar = execFileSync("git", ["archive", ref, MESSAGES], { cwd: ROOT, maxBuffer: 1 << 28 });
    execFileSync("tar", ["-x", "-C", scratch], { input: tar });
    const dir = path.join(scratch, MESSAGES);
    if (!existsSync(path.join(dir, "en.ts"))) throw new Error(`${ref} has no ${MESSAGES}/en.ts`);
    return await importTs(dir);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Orders `tree` like `reference`, recursively; keys the reference lacks keep their order, after the others. */
function ordered(tree: TTree, reference: TTree | undefined): TTree {
  const keys = Object.keys(tree);
  const ref = reference ? Object.keys(reference).filter((k) => Object.hasOwn(tree, k)) : [];
  const out: TTree = {};
  for (const key of [...ref, ...keys.filter((k) => !ref.includes(k))]) {
    const v = tree[key]!;
    const r = reference?.[key];
    out[key] = typeof v === "string" ? v : ordered(v, typeof r === "object" ? r : undefined);
  }
  return out;
}

function write(catalogues: TCatalogues) {
  for (const locale of LOCALES) {
    const tree = locale === "en" ? catalogues.en : ordered(catalogues[locale], catalogues.en);
    writeFileSync(jsonPath(locale), `${JSON.stringify(tree, null, 2)}\n`);
  }
}

function readJson(): TCatalogues {
  const out = {} as TCatalogues;
  for (const locale of LOCALES) out[locale] = plain(JSON.parse(readFileSync(jsonPath(locale), "utf8")), `${locale}.json`);
  return out;
}

function removeTs(): string[] {
  const gone = readdirSync(DIR).filter((f) => f.endsWith(".ts"));
  for (const f of gone) unlinkSync(path.join(DIR, f));
  return gone;
}

/** Every message of a tree by its dotted key. */
function leaves(tree: TTree, prefix = "", out = new Map<string, string>()): Map<string, string> {
  for (const [key, v] of Object.entries(tree)) {
    if (typeof v === "string") out.set(prefix + key, v);
    else leaves(v, `${prefix}${key}.`, out);
  }
  return out;
}

function setLeaf(tree: TTree, key: string, value: string | undefined) {
  const parts = key.split(".");
  const last = parts.pop()!;
  const chain: TTree[] = [tree];
  for (const part of parts) {
    const node = chain.at(-1)!;
    if (typeof node[part] !== "object") {
      if (value === undefined) return;
      node[part] = {};
    }
    chain.push(node[part] as TTree);
  }
  if (value !== undefined) {
    chain.at(-1)![last] = value;
    return;
  }
  delete chain.at(-1)![last];
  for (let i = parts.length - 1; i >= 0; i--) {
    if (Object.keys(chain[i + 1]!).length > 0) break;
    delete chain[i]![parts[i]!];
  }
}

/** Three-way, message by message: what `theirs` changed since `base` lands on `ours`; clashes are listed. */
function merge(ours: TTree, base: TTree, theirs: TTree, locale: TLocale, clashes: string[]): TTree {
  const result = structuredClone(ours);
  const [o, b, t] = [leaves(ours), leaves(base), leaves(theirs)];
  for (const key of new Set([...b.keys(), ...t.keys()])) {
    if (b.get(key) === t.get(key)) continue;
    if (o.get(key) !== b.get(key) && o.get(key) !== t.get(key)) clashes.push(`${locale} ${key}`);
    else setLeaf(result, key, t.get(key));
  }
  return result;
}

async function main() {
  const args = process.argv.slice(2);
  const mergeAt = args.indexOf("--merge");
  if (mergeAt < 0) {
    if (!existsSync(path.join(DIR, "en.ts"))) {
      console.log(`${MESSAGES}/en.ts is not there: the catalogues are JSON already, nothing to convert.`);
      return;
    }
    write(await importTs(DIR));
  } else {
    const theirsRef = args[mergeAt + 1];
    if (!theirsRef) throw new Error("--merge needs a ref");
    const baseAt = args.indexOf("--base");
    const baseRef = baseAt >= 0 ? args[baseAt + 1]! : execFileSync("git", ["merge-base", "HEAD", theirsRef], { cwd: ROOT, encoding: "utf8" }).trim();
    const [base, theirs, ours] = [await importTsAt(baseRef), await importTsAt(theirsRef), readJson()];
    const clashes: string[] = [];
    const merged = {} as TCatalogues;
    for (const locale of LOCALES) merged[locale] = merge(ours[locale], base[locale], theirs[locale], locale, clashes);
    if (clashes.length > 0) {
      console.error(`Both sides changed these messages differently; nothing written:\n${clashes.join("\n")}`);
      process.exit(1);
    }
    write(merged);
  }
  const gone = removeTs();
  console.log(`Wrote ${LOCALES.map((l) => `${MESSAGES}/${l}.json`).join(", ")}; removed ${gone.length} .ts file(s).`);
}

await main();
