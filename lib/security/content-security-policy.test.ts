import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "./content-security-policy";

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));

describe("contentSecurityPolicy", () => {
  it("in production runs only scripts and <style> elements with the response's nonce, and forbids framing, plugins and <base>", () => {
    const p = directives(contentSecurityPolicy({ nonce: "abc=", isDevelopment: false, isHttps: false }));
    expect(p.get("script-src")).toEqual(["'self'", "'nonce-abc='", "'strict-dynamic'"]);
    expect(p.get("style-src")).toEqual(["'self'", "'nonce-abc='"]);
    expect(p.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    expect(p.get("frame-ancestors")).toEqual(["'none'"]);
    expect(p.get("object-src")).toEqual(["'none'"]);
    expect(p.get("base-uri")).toEqual(["'none'"]);
    expect(p.has("upgrade-insecure-requests")).toBe(false);
  });

  it("allows eval and inline styles only under `next dev`, and upgrades requests only over HTTPS", () => {
    const dev = directives(contentSecurityPolicy({ nonce: "abc=", isDevelopment: true, isHttps: true }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(dev.get("style-src")).toContain("'unsafe-inline'");
    expect(dev.has("upgrade-insecure-requests")).toBe(true);
  });

  it("makes a different 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });
});
