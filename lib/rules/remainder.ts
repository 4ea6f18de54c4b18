// When a colour's remainder may go back to the treasury: the one place that decides it, for the ledger (which
// refuses) and for the project page (which offers the button only then).

export type TRemainderColour = { isClosed: boolean; expiresAt: Date };

export type TRemainderRefusal = { code: "COLOUR_CLOSED" | "COLOUR_NOT_EXPIRED"; params: Record<string, string> };

/** Null when the remainder may be returned now: the colour is still open and its expiry has come (exactly at it counts). */
export function checkRemainderReturn(colour: TRemainderColour & { id: number }, now: Date): TRemainderRefusal | null {
  if (colour.isClosed) return { code: "COLOUR_CLOSED", params: { colour: String(colour.id) } };
  if (now < colour.expiresAt) return { code: "COLOUR_NOT_EXPIRED", params: { colour: String(colour.id), expiresAt: colour.expiresAt.toISOString() } };
  return null;
}

export const canReturnRemainder = (colour: TRemainderColour, now: Date): boolean => checkRemainderReturn({ ...colour, id: 0 }, now) === null;
