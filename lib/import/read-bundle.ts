import "server-only";
import { CsvSyntaxError, readCsv } from "./csv";
import { BUNDLE_FILES } from "./format";
import { type ImportRun } from "./import-run";

/** Reads every file of the bundle and checks its header; an absent file has no rows, an unreadable one is refused whole. */
export function readBundle(run: ImportRun, files: Readonly<Record<string, string>>) {
  for (const spec of BUNDLE_FILES) {
    const body = files[spec.file];
    if (body === undefined) {
      run.setRecords(spec.file, []);
      continue;
    }
    try {
      const table = readCsv(body);
      const optional: readonly string[] = "optional" in spec ? spec.optional : [];
      const missing = spec.columns.filter((c) => !table.header.includes(c) && !optional.includes(c));
      if (missing.length) throw new CsvSyntaxError(1, `the header lacks the column(s) ${missing.join(", ")}`);
      run.setRecords(spec.file, table.records);
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      // A file that cannot be read is refused whole: none of its rows are applied.
      const lines = body.split(/\r?\n/).filter((l) => l.trim()).length - 1;
      run.refuseFile(spec.file, error.line, `The file cannot be read: ${error.message}. None of its rows were applied.`, Math.max(lines, 0));
    }
  }
}
