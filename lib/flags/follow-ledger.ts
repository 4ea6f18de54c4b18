import "server-only";
import { onLedgerEvent } from "../ledger/events";
import { scheduleFlagRefresh } from "./refresh-flags";

/**
 * The flag engine follows the money: every posting, refused attempt and closing the ledger reports (after its
 * commit) schedules a refresh of its colour's flags, in the background and never failing the movement.
 * Subscribing again replaces the subscription (one refresh per event, however often a process wires it).
 */
export function followLedger(): void {
  onLedgerEvent("flags", (event) => scheduleFlagRefresh(event.colourId));
}
