import { describe, expect, it } from "vitest";
import { isHttpsRequest, withBrowserHeaders } from "./response-headers";

// Over HTTPS (a TLS socket, or X-Forwarded-Proto from a proxy in TRUSTED_PROXIES, which scripts/serve.mjs alone lets
// through) every response of proxy.ts carries Strict-Transport-Security; over plain HTTP none does. The e2e spec
// shows that a client's own X-Forwarded-Proto is dropped, so it earns no HSTS.
describe("withBrowserHeaders", () => {
  it.each([
    ["https://portal.example.kz/sign-in", true],
    ["http://127.0.0.1:3000/sign-in", false],
  ])("%s: Strict-Transport-Security only over HTTPS", (url, isHttps) => {
    expect(isHttpsRequest({ nextUrl: new URL(url) })).toBe(isHttps);
    const response = withBrowserHeaders(new Response("ok"), { policy: "default-src 'self'", isHttps });
    expect(response.headers.get("strict-transport-security")).toBe(isHttps ? "max-age=31536000; includeSubDomains" : null);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'self'");
  });
});

describe("the camera", () => {
  it.each([
    ["/canteen", "camera=(self)"],
    ["/canteen/today", "camera=()"],
    ["/meals", "camera=()"],
    ["/home", "camera=()"],
    [undefined, "camera=()"],
  ])("%s: %s", (pathname, camera) => {
    const policy = withBrowserHeaders(new Response("ok"), { policy: "default-src 'self'", isHttps: false, pathname }).headers.get("permissions-policy") ?? "";
    expect(policy).toContain(camera);
    expect(policy).toContain("microphone=()");
    expect(policy).toContain("geolocation=()");
  });
});
