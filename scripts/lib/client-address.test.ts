import { describe, expect, it } from "vitest";
import { clientAddress, normalizeAddress, parseTrustedProxies } from "./client-address.mjs";

const none = parseTrustedProxies("");
const proxies = parseTrustedProxies("10.0.0.0/8, 127.0.0.1 ::1");

describe("the client address behind forwarding headers", () => {
  it.each([
    // [socket, X-Forwarded-For, trusted, expected]
    ["203.0.113.9", "198.51.100.1", none, "203.0.113.9"],
    ["::ffff:203.0.113.9", "198.51.100.1, 10.0.0.1", none, "203.0.113.9"],
    ["203.0.113.9", "198.51.100.1", proxies, "203.0.113.9"],
    ["127.0.0.1", "198.51.100.1", proxies, "198.51.100.1"],
    ["127.0.0.1", "198.51.100.1, 10.1.2.3", proxies, "198.51.100.1"],
    // The client wrote the left part itself: only the hop our proxy appended counts.
    ["127.0.0.1", "1.1.1.1, 198.51.100.1, 10.1.2.3", proxies, "198.51.100.1"],
    ["::1", ["1.1.1.1", "198.51.100.7"], proxies, "198.51.100.7"],
    ["127.0.0.1", undefined, proxies, "127.0.0.1"],
    ["127.0.0.1", "not-an-address, 10.0.0.5", proxies, "10.0.0.5"],
    ["127.0.0.1", "[2001:db8::1]:443", proxies, "2001:db8::1"],
  ] as const)("socket %s, X-Forwarded-For %j → the client", (socketAddress, forwardedFor, trusted, expected) => {
    expect(clientAddress({ socketAddress, forwardedFor, trusted })).toBe(expected);
  });

  it("normalizes addresses and refuses what is not one", () => {
    expect(normalizeAddress("::FFFF:10.0.0.1")).toBe("10.0.0.1");
    expect(normalizeAddress("10.0.0.1:8080")).toBe("10.0.0.1");
    expect(normalizeAddress("2001:DB8::1")).toBe("2001:db8::1");
    expect(normalizeAddress("evil.example")).toBeNull();
    expect(normalizeAddress(undefined)).toBeNull();
  });

  it("refuses a TRUSTED_PROXIES entry that is not an address or range", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/not an IP address/);
    expect(() => parseTrustedProxies("proxy.internal")).toThrow(/not an IP address/);
    expect(parseTrustedProxies("2001:db8::/32").isTrusted("2001:db8::5")).toBe(true);
  });
});
