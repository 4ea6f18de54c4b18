// What the search box's text means for the kinds that need more than a name. Pure.

/** "#123", "123" or "№ 123": a transfer's number (int8); anything else is not one. */
export function transferNumberOf(q: string): bigint | null {
  const m = /^[#№]?\s*(\d{1,18})$/.exec(q.trim());
  return m ? BigInt(m[1]!) : null;
}
