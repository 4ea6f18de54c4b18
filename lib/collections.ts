/** Rows grouped by a key, each group in the rows' order, the groups in the order their keys first appear. */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** Rows read a page at a time by id, so that no statement carries more parameters than the database takes. */
export const PAGE_ROWS = 5_000;

/**
 * A whole table read in pages of `size` rows in id order, `page(after, size)` giving the rows with ids above `after`:
 * the ORM loads an included relation with one parameter a parent row, and PostgreSQL takes at most 65,535 parameters
 * a statement (Prisma refuses above 32,767) — one read of a 100,000-invoice history failed to export.
 */
export async function inPages<T extends { id: number }>(page: (after: number, size: number) => Promise<T[]>, size = PAGE_ROWS): Promise<T[]> {
  const all: T[] = [];
  for (let after = 0; ; ) {
    const rows = await page(after, size);
    all.push(...rows);
    if (rows.length < size) return all;
    after = rows.at(-1)!.id;
  }
}
