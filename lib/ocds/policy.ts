import { OCDS_LICENSE } from "./packages";

// The publication policy (decision 0150), served as JSON and as Markdown by /api/open/ocds/policy and shown on
// /open/data. English only: it is the data's documentation, like the OCDS field names.

export type TPolicy = {
  license: { name: string; url: string };
  updateFrequency: string;
  ocdsVersion: string;
  ocidPrefix: string;
  scope: string;
  personalData: string;
  endpoints: { path: string; what: string }[];
  rateLimit: string;
  bulk: string;
};

export function publicationPolicy(o: { ocidPrefix: string; burst: number; perMinute: number }): TPolicy {
  return {
    license: { name: "Creative Commons Attribution 4.0 International (CC BY 4.0)", url: OCDS_LICENSE },
    updateFrequency: "Releases appear in the API as soon as the ledger posts them (real time); bulk files are regenerated daily.",
    ocdsVersion: "1.1.5",
    ocidPrefix: o.ocidPrefix,
    scope: "Every contract paid from coloured (earmarked) budget money is one contracting process: general contracts and, linked to them, subcontracts. Releases: the signed contract, each subcontract, each payment (or its reversal), each payment the purpose rules refused.",
    personalData: "No person is identified: companies by their BIN (scheme KZ-BIN); individual entrepreneurs (registered with an IIN) are grouped as one party without a name or number.",
    endpoints: [
      { path: "/api/open/ocds/releases", what: "Release packages, oldest first; follow links.next (parameters cursor, limit 1-100)." },
      { path: "/api/open/ocds/releases/{releaseId}", what: "One release, in a release package." },
      { path: "/api/open/ocds/records", what: "Record packages by contracting process; follow links.next (cursor, limit 1-100)." },
      { path: "/api/open/ocds/records/{ocid}", what: "One record: every release of the process and the compiled release." },
      { path: "/api/open/ocds/bulk", what: "The bulk files index: one gzipped release package per month, with size and SHA-256." },
      { path: "/api/open/ocds/extension/extension.json", what: "The portal's OCDS extension (colour, lot lineage, refused attempts)." },
    ],
    rateLimit: `No keys. Each address may make ${o.burst} requests at once, then ${o.perMinute} a minute; beyond that the answer is 429 with Retry-After (seconds).`,
    bulk: "Monthly by release date (Kazakhstan time, UTC+05:00); a month's file no longer changes once the month is over.",
  };
}

export function policyMarkdown(p: TPolicy): string {
  return [
    "# Open contracting data: publication policy",
    "",
    `- **Licence:** [${p.license.name}](${p.license.url})`,
    `- **Standard:** Open Contracting Data Standard ${p.ocdsVersion}, ocid prefix \`${p.ocidPrefix}\``,
    `- **Updates:** ${p.updateFrequency}`,
    `- **Scope:** ${p.scope}`,
    `- **Personal data:** ${p.personalData}`,
    `- **Rate limit:** ${p.rateLimit}`,
    `- **Bulk files:** ${p.bulk}`,
    "",
    "## Endpoints",
    "",
    ...p.endpoints.map((e) => `- \`${e.path}\`: ${e.what}`),
    "",
  ].join("\n");
}
