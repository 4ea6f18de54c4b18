import { compileReleases } from "./compile";
import { ocdsDateTime } from "./format";
import { SUBCONTRACTING_EXTENSION_URL } from "./releases";
import type { TJson } from "./types";

// Release and record packages (OCDS 1.1): the package metadata, with the extensions the releases use.

export const OCDS_LICENSE = "https://creativecommons.org/licenses/by/4.0/";
export const PUBLISHER = { name: "Aiqyn coloured budget money portal" };

export type TPackageContext = { baseUrl: string; uri: string };

export const extensionUrl = (baseUrl: string) => `${baseUrl}/api/open/ocds/extension/extension.json`;
export const policyUrl = (baseUrl: string) => `${baseUrl}/api/open/ocds/policy`;
export const releaseUrl = (baseUrl: string, releaseId: string) => `${baseUrl}/api/open/ocds/releases/${encodeURIComponent(releaseId)}`;
export const recordUrl = (baseUrl: string, ocid: string) => `${baseUrl}/api/open/ocds/records/${encodeURIComponent(ocid)}`;

/** publishedDate: the time of the last change to the contents (the latest release), or now for an empty package. */
function publishedDate(dates: readonly string[], now: Date): string {
  if (dates.length === 0) return ocdsDateTime(now);
  return dates.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
}

function metadata(ctx: TPackageContext, dates: readonly string[], now: Date): TJson {
  return {
    uri: ctx.uri,
    version: "1.1",
    extensions: [SUBCONTRACTING_EXTENSION_URL, extensionUrl(ctx.baseUrl)],
    publishedDate: publishedDate(dates, now),
    publisher: PUBLISHER,
    license: OCDS_LICENSE,
    publicationPolicy: policyUrl(ctx.baseUrl),
  };
}

export function releasePackage(ctx: TPackageContext, releases: readonly TJson[], now = new Date()): TJson {
  return { ...metadata(ctx, releases.map((r) => r.date as string), now), releases };
}

/** A record per process: its releases embedded in publication order, and the compiled release. */
export function recordOf(releases: readonly TJson[]): TJson {
  return { ocid: releases[0]!.ocid, releases, compiledRelease: compileReleases(releases) };
}

export function recordPackage(ctx: TPackageContext, records: readonly TJson[], now = new Date()): TJson {
  const dates = records.map((r) => r.compiledRelease.date as string);
  return { ...metadata(ctx, dates, now), records };
}
