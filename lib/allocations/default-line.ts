/**
 * The budget line the allocation form chooses beforehand: only when exactly one of the project's ministry's lines
 * has money left; otherwise none, and the official must choose (issue 19, item 8: a school-building project was
 * offered the meals line first).
 */
export function defaultLine(lines: readonly { id: number; isExhausted: boolean }[]): string {
  const open = lines.filter((l) => !l.isExhausted);
  return open.length === 1 ? String(open[0]!.id) : "";
}
