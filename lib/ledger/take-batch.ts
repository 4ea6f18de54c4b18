/**
 * Takes up to `size` requests from the front of the queue, one per invoice (a second request for an invoice that
 * is taken stays queued: in the same transaction it would be judged on the context read before the first).
 */
export function takeBatch<T extends { invoiceId: number }>(queue: T[], size: number): T[] {
  const taken: T[] = [];
  const invoices = new Set<number>();
  for (let i = 0; i < queue.length && taken.length < size; ) {
    const q = queue[i]!;
    if (invoices.has(q.invoiceId)) {
      i++;
      continue;
    }
    invoices.add(q.invoiceId);
    taken.push(q);
    queue.splice(i, 1);
  }
  return taken;
}
