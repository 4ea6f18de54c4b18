import { describe, expect, it } from "vitest";
import { jsonResponse, readJsonBody } from "./json-body";

const request = (body: BodyInit | null, type = "application/json", headers: Record<string, string> = {}) =>
  new Request("http://localhost/canteen/scans", { method: "POST", body, headers: { ...(type ? { "content-type": type } : {}), ...headers } });

describe("readJsonBody", () => {
  it.each([
    ["a JSON object", request('{"device":"a","scans":[]}'), { ok: true, value: { device: "a", scans: [] } }],
    ["JSON with a charset", request("[1]", "application/json; charset=utf-8"), { ok: true, value: [1] }],
    ["not JSON", request("device=a"), { ok: false, reason: "malformed" }],
    ["cut JSON", request('{"device":'), { ok: false, reason: "malformed" }],
    ["an empty body", request(null), { ok: false, reason: "malformed" }],
    ["a text/plain body (what a cross-site form can send)", request('{"device":"a","scans":[]}', "text/plain"), { ok: false, reason: "malformed" }],
    ["no content type", request("{}", ""), { ok: false, reason: "malformed" }],
    ["bytes that are not UTF-8", request(new Uint8Array([0x7b, 0xff, 0x7d])), { ok: false, reason: "malformed" }],
    ["a body over the limit", request(JSON.stringify({ pad: "x".repeat(2000) })), { ok: false, reason: "too-large" }],
    ["a declared length over the limit", request("{}", "application/json", { "content-length": "5000" }), { ok: false, reason: "too-large" }],
  ])("%s", async (_what, r, expected) => {
    expect(await readJsonBody(r, 1024)).toEqual(expected);
  });
});

describe("jsonResponse", () => {
  it("writes bigints as strings and is never cached", async () => {
    const response = jsonResponse(200, { mealId: 9_007_199_254_740_993n });
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await response.text()).toBe('{"mealId":"9007199254740993"}');
  });
});
