// What the ledger tells the rest of the product after a movement: "posted" once its transaction has committed,
// "refused" once a refused attempt is recorded. The ledger knows no subscriber; the flag engine (and anything
// else that follows the money) subscribes at startup through lib/subscriptions.ts (decision 0106).
import { logUnexpected } from "../errors";

export type TLedgerEvent = {
  type: "posted" | "refused" | "closed";
  /** The colour the movement (or the refused attempt) belongs to; null for a refusal no colour could be read for. */
  colourId: number | null;
  /** What moved: mint, payment, exit, return, reversal, or the document type of a refused attempt. */
  kind: string;
};

export type TLedgerListener = (event: TLedgerEvent) => void;

// On globalThis, by name: Next may load a module once for its instrumentation hook and again for the routes,
// and a dev reload loads it again; one list, and a subscriber that subscribes twice is one subscriber.
const KEY = Symbol.for("aiqyn.ledger.listeners");
const listeners: Map<string, TLedgerListener> = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map()) as Map<string, TLedgerListener>;

/** Subscribes `listener` under `name` (again under the same name replaces it). */
export function onLedgerEvent(name: string, listener: TLedgerListener): void {
  listeners.set(name, listener);
}

export function offLedgerEvent(name: string): void {
  listeners.delete(name);
}

/**
 * Tells every subscriber, after the commit. A subscriber must not block or throw: what it does after a payment is
 * never the payment's failure (a throw is logged and the others still hear).
 */
export function publishLedgerEvent(event: TLedgerEvent): void {
  for (const [name, listener] of listeners) {
    try {
      listener(event);
    } catch (error) {
      logUnexpected(error, `ledger event subscriber ${name}`);
    }
  }
}
