// Next runs register() once when a server starts, before it serves a request: the place to wire what the
// server's lib modules expect (lib/startup.ts). Only in the Node.js runtime: the ledger never runs on the edge.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./lib/startup");
}
