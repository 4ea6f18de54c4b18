/** One CSV field: quoted when it holds a separator, a quote or a line break; formula-looking text is defused. */
function field(value: string | number | bigint | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  // A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection).
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV (comma-separated, CRLF, UTF-8 with a byte-order mark so spreadsheet programs read Cyrillic right). */
export function toCsv(rows: readonly (readonly (string | number | bigint | null | undefined)[])[]): string {
  return "\uFEFF" + rows.map((r) => r.map(field).join(",")).join("\r\n") + "\r\n";
}
