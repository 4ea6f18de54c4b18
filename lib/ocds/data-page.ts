import "server-only";
import { readBulkIndex } from "./bulk";
import { ocdsConfig } from "./config";
import { OCDS_LICENSE } from "./packages";

// The view model of /open/data (decision 0117): the bulk files as the index lists them, the API's entry points
// and the policy's facts. Links are relative: the page is served by the same portal as the API.

export type TOpenDataView = {
  generatedAt: Date | null;
  files: { name: string; href: string; month: string; releases: number; size: number; sha256: string }[];
  api: { href: string; label: string }[];
  policy: { json: string; markdown: string; license: string };
  rate: { burst: number; perMinute: number };
};

export async function openDataView(): Promise<TOpenDataView> {
  const index = await readBulkIndex();
  const config = ocdsConfig();
  return {
    generatedAt: index.generatedAt ? new Date(index.generatedAt) : null,
    files: [...index.files].reverse().map((f) => ({ name: f.name, href: `/api/open/ocds/bulk/${f.name}`, month: f.month, releases: f.releases, size: f.size, sha256: f.sha256 })),
    api: ["/api/open/ocds/releases", "/api/open/ocds/records", "/api/open/ocds/bulk", "/api/open/ocds/extension/extension.json"].map((href) => ({ href, label: href })),
    policy: { json: "/api/open/ocds/policy", markdown: "/api/open/ocds/policy?format=md", license: OCDS_LICENSE },
    rate: { burst: config.OCDS_RATE_BURST, perMinute: config.OCDS_RATE_PER_MINUTE },
  };
}
