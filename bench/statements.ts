// Statements sent to the server, counted on the driver (Prisma's adapter and the ledger use the same pg.Client): one
// message of several statements (a pipelined or simple-query batch) counts once. Counting starts when this is imported.
import pg from "pg";

let sent = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...rest: unknown[]) {
  sent++;
  return (query as (...a: unknown[]) => unknown).apply(this, rest);
} as typeof pg.Client.prototype.query;

/** Statements sent so far by this process. */
export const statementsSent = (): number => sent;
