// The bookkeeping of one import run: the rows of each file, the documents they group into, the count of applied
// and refused rows per file and every refusal with its place. The phases (lib/import/phases) apply documents
// through it; it knows nothing of what a document means.
import "server-only";
import { RuleRefusal } from "../ledger/refusal";
import { CellProblem, type TRow } from "./cells";
import { type TCsvRecord } from "./csv";
import { describeRefusal, RowRefusal } from "./describe-refusal";
import { BUNDLE_FILES, type TBundleFile } from "./format";

export type TRefusal = { file: string; line: number; reason: string };
export type TFileReport = { file: string; applied: number; refused: number };
export type TImportReport = { files: TFileReport[]; refusals: TRefusal[] };

export type TPlace = { file: TBundleFile; line: number };
/**
 * How far a long file has got: documents done (applied or refused) of its rows, in the phase `phase` of `phases`
 * (lib/import/import-bundle.ts), `seconds` since that phase began.
 */
export type TProgress = { file: TBundleFile; done: number; total: number; phase: number; phases: number; seconds: number };

/** Progress is told every this many documents of a file, or after this long since it was last told. */
const PROGRESS_EVERY = 1000;
const PROGRESS_MS = 10_000;
export type TDocument = { head: TPlace; row: TRow; children: (TPlace & { row: TRow })[]; duplicateOf?: TPlace; ambiguous?: string };

/** 1,000 × 4^k: the counts at which a growing file's tables are analysed again (a handful per file, whatever its size). */
export function isGrowthStep(done: number): boolean {
  if (done < 1000 || done % 1000 !== 0) return false;
  for (let n = done / 1000; n > 1; n /= 4) if (n % 4 !== 0) return false;
  return true;
}

export class ImportRun {
  readonly refusals: TRefusal[] = [];
  private readonly counts = new Map<TBundleFile, TFileReport>(BUNDLE_FILES.map((f) => [f.file, { file: f.file, applied: 0, refused: 0 }]));
  private readonly tables = new Map<TBundleFile, TCsvRecord[]>();

  private readonly done = new Map<TBundleFile, number>();
  private toldAt = Date.now();
  private phase = { index: 0, of: 0, startedAt: Date.now() };

  constructor(
    private readonly onFile?: (report: TFileReport) => void,
    private readonly onProgress?: (progress: TProgress) => void,
  ) {}

  /**
   * What refreshes the database's statistics while a file grows the tables (lib/import/import-bundle.ts, decision
   * 0303): called, in the background and one at a time, when a file's documents done reach 1,000, 4,000, 16,000, …
   */
  growing: (() => Promise<void>) | null = null;
  private refreshing: Promise<void> | null = null;

  /** The statistics refresh still running, if any (awaited at the end of a phase). */
  settled(): Promise<void> {
    return this.refreshing ?? Promise.resolve();
  }

  /** Counts a document of `file` as done and tells `onProgress` now and then (a long import is not silent). */
  private tick(file: TBundleFile) {
    const done = (this.done.get(file) ?? 0) + 1;
    this.done.set(file, done);
    if (this.growing && !this.refreshing && isGrowthStep(done)) this.refreshing = this.growing().finally(() => (this.refreshing = null));
    if (!this.onProgress || (done % PROGRESS_EVERY !== 0 && Date.now() - this.toldAt < PROGRESS_MS)) return;
    this.toldAt = Date.now();
    this.onProgress({ file, done, total: this.tables.get(file)?.length ?? done, phase: this.phase.index, phases: this.phase.of, seconds: (Date.now() - this.phase.startedAt) / 1000 });
  }

  /** Marks the start of phase `index` (1-based) of `of`: progress is timed from here. */
  startPhase(index: number, of: number) {
    this.phase = { index, of, startedAt: Date.now() };
    this.toldAt = Date.now();
  }

  /** The rows of a file (0 when absent or refused whole). */
  rowCount(file: TBundleFile): number {
    return this.tables.get(file)?.length ?? 0;
  }

  /** Sets a file's rows once read (none when the file is absent or refused whole). */
  setRecords(file: TBundleFile, records: TCsvRecord[]) {
    this.tables.set(file, records);
  }

