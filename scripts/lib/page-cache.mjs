// A short-lived shared cache of the public portal's anonymous answers (issue 16 "Fast", decision 0244), in front of
// Next in the production server (scripts/serve.mjs). Rendering a page costs Next 20–40 ms of CPU whatever its data;
// fifty readers of the same few pages at once would queue for seconds on two cores. A reader of /open/… or of the
// open-data API who is not signed in gets the answer rendered for the previous reader of the same URL and language,
// while the ledger has not moved (the same mark the public sums are kept by, decision 0171) and for at most
// PUBLIC_PAGE_CACHE_SECONDS (10). Each answer from the cache carries a fresh nonce in its policy and its scripts (a
// nonce is never served twice) and keeps no cookie. The open-data API's rate limit (decision 0149) counts answers from
// the cache like any other. One render per URL at a time: while it runs, others get the kept answer if it is under a
// minute old, else they render their own. A hit is cheap (decision 0262): the answer is compressed once, off the main
// thread, and each gzipped delivery is stitched from the compressed pieces and its nonce (scripts/lib/gzip-pieces.mjs);
// the headers are kept as a list with the nonce's places cut out; nonces come from a pool of random bytes.
import { randomFillSync } from "node:crypto";
import { API_HEADERS, apiErrorBody, TOO_MANY_REQUESTS } from "../../lib/ocds/api-error.mjs";
import { compressPieces, gzipStitched } from "./gzip-pieces.mjs";

const SESSION_COOKIES = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;
const LOCALE_COOKIE = /(?:^|;\s*)aiqyn-locale=([^;]*)/;
/** Headers that make Next answer with something else than the page (client navigation, prefetch, partial content). */
const VARYING = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "range", "authorization"];
/** Headers of the kept answer that belong to one delivery, not to the answer. */
const PER_DELIVERY = new Set(["set-cookie", "content-length", "content-encoding", "transfer-encoding", "date", "connection", "keep-alive"]);
const MAX_ENTRIES = 300;
const MAX_BODY_BYTES = 4 * 1024 * 1024;
/** Smaller answers go uncompressed: gzip would save next to nothing. */
const GZIP_MIN_BYTES = 1024;
const MAX_TOTAL_BYTES = 64 * 1024 * 1024;
/** A kept answer older than this is never given while another render runs. */
const STALE_MAX_MS = 60_000;

/** Which requests the cache may answer: anonymous GETs of the public pages and the open-data API, not its bulk files. */
export function cacheKeyOf(req) {
  if (req.method !== "GET") return null;
  const url = req.url ?? "";
  const path = url.split("?")[0];
  const isPublic = path === "/open" || path.startsWith("/open/") || (path.startsWith("/api/open/") && !path.startsWith("/api/open/ocds/bulk"));
  if (!isPublic || url.includes("_rsc=")) return null;
  if (VARYING.some((h) => req.headers[h] !== undefined)) return null;
  const cookie = req.headers.cookie ?? "";
  if (SESSION_COOKIES.test(cookie)) return null;
  const locale = LOCALE_COOKIE.exec(cookie)?.[1] ?? "";
  return `${url}\n${locale}\n${locale ? "" : (req.headers["accept-language"] ?? "")}`;
}

/** The body cut at every occurrence of `mark` (which is left out). */
function cut(body, mark) {
  const pieces = [];
  let at = 0;
  for (let i = body.indexOf(mark, at); i !== -1; i = body.indexOf(mark, at)) {
    pieces.push(body.subarray(at, i));
    at = i + mark.length;
  }
  pieces.push(body.subarray(at));
  return pieces;
}

const nonceIn = (policy) => /'nonce-([^']+)'/.exec(String(policy ?? ""))?.[1] ?? null;

// Fresh nonces: 16 random bytes each (base64, 24 characters), drawn from a pool filled 256 at a time.
const NONCE_BYTES = 16;
const NONCE_LENGTH = 24;
const noncePool = Buffer.allocUnsafe(NONCE_BYTES * 256);
let nonceAt = noncePool.length;
function freshNonce() {
  if (nonceAt === noncePool.length) {
    randomFillSync(noncePool);
    nonceAt = 0;
  }
  nonceAt += NONCE_BYTES;
  return noncePool.toString("base64", nonceAt - NONCE_BYTES, nonceAt);
}

/**
 * The kept answer's headers as a flat list (name, value, name, value…) for writeHead, without those that belong to
 * one delivery. A value that holds the nonce (the policy, the Link header) is kept cut at it, as an array.
 */
function headTemplate(headers, nonce) {
  const head = [];
  let hasVary = false;
  for (const [name, value] of Object.entries(headers)) {
    if (PER_DELIVERY.has(name) || name === "x-aiqyn-cache") continue;
    for (const one of Array.isArray(value) ? value : [value]) {
      let v = String(one);
      if (name === "vary") {
        hasVary = true;
        if (!/\baccept-encoding\b/i.test(v)) v = `${v}, Accept-Encoding`;
      }
      head.push(name, nonce && v.includes(nonce) ? v.split(nonce) : v);
    }
  }
  // The same URL is answered gzipped or not as the reader accepts: a shared cache on the way must keep both apart.
  if (!hasVary) head.push("vary", "Accept-Encoding");
  return head;
}

