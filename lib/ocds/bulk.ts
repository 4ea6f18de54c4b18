import "server-only";
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { Readable, Transform } from "node:stream";
import { createGzip } from "node:zlib";
import { once } from "node:events";
import { ocdsConfig } from "./config";
import { ocdsDateTime } from "./format";
import { allReleaseRefs, loadPageProcesses } from "./load";
import { releasePackage } from "./packages";
import { lookupOf, releaseOf, type TRoles } from "./releases";
import type { TJson, TReleaseRef } from "./types";

// Bulk files (decision 0150): one gzipped release package per month of release date (Kazakhstan time), so a file
// never shifts once its month is over. Streamed page by page (constant memory), each written to a temporary
// name and renamed into place, then listed with its size and SHA-256 in index.json (itself written atomically).
// Decision 0190: one pass over the releases in publication order (one server-side cursor), each release built once
// from only the parts it names, the next page read while this one is written; size and SHA-256 taken as written.

export const BULK_FILE_PATTERN = /^releases-\d{4}-\d{2}\.json\.gz$/;
export const BULK_INDEX = "index.json";

export type TBulkFile = { name: string; month: string; releases: number; size: number; sha256: string; lastModified: string; url: string };
export type TBulkIndex = { generatedAt: string; files: TBulkFile[] };

const PAGE = 2_000;
const OFFSET_MS = 5 * 60 * 60 * 1000;
const monthOf = (d: Date) => new Date(d.getTime() + OFFSET_MS).toISOString().slice(0, 7);

export const bulkDir = () => path.resolve(ocdsConfig().OCDS_BULK_DIR);

/**
 * Every release in publication order, a page at a time: one server-side cursor over the release refs, each page's
 * parts read with a few queries while the previous page is being written, each release built once. A process's
 * roles so far are carried from page to page (a few strings per contract), so every release is what
 * buildReleases gives for it (decision 0190).
 */
export async function* releasesInOrder(pageSize = PAGE): AsyncGenerator<TJson[]> {
  const prefix = ocdsConfig().OCDS_OCID_PREFIX;
  // Kept between pages as one short string per contract (its parties' roles as JSON, ~200 bytes): a Map of arrays per
  // contract cost ~1.7 KB each, 66 MiB of heap over the national dataset's 40,000 contracts.
  const kept = new Map<number, string>();
  const build = ([refs, processes]: [TReleaseRef[], Awaited<ReturnType<typeof loadPageProcesses>>]) => {
    const lookups = new Map([...processes].map(([id, p]) => [id, lookupOf(p)]));
    const live = new Map<number, TRoles>();
    const out: TJson[] = [];
    for (const ref of refs) {
      const p = processes.get(ref.contractId);
      if (!p) continue;
      let roles = live.get(ref.contractId);
      if (!roles) {
        const saved = kept.get(ref.contractId);
        roles = new Map(saved ? (JSON.parse(saved) as [string, string[]][]) : []);
        live.set(ref.contractId, roles);
      }
      const release = releaseOf(p, ref, prefix, lookups.get(ref.contractId)!, roles);
      if (release) out.push(release);
    }
    for (const [id, roles] of live) kept.set(id, JSON.stringify([...roles]));
    return out;
  };
  let pending: Promise<[TReleaseRef[], Awaited<ReturnType<typeof loadPageProcesses>>]> | null = null;
  try {
    for await (const refs of allReleaseRefs(pageSize)) {
      const next = loadPageProcesses(refs).then((processes) => [refs, processes] as [TReleaseRef[], typeof processes]);
      next.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled meanwhile
      if (pending) yield build(await pending);
      pending = next;
    }
    if (pending) yield build(await pending);
  } finally {
    await pending?.catch(() => undefined);
  }
}

type TOpenFile = { month: string; temp: string; gzip: ReturnType<typeof createGzip>; done: Promise<void>; count: number; latest: string; hash: ReturnType<typeof createHash>; size: number };

