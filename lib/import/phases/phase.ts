import { type TBundleFile } from "../format";
import { type ImportRun } from "../import-run";
import { type BundleLookups } from "../lookups";

/** `workers`: projects replayed at once where documents of different projects are independent (decision 0215). */
export type TPhaseContext = { run: ImportRun; find: BundleLookups; workers: number };

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

/**
 * The project a bundle's allocation, contract or invoice belongs to, by the bundle's own rows (the part of the
 * history a document is in: lib/import/import-run.ts applyInParts); null when the bundle does not say.
 */
export class BundleParts {
  private readonly projectOfAllocation = new Map<string, string>();
  private readonly allocationOfContract = new Map<string, string>();
  private readonly contractOfInvoice = new Map<string, string>();

  constructor(run: ImportRun) {
    for (const { row } of run.rows("allocations.csv")) this.projectOfAllocation.set((row.allocation_ref ?? "").trim(), (row.project_code ?? "").trim());
    for (const { row } of run.rows("contracts.csv")) this.allocationOfContract.set(binNumberKey(row.contractor_bin, row.contract_number), (row.allocation_ref ?? "").trim());
    for (const { row } of run.rows("invoices.csv")) this.contractOfInvoice.set(binNumberKey(row.issuer_bin, row.invoice_number), binNumberKey(row.issuer_bin, row.contract_number));
  }

  ofAllocation(ref: string | undefined): string | null {
    return this.projectOfAllocation.get((ref ?? "").trim()) || null;
  }

  ofInvoice(bin: string | undefined, number: string | undefined): string | null {
    const contract = this.contractOfInvoice.get(binNumberKey(bin, number));
    return contract === undefined ? null : this.ofAllocation(this.allocationOfContract.get(contract));
  }
}
