import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ACT_MAX_BYTES } from "../invoices/act-documents";
import { ACTION_BODY_MAX_BYTES } from "./body-limits";

const require = createRequire(import.meta.url);
// Next parses these sizes with its bundled "bytes"; the same parser here, so that "12mb" means what Next reads.
const bytes = require("next/dist/compiled/bytes") as { parse: (value: string) => number | null };
const config = (await import(pathToFileURL(path.resolve(__dirname, "../../next.config.mjs")).href)).default as { experimental: { serverActions: { bodySizeLimit: string }; proxyClientMaxBodySize: string } };

// The app's own "file too large (at most N MB)" must fire before any framework limit does (decision 0073).
describe("request body limits", () => {
  const action = bytes.parse(config.experimental.serverActions.bodySizeLimit)!;
  const proxy = bytes.parse(config.experimental.proxyClientMaxBodySize)!;

  it("leaves room above the largest act for the rest of the form", () => {
    expect(action - ACT_MAX_BYTES).toBeGreaterThanOrEqual(1024 * 1024);
  });

  it("refuses in proxy.ts at the same size as Next's action limit", () => {
    expect(ACTION_BODY_MAX_BYTES).toBe(action);
  });

  it("lets the proxy buffer more than a server action accepts, so a body is refused whole (413), never cut", () => {
    expect(proxy).toBeGreaterThan(action);
  });
});
