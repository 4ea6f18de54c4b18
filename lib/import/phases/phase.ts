import { type TBundleFile } from "../format";
import { type ImportRun } from "../import-run";
import { type BundleLookups } from "../lookups";

export type TPhaseContext = { run: ImportRun; find: BundleLookups };

/**
 * One kind of document: the files it reads (its parent file first) and how each document is applied. The
 * import runs the phases in order and reports the files' counts after each; a phase may only refer to what
 * phases before it wrote.
 */
export type TImportPhase = { files: readonly TBundleFile[]; apply: (context: TPhaseContext) => Promise<void> };

/** A yyyy-mm-dd day as the UTC midnight a DATE column holds. */
export const day0 = (d: string) => new Date(`${d}T00:00:00Z`);

/** The key of a document named by its company's BIN and its number (a contract, an invoice). */
export const binNumberKey = (bin: string | undefined, number: string | undefined) => `${(bin ?? "").trim()}|${(number ?? "").trim()}`;