function openMonth(dir: string, month: string, baseUrl: string): TOpenFile {
  const temp = path.join(dir, `.releases-${month}.${process.pid}.tmp`);
  const gzip = createGzip();
  const file: TOpenFile = { month, temp, gzip, done: Promise.resolve(), count: 0, latest: "", hash: createHash("sha256"), size: 0 };
  // The compressed bytes are hashed and counted on their way to the disk (no second read of the file).
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      file.hash.update(chunk);
      file.size += chunk.length;
      callback(null, chunk);
    },
  });
  file.done = pipeline(gzip, tap, createWriteStream(temp));
  // The package's metadata first, its releases streamed in, and publishedDate (the latest release's) last.
  const { publishedDate: _unknownYet, releases: _streamed, ...meta } = releasePackage({ baseUrl, uri: `${baseUrl}/api/open/ocds/bulk/releases-${month}.json.gz` }, []);
  gzip.write(`${JSON.stringify(meta).slice(0, -1)},"releases":[`);
  return file;
}

async function closeMonth(dir: string, file: TOpenFile, baseUrl: string): Promise<TBulkFile> {
  file.gzip.end(`],"publishedDate":${JSON.stringify(file.latest)}}`);
  await file.done;
  const name = `releases-${file.month}.json.gz`;
  await rename(file.temp, path.join(dir, name));
  return { name, month: file.month, releases: file.count, size: file.size, sha256: file.hash.digest("hex"), lastModified: file.latest, url: `${baseUrl}/api/open/ocds/bulk/${name}` };
}

/** Writes every month's file and the index; returns the index. */
export async function writeBulkFiles(options: { dir?: string; baseUrl?: string; now?: Date } = {}): Promise<TBulkIndex> {
  const dir = options.dir ?? bulkDir();
  const baseUrl = options.baseUrl ?? ocdsConfig().OCDS_PUBLIC_URL;
  await mkdir(dir, { recursive: true });
  const files: TBulkFile[] = [];
  let open: TOpenFile | null = null;
  try {
    for await (const releases of releasesInOrder()) {
      for (const release of releases) {
        const month = monthOf(new Date(release.date as string));
        if (open && open.month !== month) {
          files.push(await closeMonth(dir, open, baseUrl));
          open = null;
        }
        open ??= openMonth(dir, month, baseUrl);
        if (!open.gzip.write(`${open.count === 0 ? "" : ","}${JSON.stringify(release)}`)) await once(open.gzip, "drain");
        open.count++;
        open.latest = release.date as string;
      }
    }
    if (open) files.push(await closeMonth(dir, open, baseUrl));
  } catch (error) {
    if (open) {
      open.gzip.destroy();
      await rm(open.temp, { force: true });
    }
    throw error;
  }
  const index: TBulkIndex = { generatedAt: ocdsDateTime(options.now ?? new Date()), files };
  const temp = path.join(dir, `.${BULK_INDEX}.${process.pid}.tmp`);
  await writeFile(temp, JSON.stringify(index, null, 2));
  await rename(temp, path.join(dir, BULK_INDEX));
  return index;
}

/** The index as last written, or an empty one before the first run. */
export async function readBulkIndex(dir = bulkDir()): Promise<TBulkIndex> {
  try {
    return JSON.parse(await readFile(path.join(dir, BULK_INDEX), "utf8")) as TBulkIndex;
  } catch {
    return { generatedAt: "", files: [] };
  }
}

/** A bulk file as a stream with its size and time, or null when no such file was written. */
export async function openBulkFile(name: string, dir = bulkDir()): Promise<{ body: ReadableStream; size: number; modified: Date } | null> {
  if (!BULK_FILE_PATTERN.test(name)) return null;
  const full = path.join(dir, name);
  try {
    const info = await stat(full);
    return { body: Readable.toWeb(createReadStream(full)) as ReadableStream, size: info.size, modified: info.mtime };
  } catch {
    return null;
  }
}
