import fs from "node:fs";
import net from "node:net";
import path from "node:path";

// What the page benchmarks (bench/pages.ts, bench/public.ts) do before they start the production server.

/** A TCP port on the loopback address that nothing listens on just now. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Stops the benchmark when there is no production build to serve. */
export function requireBuild(): void {
  if (!fs.existsSync(path.resolve(".next/BUILD_ID"))) {
    console.error("No production build found: run `npm run build` first (or pass --url of a running app).");
    process.exit(1);
  }
}