  /** A file that cannot be read is refused whole: its refusal, and every row counted refused. */
  refuseFile(file: TBundleFile, line: number, reason: string, rows: number) {
    this.refusals.push({ file, line, reason });
    this.counts.get(file)!.refused += rows;
    this.tables.set(file, []);
  }

  rows(file: TBundleFile) {
    return this.tables.get(file)!.map((r) => ({ file, line: r.line, row: r.values }));
  }

  /**
   * Groups a child file's rows under their parent's key; rows of parents not in the bundle are refused. A key
   * repeated in the parent file is refused at each repeat, and its child rows must not reach the first document:
   * they are told apart by runs (rows of the key next to each other in the child file), one run per parent row in
   * order. When the runs do not match the parent rows one to one, every document of that key is refused — a
   * refused document leaves nothing behind, and a kept one gets nothing of another's (decision 0143).
   */
  documents(parentFile: TBundleFile, parentKey: (r: TRow) => string, childFile: TBundleFile | null, childKey: (r: TRow) => string, what: (key: string) => string): TDocument[] {
    const docs: TDocument[] = [];
    const byKey = new Map<string, TDocument[]>();
    for (const { file, line, row } of this.rows(parentFile)) {
      const doc: TDocument = { head: { file, line }, row, children: [] };
      docs.push(doc);
      const key = parentKey(row);
      const same = byKey.get(key);
      if (same) {
        doc.duplicateOf = same[0]!.head;
        same.push(doc);
      } else byKey.set(key, [doc]);
    }
    if (childFile) this.attachChildren(childFile, byKey, parentFile, childKey, what);
    return docs;
  }

  private attachChildren(childFile: TBundleFile, byKey: Map<string, TDocument[]>, parentFile: TBundleFile, childKey: (r: TRow) => string, what: (key: string) => string) {
    const runs = new Map<string, { index: number; last: number }>();
    this.rows(childFile).forEach((child, position) => {
      const key = childKey(child.row);
      const same = byKey.get(key);
      if (!same) {
        this.refuse({ file: child.file, line: child.line }, `No ${what(key)} in ${parentFile}: the row belongs to nothing.`);
        return;
      }
      const run = runs.get(key);
      const index = !run ? 0 : run.last === position - 1 ? run.index : run.index + 1;
      runs.set(key, { index, last: position });
      same[Math.min(index, same.length - 1)]!.children.push(child);
    });
    for (const [key, same] of byKey) {
      if (same.length < 2 || (runs.get(key)?.index ?? -1) + 1 === same.length) continue;
      const lines = same.map((d) => d.head.line).join(", ");
      for (const doc of same) doc.ambiguous = `The ${what(key)} is on lines ${lines} of ${parentFile}, and its rows in ${childFile} cannot be told apart: none of them was applied.`;
    }
  }

  /** Every row of a file as a document of its own (no grouping, no duplicate check). */
  singleRows(file: TBundleFile): TDocument[] {
    return this.rows(file).map(({ file, line, row }) => ({ head: { file, line }, row, children: [] }));
  }

  refuse(place: TPlace, reason: string, others: readonly TPlace[] = []) {
    this.refusals.push({ file: place.file, line: place.line, reason });
    this.counts.get(place.file)!.refused++;
    for (const o of others) this.counts.get(o.file)!.refused++;
  }

  /** Runs one document; a refusal is reported at the row it concerns (a child row when known), the whole document counted refused. */
  async apply(doc: TDocument, run: () => Promise<unknown>, lineRows?: readonly TPlace[]) {
    this.record(doc, await attempt(doc, run, lineRows));
  }

