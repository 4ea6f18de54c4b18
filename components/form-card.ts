/**
 * The card of a decision form. A form with neither a button nor an outcome to show (an invoice decided before this
 * page opened) stays mounted, so that it keeps its state, but takes no room: no empty card.
 */
export function formCard(shown: boolean): string {
  return shown ? "card space-y-3 p-4" : "hidden";
}
