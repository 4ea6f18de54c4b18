import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { GET as bulkFile } from "../../app/api/open/ocds/bulk/[file]/route";
import { GET as bulkIndex } from "../../app/api/open/ocds/bulk/route";
import { GET as extensionFile } from "../../app/api/open/ocds/extension/[file]/route";
import { GET as policy } from "../../app/api/open/ocds/policy/route";
import { GET as record } from "../../app/api/open/ocds/records/[ocid]/route";
import { GET as records } from "../../app/api/open/ocds/records/route";
import { GET as release } from "../../app/api/open/ocds/releases/[id]/route";
import { GET as releases } from "../../app/api/open/ocds/releases/route";
import { resetOcdsConfig } from "../../lib/ocds/config";
import { resetOcdsBuckets } from "../../lib/ocds/http";
import { writeBulkFiles } from "../../lib/ocds/bulk";
import { openDataView } from "../../lib/ocds/data-page";
import { buildWorld } from "../support/ledger-fixtures";

const get = (url: string, address = "10.0.0.1") => new Request(`http://portal.test${url}`, { headers: { "x-forwarded-for": address } });
const params = <T>(p: T) => ({ params: Promise.resolve(p) });

afterEach(() => {
  delete process.env.OCDS_RATE_BURST;
  delete process.env.OCDS_BULK_DIR;
  resetOcdsConfig();
  resetOcdsBuckets();
});

describe("open data API over HTTP", () => {
  it("answers packages at the top level, links.next by keyset, and a JSON error with 400 or 404, never a 500", async () => {
    const w = await buildWorld();
    const first = await releases(get("/api/open/ocds/releases?limit=1"));
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toContain("application/json");
    const body = await first.json();
    expect(body.releases).toHaveLength(1);
    expect(body.links.next).toMatch(/^http:\/\/portal\.test\/api\/open\/ocds\/releases\?limit=1&cursor=/);
    const second = await (await releases(get(new URL(body.links.next).pathname + new URL(body.links.next).search))).json();
    expect(second.releases[0].id).not.toBe(body.releases[0].id);

    const one = await release(get("/x"), params({ id: body.releases[0].id }));
    expect((await one.json()).releases).toEqual(body.releases);
    expect((await record(get("/x"), params({ ocid: `ocds-aiqyn0-${w.contract.id}` }))).status).toBe(200);
    expect((await records(get("/api/open/ocds/records?limit=100"))).status).toBe(200);

    for (const [response, status] of [
      [await releases(get("/api/open/ocds/releases?limit=0")), 400],
      [await releases(get("/api/open/ocds/releases?cursor=%00%01")), 400],
      [await records(get("/api/open/ocds/records?cursor=abc")), 400],
      [await release(get("/x"), params({ id: "ocds-aiqyn0-1-contract-99999999" })), 404],
      [await record(get("/x"), params({ ocid: "ocds-aiqyn0-99999999" })), 404],
      [await extensionFile(get("/x"), params({ file: "../../package.json" })), 404],
      [await bulkFile(get("/x"), params({ file: "../index.json" })), 404],
      [await policy(get("/api/open/ocds/policy?format=xml")), 400],
    ] as const) {
      expect(response.status).toBe(status);
      expect((await response.json()).error.status).toBe(status);
    }
  });

  it("serves the extension, the policy (JSON and Markdown) and the bulk files with their index", async () => {
    await buildWorld();
    const ext = await (await extensionFile(get("/x"), params({ file: "extension.json" }))).json();
    expect(ext.schemas).toEqual(["release-schema.json"]);
    expect((await extensionFile(get("/x"), params({ file: "release-schema.json" }))).status).toBe(200);
    const json = await (await policy(get("/api/open/ocds/policy"))).json();
    expect(json.license.url).toBe("https://creativecommons.org/licenses/by/4.0/");
    const md = await policy(get("/api/open/ocds/policy?format=md"));
    expect(md.headers.get("content-type")).toContain("text/markdown");
    expect(await md.text()).toContain("CC BY 4.0");

    const dir = await mkdtemp(path.join(os.tmpdir(), "ocds-api-"));
    process.env.OCDS_BULK_DIR = dir;
    resetOcdsConfig();
    try {
      expect(await (await bulkIndex(get("/api/open/ocds/bulk"))).json()).toEqual({ generatedAt: "", files: [] });
      const written = await writeBulkFiles({ baseUrl: "http://portal.test" });
      const index = await (await bulkIndex(get("/api/open/ocds/bulk"))).json();
      expect(index).toEqual(written);
      const view = await openDataView();
      expect(view.files.map((f) => [f.name, f.href, f.size, f.sha256])).toEqual(written.files.map((f) => [f.name, `/api/open/ocds/bulk/${f.name}`, f.size, f.sha256]).reverse());
      expect(view.generatedAt).toBeInstanceOf(Date);
      const file = index.files[0];
      const response = await bulkFile(get("/x"), params({ file: file.name }));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/gzip");
      expect(response.headers.get("last-modified")).toBeTruthy();
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.length).toBe(file.size);
      expect(JSON.parse(gunzipSync(bytes).toString("utf8")).releases).toHaveLength(file.releases);
      expect((await bulkFile(get("/x"), params({ file: "releases-1999-01.json.gz" }))).status).toBe(404);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("answers 429 with Retry-After when one address asks too fast; another address is not affected", async () => {
    process.env.OCDS_RATE_BURST = "3";
    resetOcdsConfig();
    resetOcdsBuckets();
    for (let i = 0; i < 3; i++) expect((await policy(get("/api/open/ocds/policy", "10.9.9.9"))).status).toBe(200);
    const refused = await policy(get("/api/open/ocds/policy", "10.9.9.9"));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await refused.json()).error.status).toBe(429);
    expect((await policy(get("/api/open/ocds/policy", "10.8.8.8"))).status).toBe(200);
  });
});