  /**
   * Runs documents that fall into independent parts — `partOf` names a document's part (its project: documents of
   * two projects never touch the same balances, estimate, contracts or journal chain) — up to `width` parts at once,
   * the documents of one part one after another in file order. Counts, refusals and progress are recorded in file
   * order, as `apply` one after another would (progress as documents finish). A document whose part is unknown (null) makes the whole file run in
   * order, one document at a time.
   */
  async applyInParts(docs: readonly TDocument[], partOf: (doc: TDocument) => string | null, run: (doc: TDocument) => Promise<unknown>, width: number, lineRows?: (doc: TDocument) => readonly TPlace[]) {
    const parts = new Map<string, number[]>();
    for (const [i, doc] of docs.entries()) {
      const part = width > 1 ? partOf(doc) : null;
      if (part === null) {
        for (const d of docs) await this.apply(d, () => run(d), lineRows?.(d));
        return;
      }
      const list = parts.get(part);
      if (list) list.push(i);
      else parts.set(part, [i]);
    }
    const outcomes: (TOutcome | undefined)[] = new Array(docs.length);
    let recorded = 0;
    const flush = () => {
      while (recorded < docs.length && outcomes[recorded]) {
        this.record(docs[recorded]!, outcomes[recorded]!, { tick: false });
        outcomes[recorded++] = undefined;
      }
    };
    const queue = [...parts.values()];
    const worker = async () => {
      for (let part = queue.shift(); part; part = queue.shift()) {
        for (const i of part) {
          outcomes[i] = await attempt(docs[i]!, () => run(docs[i]!), lineRows?.(docs[i]!));
          // Progress counts documents as they finish; their counts and refusals wait for the documents before them.
          this.tick(docs[i]!.head.file);
          flush();
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(width, queue.length) }, worker));
    flush();
  }

  /** Counts a document's outcome and reports its refusal. */
  private record(doc: TDocument, outcome: TOutcome, { tick = true } = {}) {
    if (outcome.refused) this.refuse(outcome.refused.at, outcome.refused.reason, outcome.refused.others);
    else for (const p of [doc.head, ...doc.children]) this.counts.get(p.file)!.applied++;
    if (tick) this.tick(doc.head.file);
  }

  /** Reads a child row, reporting a bad cell at the child's own line. */
  cell<T>(place: TPlace, read: () => T): T {
    try {
      return read();
    } catch (error) {
      if (error instanceof CellProblem) throw new RowRefusal(place.file, place.line, error.message);
      throw error;
    }
  }

  /** Tells `onFile` the counts of files whose documents are all applied or refused. */
  finish(files: readonly TBundleFile[]) {
    for (const f of files) this.onFile?.(this.counts.get(f)!);
  }

  report(): TImportReport {
    return { files: [...this.counts.values()], refusals: this.refusals };
  }
}

type TOutcome = { refused?: { at: TPlace; reason: string; others: TPlace[] } };

/** Runs one document and says whether it was applied or refused (where, why, and which rows went with it). */
async function attempt(doc: TDocument, run: () => Promise<unknown>, lineRows?: readonly TPlace[]): Promise<TOutcome> {
  const all: TPlace[] = [doc.head, ...doc.children];
  try {
    if (doc.ambiguous) throw new RowRefusal(doc.head.file, doc.head.line, doc.ambiguous);
    if (doc.duplicateOf) throw new RowRefusal(doc.head.file, doc.head.line, `The same record is already on line ${doc.duplicateOf.line} of ${doc.duplicateOf.file}.`);
    await run();
    return {};
  } catch (error) {
    const at = refusalPlace(error, doc.head, lineRows);
    let reason = describeRefusal(error, `import ${doc.head.file}:${doc.head.line}`);
    if (all.length > 1) reason += ` (nothing of this record was applied: ${describeParts(all)})`;
    return { refused: { at, reason, others: all.filter((p) => p !== at && !(p.file === at.file && p.line === at.line)) } };
  }
}

/** The row a refusal concerns: the one a RowRefusal names, the line of a rule's violation, or the document's head. */
function refusalPlace(error: unknown, head: TPlace, lineRows?: readonly TPlace[]): TPlace {
  if (error instanceof RowRefusal) return { file: error.file as TBundleFile, line: error.line };
  if (error instanceof RuleRefusal && lineRows) {
    const index = error.violations.find((v) => v.line !== undefined)?.line;
    if (index !== undefined && lineRows[index]) return lineRows[index]!;
  }
  return head;
}

function describeParts(places: readonly TPlace[]): string {
  const byFile = new Map<string, number>();
  for (const p of places) byFile.set(p.file, (byFile.get(p.file) ?? 0) + 1);
  return [...byFile].map(([file, n]) => `${n} row${n === 1 ? "" : "s"} of ${file}`).join(", ");
}
