/**
 * Splits `total` tiyn over parts in proportion to `weights`, exactly: the shares are integers that add up to
 * `total` (largest remainder; ties go to the earlier part, so the result is deterministic).
 */
export function splitProportionally(total: bigint, weights: readonly bigint[]): bigint[] {
  const sum = weights.reduce((a, w) => a + w, 0n);
  if (sum <= 0n || total === 0n) return weights.map(() => 0n);
  const shares = weights.map((w) => (total * w) / sum);
  let left = total - shares.reduce((a, s) => a + s, 0n);
  if (left > 0n) {
    const order = weights.map((w, i) => ({ i, rest: (total * w) % sum })).sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
    for (const { i } of order) {
      if (left === 0n) break;
      shares[i] = shares[i]! + 1n;
      left -= 1n;
    }
  }
  return shares;
}
