// The address a request really came from, for sign-in throttling and the audit log. Forwarding headers are
// written by whoever sent the request, so they count only when the hop that wrote them is a proxy we run:
// the socket's peer, then X-Forwarded-For read from the right, one hop at a time, while the hop is trusted.
import net from "node:net";

/** The address without an IPv4-mapped IPv6 prefix ("::ffff:10.0.0.1" → "10.0.0.1"), or null when not an IP. */
export function normalizeAddress(raw) {
  if (typeof raw !== "string") return null;
  let value = raw.trim();
  // "[::1]:1234" and "10.0.0.1:1234" (some proxies add the port); a bare IPv6 has several colons.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1];
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  if (mapped) value = mapped[1];
  const kind = net.isIP(value);
  if (kind === 0) return null;
  return kind === 6 ? value.toLowerCase() : value;
}

/**
 * Parses TRUSTED_PROXIES: addresses or CIDR ranges separated by commas or spaces ("10.0.0.0/8, ::1").
 * Throws on an entry that is neither, so that a typo cannot silently trust nobody (or everybody).
 */
export function parseTrustedProxies(text) {
  const list = new net.BlockList();
  const entries = String(text ?? "")
    .split(/[\s,]+/)
    .filter(Boolean);
  for (const entry of entries) {
    const [base, bits, extra] = entry.split("/");
    const address = normalizeAddress(base);
    const prefix = bits === undefined ? null : Number(bits);
    const family = address && net.isIP(address) === 6 ? "ipv6" : "ipv4";
    const maxBits = family === "ipv6" ? 128 : 32;
    if (!address || extra !== undefined || (prefix !== null && !(/^\d+$/.test(bits) && prefix <= maxBits))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    }
    if (prefix === null) list.addAddress(address, family);
    else list.addSubnet(address, prefix, family);
  }
  return { isTrusted: (address) => address !== null && list.check(address, net.isIP(address) === 6 ? "ipv6" : "ipv4"), size: entries.length };
}

/**
 * The client's address: the socket peer unless it is a trusted proxy; then X-Forwarded-For from the right,
 * skipping trusted hops, and the first hop that is not trusted is the client. A malformed hop ends the walk:
 * it was written by someone we cannot vouch for, so the last trusted hop's peer (the hop before it) is used.
 */
export function clientAddress({ socketAddress, forwardedFor, trusted }) {
  let client = normalizeAddress(socketAddress) ?? "unknown";
  if (!trusted.isTrusted(client === "unknown" ? null : client)) return client;
  const values = Array.isArray(forwardedFor) ? forwardedFor : forwardedFor ? [forwardedFor] : [];
  const hops = values.join(",").split(",").map((h) => h.trim()).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i]);
    if (!hop) break;
    client = hop;
    if (!trusted.isTrusted(hop)) break;
  }
  return client;
}
