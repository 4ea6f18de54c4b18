// The embedded PostgreSQL: PGlite (PostgreSQL compiled to WASM) served on the wire protocol by
// pglite-socket, so the app, migrations, seed and tests all talk to it through the ordinary `pg` driver.
// Only one process may open a data folder (two openers silently lose writes), so the process that
// opens it records itself in server.json beside the folder and everyone else connects to its port.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export const DEFAULT_DATA_DIR = path.resolve(".data/pglite");
export const DEFAULT_PORT = 54329;

function serverFile(dataDir) {
  return path.join(path.dirname(dataDir), `${path.basename(dataDir)}.server.json`);
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function canConnect(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function freePort(preferred) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const srv = net.createServer();
      srv.once("error", () => resolve(null));
      srv.listen(port, "127.0.0.1", () => {
        const { port: got } = srv.address();
        srv.close(() => resolve(got));
      });
    });
  return (await tryPort(preferred)) ?? (await tryPort(0));
}

export function urlFor(port) {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

/** The URL of an embedded server some other process already runs on this data folder, if any. */
export async function findRunning(dataDir = DEFAULT_DATA_DIR) {
  const file = serverFile(dataDir);
  if (!fs.existsSync(file)) return null;
  try {
    const info = JSON.parse(fs.readFileSync(file, "utf8"));
    if (info.pid !== process.pid && isAlive(info.pid) && (await canConnect(info.port))) return urlFor(info.port);
  } catch {
    // A broken file is as good as none: the folder is not open.
  }
  fs.rmSync(file, { force: true });
  return null;
}

/**
 * Opens the data folder (or an in-memory database when dataDir is null) and serves it on 127.0.0.1.
 * @param {{ dataDir?: string | null, port?: number, quiet?: boolean }} [options]
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function startEmbedded({ dataDir = DEFAULT_DATA_DIR, port = DEFAULT_PORT, quiet = false } = {}) {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketHandler } = await import("@electric-sql/pglite-socket");
  const { ProtocolAwareQueue } = await import("./pglite-queue.mjs");
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const db = dataDir ? await PGlite.create({ dataDir }) : await PGlite.create();
  const chosen = await freePort(port);
  await db.waitReady;
  const queryQueue = new ProtocolAwareQueue(db);
  const handlers = new Set();
  const server = net.createServer((socket) => {
    const handler = new PGLiteSocketHandler({ queryQueue, closeOnDetach: true });
    handlers.add(handler);
    socket.once("close", () => handlers.delete(handler));
    handler.attach(socket).catch(() => socket.destroy());
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(chosen, "127.0.0.1", resolve);
  });
  const file = dataDir ? serverFile(dataDir) : null;
  if (file) fs.writeFileSync(file, JSON.stringify({ pid: process.pid, port: chosen, startedAt: new Date().toISOString() }));
  if (!quiet) console.log(`Embedded PostgreSQL (PGlite) ${dataDir ? `in ${path.relative(process.cwd(), dataDir)}` : "in memory"} on 127.0.0.1:${chosen}`);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    for (const handler of handlers) await handler.detach(true).catch(() => {});
    await new Promise((resolve) => server.close(() => resolve()));
    await db.close().catch(() => {});
    if (file) fs.rmSync(file, { force: true });
  };
  return { url: urlFor(chosen), stop };
}