/** Writes a kept answer to one reader: its pieces around a fresh nonce, gzipped if the reader accepts it and the gzip is ready. */
function deliver(req, res, entry, state) {
  // The kept body is kept cut at its nonce: the reader's copy is the pieces with a fresh nonce between them.
  const nonce = entry.isCut ? freshNonce() : "";
  const gz = entry.gz !== null && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "") ? entry.gz : null;
  const head = entry.head;
  const list = new Array(head.length + (gz ? 6 : 4));
  for (let i = 0; i < head.length; i += 2) {
    const value = head[i + 1];
    list[i] = head[i];
    list[i + 1] = typeof value === "string" ? value : value.join(nonce);
  }
  let n = head.length;
  list[n++] = "x-aiqyn-cache";
  list[n++] = state;
  list[n++] = "content-length";
  if (gz) {
    list[n++] = String(gz.length);
    list[n++] = "content-encoding";
    list[n++] = "gzip";
    res.writeHead(entry.status, list);
    res.cork();
    for (const part of gzipStitched(gz, nonce)) res.write(part);
    res.end();
    return;
  }
  list[n++] = String(entry.size + (entry.pieces.length - 1) * nonce.length);
  res.writeHead(entry.status, list);
  res.cork();
  const pieces = entry.pieces;
  for (let i = 0; i < pieces.length; i++) {
    if (i > 0) res.write(nonce, "latin1");
    res.write(pieces[i]);
  }
  res.end();
}

/**
 * @param {{ seconds: number, mark: () => Promise<string | null> | null, take?: (address: string) => { ok: boolean, retryAfterSeconds?: number } | null }} options
 *   `mark` gives the ledger's mark (null while the app has not registered it: nothing is kept); `take` the open-data
 *   API's rate limit for one address (null: no limit registered yet).
 */
export function createPageCache({ seconds, mark, take }) {
  const entries = new Map();
  const rendering = new Set();
  /** Compressions under way (`settled` waits for them: tests). */
  const compressing = new Set();
  let totalBytes = 0;

  const forget = (key) => {
    const e = entries.get(key);
    if (!e) return;
    totalBytes -= e.bytes;
    entries.delete(key);
  };
  const keep = (key, entry) => {
    forget(key);
    entries.set(key, entry);
    totalBytes += entry.bytes;
    while (entries.size > MAX_ENTRIES || totalBytes > MAX_TOTAL_BYTES) forget(entries.keys().next().value);
  };

  /** Lets Next render the answer and keeps it if it can be kept. */
  function renderAndKeep(req, res, key, markNow, handle) {
    rendering.add(key);
    // The kept copy is plain: each reader's copy is compressed as they accept it.
    delete req.headers["accept-encoding"];
    const chunks = [];
    let size = 0;
    const collect = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function" || size > MAX_BODY_BYTES) return;
      const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
      size += buf.length;
      chunks.push(buf);
    };
    const write = res.write;
    const end = res.end;
    res.write = function (chunk, encoding, cb) {
      collect(chunk, encoding);
      return write.call(this, chunk, encoding, cb);
    };
    res.end = function (chunk, encoding, cb) {
      collect(chunk, encoding);
      return end.call(this, chunk, encoding, cb);
    };
    res.setHeader("x-aiqyn-cache", "miss");
    const done = () => rendering.delete(key);
    res.on("close", done);
    res.on("finish", () => {
      done();
      if (res.statusCode !== 200 || size > MAX_BODY_BYTES || markNow === null) return;
      const headers = res.getHeaders();
      const body = Buffer.concat(chunks);
      const nonce = nonceIn(headers["content-security-policy"]);
      const pieces = nonce ? cut(body, Buffer.from(nonce, "utf8")) : [body];
      const kept = pieces.reduce((n, p) => n + p.length, 0);
      const entry = { status: 200, head: headTemplate(headers, nonce), pieces, size: kept, bytes: kept, isCut: nonce !== null, gz: null, mark: markNow, at: Date.now() };
      keep(key, entry);
      // Compressed once, in zlib's threads; readers until then get the plain answer.
      if (kept < GZIP_MIN_BYTES) return;
      const job = compressPieces(pieces, nonce ? NONCE_LENGTH : 0)
        .then(
          (gz) => {
            entry.gz = gz;
            if (entries.get(key) !== entry) return;
            entry.bytes += gz.length;
            totalBytes += gz.length;
          },
          (error) => console.error(`Failed to compress the kept answer of ${req.url}`, error),
        )
        .finally(() => compressing.delete(job));
      compressing.add(job);
    });
    return handle(req, res);
  }

  /** Answers from the cache, or has Next answer (and keeps what it may). Returns what `handle` returns, or nothing. */
  async function serve(req, res, handle, address) {
    const key = seconds > 0 ? cacheKeyOf(req) : null;
    if (key === null) return handle(req, res);
    let markNow = null;
    try {
      markNow = (await mark()) ?? null;
    } catch {
      markNow = null;
    }
    const kept = entries.get(key);
    const age = kept ? Date.now() - kept.at : Infinity;
    const usable = kept && markNow !== null && kept.mark === markNow && age < seconds * 1000;
    const state = usable ? "hit" : kept && rendering.has(key) && age < STALE_MAX_MS ? "stale" : null;
    if (state === null) return rendering.has(key) ? handle(req, res) : renderAndKeep(req, res, key, markNow, handle);
    if ((req.url ?? "").startsWith("/api/open/")) {
      const taken = take?.(address) ?? null;
      if (taken && !taken.ok) {
        res.writeHead(429, { ...API_HEADERS, "retry-after": String(taken.retryAfterSeconds ?? 60) });
        res.end(apiErrorBody(429, TOO_MANY_REQUESTS));
        return;
      }
    }
    deliver(req, res, kept, state);
  }

  const clear = () => {
    entries.clear();
    totalBytes = 0;
  };
  const settled = () => Promise.all([...compressing]).then(() => undefined);
  return { serve, clear, settled, size: () => entries.size };
}
