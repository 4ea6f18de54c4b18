// The production server: `next start`, plus one thing it does not do. Next's router fills X-Forwarded-For
// only when the request has none (`??=` in next/dist/server/base-server.js), so a header forged by the client
// reached the app as the client's address: fifty failed sign-ins under a made-up address locked that address
// out. Here every request's forwarding headers are replaced before Next sees them: X-Forwarded-For becomes the
// one address computed from the socket and TRUSTED_PROXIES (scripts/lib/client-address.mjs); the others are
// kept only when a trusted proxy sent them. Decisions 0063 and 0065.
//   node scripts/serve.mjs [-p PORT] [-H HOSTNAME] [--keepAliveTimeout MS]      (PORT, HOSTNAME, TRUSTED_PROXIES)
import http from "node:http";
import next from "next";
import { clientAddress, normalizeAddress, parseTrustedProxies } from "./lib/client-address.mjs";
import { createPageCache } from "./lib/page-cache.mjs";

function option(names, fallback) {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    for (const name of names) {
      if (args[i] === name) return args[i + 1];
      if (args[i].startsWith(`${name}=`)) return args[i].slice(name.length + 1);
    }
  }
  return fallback;
}

const port = Number(option(["-p", "--port"], process.env.PORT ?? 3000));
const hostname = option(["-H", "--hostname"], process.env.HOSTNAME || undefined);
const keepAliveTimeout = option(["--keepAliveTimeout"], undefined);
let trusted;
try {
  trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);
} catch (error) {
  console.error(error.message);
  process.exit(2);
}

// Headers a client could use to claim another address, host or scheme. Only a trusted proxy may set them.
const FORWARDING = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip"];

/** Rewrites the forwarding headers of one request in place: lib/auth.ts reads X-Forwarded-For and nothing else. */
function sanitizeForwarding(req) {
  const peerTrusted = trusted.isTrusted(normalizeAddress(req.socket.remoteAddress));
  req.headers["x-forwarded-for"] = clientAddress({ socketAddress: req.socket.remoteAddress, forwardedFor: req.headers["x-forwarded-for"], trusted });
  if (!peerTrusted) for (const name of FORWARDING) delete req.headers[name];
  delete req.headers["x-real-ip"];
}

const app = next({ dev: false, hostname, port, dir: process.cwd() });
await app.prepare();
const handle = app.getRequestHandler();

// The public portal's anonymous answers, kept a few seconds (decision 0244). The app registers the ledger's mark and
// the open-data rate limit on globalThis when it first serves them (lib/public/aggregate-cache.ts, lib/ocds/http.ts).
const pageCacheSeconds = Number(process.env.PUBLIC_PAGE_CACHE_SECONDS ?? 10);
const pageCache = createPageCache({
  seconds: Number.isFinite(pageCacheSeconds) && pageCacheSeconds >= 0 ? pageCacheSeconds : 10,
  mark: () => globalThis.aiqynPublicMark?.() ?? null,
  take: (address) => globalThis.aiqynOcdsBuckets?.take(address) ?? null,
});

const server = http.createServer((req, res) => {
  sanitizeForwarding(req);
  Promise.resolve(pageCache.serve(req, res, handle, req.headers["x-forwarded-for"])).catch((error) => {
    console.error(`Failed to handle request for ${req.url}`, error);
    if (!res.headersSent) res.statusCode = 500;
    res.end("Internal Server Error");
  });
});
// Node's default keeps an idle connection 5 s: a client that reuses it just as the server closes it gets "other side
// closed" (seen at 50 clients reading 2 MB API pages on a busy machine). 65 s outlasts the usual 60 s idle timeout
// of the proxy or load balancer in front, which should be the one to close.
server.keepAliveTimeout = Number(keepAliveTimeout ?? 65_000);
server.headersTimeout = Math.max(server.headersTimeout, server.keepAliveTimeout + 1_000);
server.on("error", (error) => {
  console.error("Failed to start server", error);
  process.exit(1);
});
server.listen(port, hostname, () => {
  const shown = !hostname || hostname === "0.0.0.0" ? "localhost" : hostname;
  console.log(`\u2713 Ready on http://${shown}:${port} (trusted proxies: ${trusted.size ? process.env.TRUSTED_PROXIES : "none"})`);
});
// Like `next start`: a signal ends the process at once (the database may be stopping beside it).
const stop = () => process.exit(0);
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
