import { describe, expect, it } from "vitest";
import { RowRefusal } from "./describe-refusal";
import { ImportRun, isGrowthStep, type TProgress } from "./import-run";

const csvRows = (n: number) => Array.from({ length: n }, (_, i) => ({ line: i + 2, values: { n: String(i), part: i % 3 === 0 ? "A" : i % 3 === 1 ? "B" : "C" } }));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("applyInParts", () => {
  it("runs each part in file order, parts side by side, and records counts, refusals and progress in file order", async () => {
    const progress: TProgress[] = [];
    const run = new ImportRun(undefined, (p) => progress.push(p));
    run.setRecords("exits.csv", csvRows(12));
    const docs = run.singleRows("exits.csv");
    const started: string[] = [];
    let inFlight = 0;
    let most = 0;
    await run.applyInParts(
      docs,
      (doc) => doc.row.part!,
      async (doc) => {
        started.push(`${doc.row.part}${doc.row.n}`);
        inFlight++;
        most = Math.max(most, inFlight);
        // Part A is slow: the other parts finish first, yet nothing is reported out of file order.
        await sleep(doc.row.part === "A" ? 15 : 1);
        inFlight--;
        if (doc.row.n === "4" || doc.row.n === "9") throw new RowRefusal("exits.csv", doc.head.line, `refused ${doc.row.n}`);
      },
      3,
    );
    expect(most).toBe(3);
    for (const part of ["A", "B", "C"]) {
      const mine = started.filter((s) => s.startsWith(part)).map((s) => Number(s.slice(1)));
      expect(mine).toEqual([...mine].sort((a, b) => a - b));
    }
    const report = run.report();
    expect(report.refusals.map((r) => r.line)).toEqual([6, 11]);
    expect(report.files.find((f) => f.file === "exits.csv")).toEqual({ file: "exits.csv", applied: 10, refused: 2 });
  });

  it("runs one document at a time, in file order, when a document's part is unknown", async () => {
    const run = new ImportRun();
    run.setRecords("exits.csv", csvRows(6));
    const order: number[] = [];
    await run.applyInParts(
      run.singleRows("exits.csv"),
      (doc) => (doc.row.n === "5" ? null : doc.row.part!),
      async (doc) => {
        await sleep(doc.row.part === "A" ? 5 : 0);
        order.push(Number(doc.row.n));
      },
      3,
    );
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe("isGrowthStep", () => {
  it.each([
    [999, false],
    [1000, true],
    [2000, false],
    [3000, false],
    [4000, true],
    [8000, false],
    [12000, false],
    [16000, true],
    [64000, true],
    [256000, true],
    [1001, false],
  ])("%i documents done: analyse again %s", (done, expected) => {
    expect(isGrowthStep(done)).toBe(expected);
  });
});
