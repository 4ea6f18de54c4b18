// What the public may see of school-meal counts (decision 0208): a count of 1–4 children, meals or disputes could
// point at a child, so it is shown as "fewer than 5". Zero identifies nobody and is shown. In a table whose total is
// shown, one hidden cell could be recovered by subtraction: then the smallest other non-zero cell is hidden too.

export const MIN_PUBLIC_COUNT = 5;

/** The column's values with the small ones (and, where one alone is small, the next smallest) replaced by null. */
export function hideSmallCounts(values: readonly number[], min = MIN_PUBLIC_COUNT): (number | null)[] {
  const out: (number | null)[] = values.map((v) => (v > 0 && v < min ? null : v));
  const hidden = out.filter((v) => v === null).length;
  if (hidden === 1) {
    let at = -1;
    out.forEach((v, i) => {
      if (v !== null && v > 0 && (at === -1 || v < out[at]!)) at = i;
    });
    if (at !== -1) out[at] = null;
  }
  return out;
}

/** A total is hidden when it is itself small (the table's cells already keep any one of them from being recovered). */
export const publicTotal = (total: number, min = MIN_PUBLIC_COUNT): number | null => (total > 0 && total < min ? null : total);
