import "server-only";
import { NotFoundError } from "../errors";
import { ocdsConfig } from "./config";
import { contractIdOfOcid, INT8_MAX, ocidOf, parseReleaseId, RELEASE_KINDS, type TReleaseKind } from "./format";
import { contractIdsAfter, loadProcesses, releaseRefsAfter, type TCursor } from "./load";
import { recordOf, recordPackage, releasePackage, type TPackageContext } from "./packages";
import { buildReleases } from "./releases";
import type { TJson, TOcdsProcess, TReleaseRef } from "./types";

// The read API's use cases: pages of releases and records with keyset cursors, one release, one record.
// Everything is public (anonymous): no actor, no scope. Bad parameters throw OcdsBadRequest (400).

export class OcdsBadRequest extends Error {}

export const MAX_PAGE = 100;

/** `limit`: 1–100, default 100. */
export function parseLimit(value: string | undefined): number {
  if (value === undefined) return MAX_PAGE;
  if (!/^[1-9]\d{0,2}$/.test(value) || Number(value) > MAX_PAGE) throw new OcdsBadRequest(`limit must be a whole number from 1 to ${MAX_PAGE}`);
  return Number(value);
}

/** A release cursor is opaque to clients: base64url of [date, kind, ref]. */
export function encodeReleaseCursor(ref: Pick<TReleaseRef, "date" | "kind" | "ref">): string {
  return Buffer.from(JSON.stringify([ref.date.toISOString(), ref.kind, ref.ref.toString()])).toString("base64url");
}

export function decodeReleaseCursor(value: string | undefined): TCursor | null {
  if (value === undefined) return null;
  const bad = () => new OcdsBadRequest("cursor is not one this API gave out: start again without it, or follow links.next");
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(value)) throw bad();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    throw bad();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw bad();
  const [date, kind, ref] = parsed as unknown[];
  if (typeof date !== "string" || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(date) || Number.isNaN(Date.parse(date))) throw bad();
  if (typeof kind !== "string" || !RELEASE_KINDS.includes(kind as TReleaseKind)) throw bad();
  if (typeof ref !== "string" || !/^[1-9]\d{0,18}$/.test(ref) || BigInt(ref) > INT8_MAX) throw bad();
  return { date: new Date(date), kind: kind as TReleaseKind, ref: BigInt(ref) };
}

/** A record cursor: the last contract id of the page. */
export function decodeRecordCursor(value: string | undefined): number {
  if (value === undefined) return 0;
  if (!/^[1-9]\d{0,9}$/.test(value) || Number(value) > 2_147_483_647) throw new OcdsBadRequest("cursor must be the number links.next gave");
  return Number(value);
}

/** The releases of the given refs, built from their processes (each process loaded once). */
export async function releasesOfRefs(refs: readonly TReleaseRef[], processes?: Map<number, TOcdsProcess>): Promise<TJson[]> {
  const prefix = ocdsConfig().OCDS_OCID_PREFIX;
  const loaded = processes ?? (await loadProcesses(refs.map((r) => r.contractId)));
  const built = new Map<number, Map<string, TJson>>();
  const out: TJson[] = [];
  for (const ref of refs) {
    const process = loaded.get(ref.contractId);
    if (!process) continue;
    if (!built.has(ref.contractId)) built.set(ref.contractId, new Map(buildReleases(process, prefix).map((r) => [r.id as string, r])));
    const release = built.get(ref.contractId)!.get(`${ocidOf(prefix, ref.contractId)}-${ref.kind}-${ref.ref}`);
    if (release) out.push(release);
  }
  return out;
}

type TPageRequest = { cursor?: string; limit?: string; baseUrl: string; pageUrl: (cursor: string) => string; uri: string };

export async function releasesPage(request: TPageRequest): Promise<TJson> {
  const limit = parseLimit(request.limit);
  const cursor = decodeReleaseCursor(request.cursor);
  const refs = await releaseRefsAfter(cursor, limit + 1);
  const page = refs.slice(0, limit);
  const ctx: TPackageContext = { baseUrl: request.baseUrl, uri: request.uri };
  const body = releasePackage(ctx, await releasesOfRefs(page));
  if (refs.length > limit) body.links = { next: request.pageUrl(encodeReleaseCursor(page[page.length - 1]!)) };
  return body;
}

export async function releaseById(id: string, ctx: TPackageContext): Promise<TJson> {
  const parsed = parseReleaseId(ocdsConfig().OCDS_OCID_PREFIX, id);
  if (!parsed) throw new NotFoundError();
  const processes = await loadProcesses([parsed.contractId]);
  const [release] = await releasesOfRefs([{ date: new Date(0), kind: parsed.kind, ref: parsed.ref, contractId: parsed.contractId }], processes);
  if (!release) throw new NotFoundError();
  return releasePackage(ctx, [release]);
}

export async function recordsPage(request: TPageRequest): Promise<TJson> {
  const limit = parseLimit(request.limit);
  const after = decodeRecordCursor(request.cursor);
  const ids = await contractIdsAfter(after, limit + 1);
  const page = ids.slice(0, limit);
  const prefix = ocdsConfig().OCDS_OCID_PREFIX;
  const processes = await loadProcesses(page);
  const records = page.flatMap((id) => (processes.has(id) ? [recordOf(buildReleases(processes.get(id)!, prefix))] : []));
  const body = recordPackage({ baseUrl: request.baseUrl, uri: request.uri }, records);
  if (ids.length > limit) body.links = { next: request.pageUrl(String(page[page.length - 1])) };
  return body;
}

export async function recordByOcid(ocid: string, ctx: TPackageContext): Promise<TJson> {
  const contractId = contractIdOfOcid(ocdsConfig().OCDS_OCID_PREFIX, ocid);
  if (contractId === null) throw new NotFoundError();
  const process = (await loadProcesses([contractId])).get(contractId);
  if (!process) throw new NotFoundError();
  return recordPackage(ctx, [recordOf(buildReleases(process, ocdsConfig().OCDS_OCID_PREFIX))]);
}
