import { z } from "zod";

// Open-data settings, read from the environment on their own (lib/env.ts needs the database's; the bulk script and
// the unit tests need none of it). Decision 0140: the ocid prefix is a placeholder until OCP registers ours.
const ZOcdsEnv = z.object({
  /** The ocid prefix registered with the Open Contracting Partnership; "ocds-aiqyn0" is a placeholder. */
  OCDS_OCID_PREFIX: z.string().regex(/^ocds-[a-z0-9]{6}$/, "OCDS_OCID_PREFIX must be ocds- and six letters or digits").default("ocds-aiqyn0"),
  /** The portal's public address, for the URLs inside bulk files (the API uses the request's own origin). */
  OCDS_PUBLIC_URL: z.string().url().default("http://localhost:3000"),
  /** Where `npm run ocds:bulk` writes the bulk files and their index, and where the API reads them. */
  OCDS_BULK_DIR: z.string().min(1).default(".data/ocds-bulk"),
  /** Requests one address may make in a burst, and per minute after that (the read API's token bucket). */
  OCDS_RATE_BURST: z.coerce.number().int().min(1).max(100_000).default(120),
  OCDS_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
});

export type TOcdsConfig = z.infer<typeof ZOcdsEnv>;

let cached: TOcdsConfig | undefined;

export function ocdsConfig(): TOcdsConfig {
  cached ??= ZOcdsEnv.parse(process.env);
  return cached;
}

/** Tests change the environment between cases. */
export function resetOcdsConfig(): void {
  cached = undefined;
}
