import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { TOO_MANY_REQUESTS } from "../../lib/ocds/api-error.mjs";
import { cacheKeyOf, createPageCache } from "./page-cache.mjs";

type TReq = { method: string; url: string; headers: Record<string, string | undefined> };
const req = (url: string, headers: Record<string, string> = {}, method = "GET"): TReq => ({ method, url, headers });

describe("which requests the page cache may answer", () => {
  it.each([
    ["the public home", req("/open"), true],
    ["a public profile with a filter", req("/open/projects/12?year=2026"), true],
    ["the open-data API", req("/api/open/ocds/releases"), true],
    ["the search download", req("/api/open/search?q=a&format=csv"), true],
    ["a bulk file (streamed from disk)", req("/api/open/ocds/bulk/releases-2026-01.json.gz"), false],
    ["a private page", req("/projects"), false],
    ["the sign-in page", req("/sign-in"), false],
    ["the parent's voucher page", req("/meals"), false],
    ["a POST", req("/open", {}, "POST"), false],
    ["a HEAD", req("/open", {}, "HEAD"), false],
    ["a signed-in reader", req("/open", { cookie: "a=1; authjs.session-token=xyz" }), false],
    ["a signed-in reader over HTTPS", req("/open", { cookie: "__Secure-authjs.session-token=xyz" }), false],
    ["a client-side navigation", req("/open", { rsc: "1" }), false],
    ["a prefetch", req("/open?_rsc=abc"), false],
    ["a range request", req("/open", { range: "bytes=0-10" }), false],
  ])("%s", (_what, r, cacheable) => {
    expect(cacheKeyOf(r) !== null).toBe(cacheable);
  });

  it("keeps languages apart: the locale cookie, else the browser's languages", () => {
    const ru = cacheKeyOf(req("/open", { cookie: "aiqyn-locale=ru" }));
    const kk = cacheKeyOf(req("/open", { cookie: "aiqyn-locale=kk" }));
    const browserKk = cacheKeyOf(req("/open", { "accept-language": "kk-KZ,kk;q=0.9" }));
    const browserEn = cacheKeyOf(req("/open", { "accept-language": "en-US" }));
    expect(new Set([ru, kk, browserKk, browserEn]).size).toBe(4);
    // With the cookie the browser's languages do not matter.
    expect(cacheKeyOf(req("/open", { cookie: "aiqyn-locale=ru", "accept-language": "en" }))).toBe(ru);
  });
});

