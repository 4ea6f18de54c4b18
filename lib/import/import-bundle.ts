import "server-only";
import { prisma } from "../db";
import { env } from "../env";
import { holdFlagRefreshes } from "../flags/refresh-flags";
import { ImportRun, type TFileReport, type TImportReport, type TProgress } from "./import-run";
import { BundleLookups } from "./lookups";
import { allocationsPhase } from "./phases/allocations";
import { approvalsPhase } from "./phases/approvals";
import { budgetLinesPhase } from "./phases/budget-lines";
import { companiesPhase } from "./phases/companies";
import { contractsPhase } from "./phases/contracts";
import { debarmentsPhase } from "./phases/debarments";
import { exitsPhase } from "./phases/exits";
import { invoicesPhase } from "./phases/invoices";
import { organizationsPhase } from "./phases/organizations";
import { type TImportPhase } from "./phases/phase";
import { type TBundleFile } from "./format";
import { personRelationsPhase } from "./phases/person-relations";
import { projectsPhase } from "./phases/projects";
import { usersPhase } from "./phases/users";
import { readBundle } from "./read-bundle";

export type { TFileReport, TImportReport, TProgress, TRefusal } from "./import-run";

/** One phase per kind of document, in the bundle's order (lib/import/format.ts): each refers only to those before it. */
export const IMPORT_PHASES: readonly TImportPhase[] = [
  organizationsPhase,
  companiesPhase,
  usersPhase,
  personRelationsPhase,
  budgetLinesPhase,
  projectsPhase,
  allocationsPhase,
  contractsPhase,
  invoicesPhase,
  approvalsPhase,
  exitsPhase,
  debarmentsPhase,
];

/**
 * Replays a bundle (file name → CSV text) through the same lib use cases the UI calls, in the bundle's fixed
 * order; within a file, rows in file order. One document (a company with its people, a project with its
 * estimate, a contract with its items, an invoice with its lines, one decision) is one lib call: applied
 * whole or refused whole, with the file, line and reason of the refusal. Nothing is copied into the ledger:
 * payments are posted by approving invoices. `onFile` hears each file's counts as it finishes, `onProgress` how
 * far a long file has got (every 1000 documents, or every 10 seconds).
 */
export async function importBundle({
  files,
  onFile,
  onProgress,
  onPhase,
  recomputesFlags = false,
}: {
  files: Readonly<Record<string, string>>;
  onFile?: (report: TFileReport) => void;
  onProgress?: (progress: TProgress) => void;
  /** Hears each phase begin and end (awaited: a profiler may read the database's counters there). */
  onPhase?: (event: TPhaseEvent) => void | Promise<void>;
  /** The caller recomputes every colour's flags after the import (npm run import): the refreshes it held are dropped. */
  recomputesFlags?: boolean;
}): Promise<TImportReport> {
  const run = new ImportRun(onFile, onProgress);
  readBundle(run, files);
  const find = await BundleLookups.load(prisma());
  // The embedded database serves one transaction at a time: projects side by side would only wait for each other
  // there (and a transaction kept waiting can outlive its time limit), so it replays one document at a time.
  const [version] = await prisma().$queryRaw<{ embedded: boolean }[]>`SELECT version() LIKE '%PGlite%' AS embedded`;
  const workers = version?.embedded ? 1 : env().IMPORT_WORKERS;
  // The flags are judged once the history is in, not after each replayed document (see holdFlagRefreshes).
  const release = holdFlagRefreshes();
  // The database's statistics follow the tables as the import fills them (decision 0303): the ledger's functions keep
  // a plan per session, made with the statistics of the moment, and a plan made on an empty table (a sequential or a
  // status-index scan) was kept while the table grew to 100,000 rows — every later call reading all of it. ANALYZE
  // gives the next plans the tables' real sizes and makes every session plan anew.
  const analyze = async () => {
    await prisma().$executeRawUnsafe("ANALYZE");
  };
  run.growing = analyze;
  try {
    for (const [i, phase] of IMPORT_PHASES.entries()) {
      const event = { index: i + 1, of: IMPORT_PHASES.length, files: phase.files, documents: run.rowCount(phase.files[0]!) };
      await onPhase?.({ ...event, stage: "start" });
      run.startPhase(i + 1, IMPORT_PHASES.length);
      await phase.apply({ run, find, workers });
      run.finish(phase.files);
      await run.settled();
      if (event.documents > 0) await analyze();
      await onPhase?.({ ...event, stage: "end" });
    }
  } finally {
    release({ drop: recomputesFlags });
  }
  return run.report();
}

/** A phase beginning or ending: its place, its files and the rows of its first file (its documents, at most). */
export type TPhaseEvent = { index: number; of: number; files: readonly TBundleFile[]; documents: number; stage: "start" | "end" };
