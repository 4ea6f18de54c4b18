import fs from "node:fs";
import path from "node:path";

// Next answers a server-action request whose id it does not know with 400/409, but first logs the error with
// its stack trace (console.warn in its action handler): every probe with a made-up `Next-Action` header wrote
// one to the log. proxy.ts asks here first and answers such requests itself, before Next's handler runs.

type TManifest = { node?: Record<string, unknown>; edge?: Record<string, unknown> };

let known: Set<string> | null | undefined;

/** The ids of this build's server actions, from the manifest `next build` writes; null when there is none (dev). */
function knownIds(manifestPath: string): Set<string> | null {
  try {
    const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8")) as TManifest;
    return new Set([...Object.keys(manifest.node ?? {}), ...Object.keys(manifest.edge ?? {})]);
  } catch {
    return null;
  }
}

/**
 * Whether a `Next-Action` header names one of this build's actions. Without a readable manifest (next dev, or a
 * different layout) every id passes: Next's own handler then decides, as it always did.
 */
export function isKnownActionId(id: string, manifestPath = path.join(process.cwd(), ".next", "server", "server-reference-manifest.json")): boolean {
  if (known === undefined) known = knownIds(manifestPath);
  return known === null || known.has(id);
}

/** For tests: forget the manifest read. */
export function resetKnownActions() {
  known = undefined;
}
