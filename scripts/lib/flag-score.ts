// Scores flags against the truth a generated dataset carries (prisma/seed/scale/plants.ts, decision 0167): per
// kind the schemes planted and found (recall), the flags raised and right (precision), the look-alikes flagged,
// and the precision of the top of the queue. Pure: `npm run bench:flags` reads the rows, this judges them.
import type { TTruth } from "../../prisma/seed/scale/plants";

export type TScoredFlag = { id: number; kind: string; colourId: number; companyId: number | null; subjectType: string; subjectId: string; score: number; evidenceInvoices: number[]; itemCode: string | null };

export type TKindScore = { kind: string; planted: number; found: number; recall: number | null; flags: number; right: number; precision: number | null; lookalikes: number; lookalikesFlagged: number; missed: TTruth[]; flaggedLookalikes: TTruth[] };

/** Whether a flag is about what a truth row describes: same kind and colour, and every key the row gives. */
export function matches(flag: TScoredFlag, t: TTruth): boolean {
  if (flag.kind !== t.kind || flag.colourId !== t.colourId) return false;
  if (t.companyId != null && flag.companyId !== t.companyId) return false;
  if (t.itemCode != null && flag.itemCode !== t.itemCode) return false;
  if (t.subject != null) {
    const prefix = `colour:${t.colourId}:${t.subject}`;
    if (flag.subjectId !== prefix && !flag.subjectId.startsWith(`${prefix}:`)) return false;
  }
  if (t.invoiceIds != null) {
    const ids = new Set([...flag.evidenceInvoices, ...(flag.subjectType === "invoice" ? [Number(flag.subjectId)] : [])]);
    if (!t.invoiceIds.some((id) => ids.has(id))) return false;
  }
  return true;
}

/** A flag is right when it is about a planted scheme (or a scheme a plant incidentally is); anything else is wrong. */
export function isRight(flag: TScoredFlag, truth: readonly TTruth[]): boolean {
  return truth.some((t) => t.role !== "lookalike" && matches(flag, t));
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

export function scoreKinds(kinds: readonly string[], flags: readonly TScoredFlag[], truth: readonly TTruth[]): TKindScore[] {
  return kinds.map((kind) => {
    const mine = flags.filter((f) => f.kind === kind);
    const rows = truth.filter((t) => t.kind === kind);
    const schemes = rows.filter((t) => t.role === "scheme");
    const lookalikes = rows.filter((t) => t.role === "lookalike");
    const found = schemes.filter((t) => mine.some((f) => matches(f, t)));
    const right = mine.filter((f) => isRight(f, rows)).length;
    const flaggedLookalikes = lookalikes.filter((t) => mine.some((f) => matches(f, t) && !isRight(f, rows)));
    return { kind, planted: schemes.length, found: found.length, recall: ratio(found.length, schemes.length), flags: mine.length, right, precision: ratio(right, mine.length), lookalikes: lookalikes.length, lookalikesFlagged: flaggedLookalikes.length, flaggedLookalikes, missed: schemes.filter((t) => !found.includes(t)) };
  });
}

/** The share of right flags among the first `n` of the queue (flags already in the queue's order). */
export function topPrecision(queue: readonly TScoredFlag[], truth: readonly TTruth[], n: number): { n: number; right: number; precision: number | null; schemes: number; kinds: number } {
  const top = queue.slice(0, n);
  const right = top.filter((f) => isRight(f, truth)).length;
  // How many distinct planted schemes (and of how many kinds) the head of the queue shows: one scheme flagged on
  // many lines or invoices fills the head without telling the investigator more.
  const schemes = truth.filter((t) => t.role === "scheme" && top.some((f) => matches(f, t)));
  return { n: top.length, right, precision: ratio(right, top.length), schemes: schemes.length, kinds: new Set(schemes.map((t) => t.kind)).size };
}