describe("the page cache in front of a server", () => {
  let server: http.Server | null = null;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /** A stand-in for Next: a page with its nonce in the policy and a script, a cookie, and a count of renders. */
  async function start(options: { seconds?: number; limited?: boolean } = {}) {
    let renders = 0;
    let mark = "1:1";
    let nonceSeq = 0;
    const handle = async (_req: http.IncomingMessage, res: http.ServerResponse) => {
      renders++;
      const nonce = `nonce${String(++nonceSeq).padStart(4, "0")}AAAAAAAAAAAAA==`;
      res.setHeader("content-security-policy", `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
      res.setHeader("set-cookie", "authjs.csrf-token=abc; Path=/; HttpOnly");
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.write(`<html><script nonce="${nonce}">1</script>`);
      res.end(`${"x".repeat(2000)} render ${renders}</html>`);
    };
    const cache = createPageCache({
      seconds: options.seconds ?? 10,
      mark: async () => mark,
      take: () => (options.limited ? { ok: false, retryAfterSeconds: 7 } : { ok: true }),
    });
    server = http.createServer((rq, rs) => void cache.serve(rq, rs, handle, "127.0.0.1"));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
    return { base, renders: () => renders, move: () => (mark = `${Number(mark.split(":")[0]) + 1}:1`), settled: cache.settled };
  }

  const get = async (url: string, headers: Record<string, string> = {}) => {
    const res = await fetch(url, { headers: { "accept-encoding": "identity", ...headers } });
    return { status: res.status, headers: res.headers, body: await res.text() };
  };

  it("renders once, then answers from the cache with a fresh nonce everywhere and no cookie", async () => {
    const s = await start();
    const first = await get(`${s.base}/open`);
    const second = await get(`${s.base}/open`);
    const third = await get(`${s.base}/open`);
    expect(s.renders()).toBe(1);
    expect(first.headers.get("x-aiqyn-cache")).toBe("miss");
    expect(second.headers.get("x-aiqyn-cache")).toBe("hit");
    expect(second.headers.get("set-cookie")).toBeNull();
    expect(second.body).toContain("render 1");
    const nonceOf = (r: { headers: Headers }) => /'nonce-([^']+)'/.exec(r.headers.get("content-security-policy") ?? "")?.[1];
    const nonces = [first, second, third].map(nonceOf);
    expect(new Set(nonces).size).toBe(3);
    for (const [i, r] of [first, second, third].entries()) expect(r.body).toContain(`<script nonce="${nonces[i]}">`);
  });

  it("renders again once the ledger has moved", async () => {
    const s = await start();
    await get(`${s.base}/open`);
    s.move();
    const after = await get(`${s.base}/open`);
    expect(after.body).toContain("render 2");
    expect(s.renders()).toBe(2);
  });

  it("renders again after its seconds, and never keeps anything with 0", async () => {
    const none = await start({ seconds: 0 });
    await get(`${none.base}/open`);
    await get(`${none.base}/open`);
    expect(none.renders()).toBe(2);
  });

  /** The raw bytes of an answer, not decompressed (the languages as fetch sends them: the same kept answer). */
  const raw = (url: string, headers: Record<string, string>) =>
    new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve) =>
      http.get(url, { headers: { "accept-language": "*", ...headers } }, (r) => {
        const chunks: Buffer[] = [];
        r.on("data", (c: Buffer) => chunks.push(c));
        r.on("end", () => resolve({ headers: r.headers, body: Buffer.concat(chunks) }));
      }),
    );

  it("compresses the reader's copy when they accept gzip", async () => {
    const s = await start();
    await get(`${s.base}/open`);
    // A hit: the answer is kept and its compression started.
    expect((await get(`${s.base}/open`)).headers.get("x-aiqyn-cache")).toBe("hit");
    await s.settled();
    const res = await fetch(`${s.base}/open`, { headers: { "accept-encoding": "gzip" } });
    expect(res.headers.get("x-aiqyn-cache")).toBe("hit");
    // fetch decompresses; the body is the page
    expect(await res.text()).toContain("render 1");
    const raw = await new Promise<{ encoding: string | undefined; body: Buffer }>((resolve) =>
      http.get(`${s.base}/open`, { headers: { "accept-encoding": "gzip", "accept-language": "*" } }, (r) => {
        const chunks: Buffer[] = [];
        r.on("data", (c: Buffer) => chunks.push(c));
        r.on("end", () => resolve({ encoding: r.headers["content-encoding"], body: Buffer.concat(chunks) }));
      }),
    );
    expect(raw.encoding).toBe("gzip");
    expect(gunzipSync(raw.body).toString()).toContain("render 1");
  });

  it("stitches each gzipped copy from the pieces compressed once: the plain answer with its own fresh nonce", async () => {
    const s = await start();
    await get(`${s.base}/open`);
    // Until the one compression is done, readers get the plain answer.
    expect((await raw(`${s.base}/open`, { "accept-encoding": "identity" })).headers["x-aiqyn-cache"]).toBe("hit");
    await s.settled();
    const nonceOf = (h: http.IncomingHttpHeaders) => /'nonce-([^']+)'/.exec(String(h["content-security-policy"]))![1]!;
    const seen = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const zipped = await raw(`${s.base}/open`, { "accept-encoding": "gzip, deflate, br" });
      const plain = await raw(`${s.base}/open`, { "accept-encoding": "identity" });
      expect(zipped.headers["content-encoding"]).toBe("gzip");
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(Number(zipped.headers["content-length"])).toBe(zipped.body.length);
      expect(Number(plain.headers["content-length"])).toBe(plain.body.length);
      expect(zipped.headers.vary).toMatch(/accept-encoding/i);
      // gunzipSync checks the trailer: the CRC-32 and the length of the whole.
      const unzipped = gunzipSync(zipped.body).toString();
      const [zn, pn] = [nonceOf(zipped.headers), nonceOf(plain.headers)];
      expect(unzipped).toBe(plain.body.toString().replaceAll(pn, zn));
      expect(unzipped).toContain(`<script nonce="${zn}">1</script>`);
      seen.add(zn).add(pn);
    }
    expect(seen.size).toBe(6);
    expect(s.renders()).toBe(1);
  });

  it("counts the open-data API's answers from the cache against the rate limit", async () => {
    const s = await start({ limited: true });
    await get(`${s.base}/api/open/ocds/releases`);
    const limited = await get(`${s.base}/api/open/ocds/releases`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("7");
    // The same answer as the API's own routes give (lib/ocds/http.ts).
    expect(JSON.parse(limited.body)).toEqual({ error: { status: 429, message: TOO_MANY_REQUESTS } });
    expect(limited.headers.get("access-control-allow-origin")).toBe("*");
    // Pages are not rate limited.
    await get(`${s.base}/open`);
    expect((await get(`${s.base}/open`)).status).toBe(200);
  });

  it("never answers a signed-in reader from the cache", async () => {
    const s = await start();
    await get(`${s.base}/open`);
    const signedIn = await get(`${s.base}/open`, { cookie: "authjs.session-token=abc" });
    expect(signedIn.body).toContain("render 2");
  });
});
