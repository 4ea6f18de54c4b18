import "server-only";
import type { Db } from "../db";

export type TViolation = { invariant: string; detail: string };

// Each check is one query returning offending rows (at most `limit` of them), so the command stays usable
// on a large ledger and names what is wrong instead of a bare "false".
const CHECKS: { invariant: string; sql: string }[] = [
  {
    invariant: "conservation: per colour, all balances sum to zero (issuance is minus what circulates)",
    sql: `SELECT colour_id::text AS subject, sum(balance_tiyn)::text AS value FROM account GROUP BY colour_id HAVING sum(balance_tiyn) <> 0`,
  },
  {
    invariant: "conservation: in circulation = minted − left through exits",
    sql: `SELECT c.id::text AS subject, concat('minted ', c.minted_tiyn, ', holders ', coalesce(h.held, 0), ', exits ', coalesce(h.exited, 0)) AS value
          FROM colour c LEFT JOIN (
            SELECT colour_id, sum(balance_tiyn) FILTER (WHERE holder_kind IN ('project', 'company')) AS held,
                   sum(balance_tiyn) FILTER (WHERE holder_kind = 'exit') AS exited
            FROM account GROUP BY colour_id) h ON h.colour_id = c.id
          WHERE c.minted_tiyn <> coalesce(h.held, 0) + coalesce(h.exited, 0)`,
  },
  {
    invariant: "minted amount equals the mint transfers minus their reversals",
    sql: `SELECT c.id::text AS subject, concat('colour says ', c.minted_tiyn, ', ledger says ', coalesce(m.net, 0)) AS value
          FROM colour c LEFT JOIN (
            SELECT t.colour_id, sum(CASE WHEN t.kind = 'mint' THEN t.amount_tiyn ELSE -t.amount_tiyn END) AS net
            FROM transfer t LEFT JOIN transfer o ON o.id = t.reverses_id
            WHERE t.kind = 'mint' OR (t.kind = 'reversal' AND o.kind = 'mint') GROUP BY t.colour_id) m ON m.colour_id = c.id
          WHERE c.minted_tiyn <> coalesce(m.net, 0)`,
  },
  {
    invariant: "stored balances equal the replay of all postings",
    sql: `SELECT a.id::text AS subject, concat('stored ', a.balance_tiyn, ', replayed ', coalesce(i.s, 0) - coalesce(o.s, 0)) AS value
          FROM account a
          LEFT JOIN (SELECT to_account_id AS id, sum(amount_tiyn) AS s FROM transfer GROUP BY to_account_id) i ON i.id = a.id
          LEFT JOIN (SELECT from_account_id AS id, sum(amount_tiyn) AS s FROM transfer GROUP BY from_account_id) o ON o.id = a.id
          WHERE a.balance_tiyn <> coalesce(i.s, 0) - coalesce(o.s, 0)`,
  },
  {
    invariant: "running totals: what each account received, and paid to wages and to taxes, equals its transfers",
    sql: `SELECT a.id::text AS subject,
                 concat('received ', a.received_tiyn, '/', coalesce(i.s, 0), ', wages ', a.wages_paid_tiyn, '/', coalesce(o.wages, 0), ', taxes ', a.taxes_paid_tiyn, '/', coalesce(o.taxes, 0)) AS value
          FROM account a
          LEFT JOIN (SELECT to_account_id AS id, sum(amount_tiyn) AS s FROM transfer GROUP BY to_account_id) i ON i.id = a.id
          LEFT JOIN (SELECT t.from_account_id AS id, sum(t.amount_tiyn) FILTER (WHERE x.holder_key = 'exit:wages') AS wages,
                            sum(t.amount_tiyn) FILTER (WHERE x.holder_key = 'exit:taxes') AS taxes
                     FROM transfer t JOIN account x ON x.id = t.to_account_id WHERE x.holder_key IN ('exit:wages', 'exit:taxes')
                     GROUP BY t.from_account_id) o ON o.id = a.id
          WHERE a.received_tiyn <> coalesce(i.s, 0) OR a.wages_paid_tiyn <> coalesce(o.wages, 0) OR a.taxes_paid_tiyn <> coalesce(o.taxes, 0)`,
  },
  {
    invariant: "no negative balance outside the issuance account",
    sql: `SELECT id::text AS subject, balance_tiyn::text AS value FROM account WHERE holder_kind <> 'issuance' AND balance_tiyn < 0`,
  },
  {
    invariant: "colour purity: a transfer's accounts hold its colour",
    sql: `SELECT t.id::text AS subject, concat('transfer colour ', t.colour_id, ', from ', f.colour_id, ', to ', d.colour_id) AS value
          FROM transfer t JOIN account f ON f.id = t.from_account_id JOIN account d ON d.id = t.to_account_id
          WHERE f.colour_id <> t.colour_id OR d.colour_id <> t.colour_id`,
  },
  {
    invariant: "lineage: every outgoing transfer consumed lots worth exactly its amount",
    sql: `SELECT t.id::text AS subject, concat('amount ', t.amount_tiyn, ', consumed ', coalesce(sum(c.amount_tiyn), 0)) AS value
          FROM transfer t JOIN account f ON f.id = t.from_account_id LEFT JOIN lot_consumption c ON c.transfer_id = t.id
          WHERE f.holder_kind <> 'issuance' GROUP BY t.id, t.amount_tiyn HAVING t.amount_tiyn <> coalesce(sum(c.amount_tiyn), 0)`,
  },
  {
    invariant: "lineage: what remains of each lot is its amount minus what was consumed",
    sql: `SELECT l.id::text AS subject, concat('amount ', l.amount_tiyn, ', consumed ', coalesce(sum(c.amount_tiyn), 0), ', remaining ', l.remaining_tiyn) AS value
          FROM lot l LEFT JOIN lot_consumption c ON c.lot_id = l.id
          GROUP BY l.id HAVING l.amount_tiyn - coalesce(sum(c.amount_tiyn), 0) <> l.remaining_tiyn`,
  },
  {
    invariant: "lineage: each account's open lots add up to its balance",
    sql: `SELECT a.id::text AS subject, concat('balance ', a.balance_tiyn, ', open lots ', coalesce(sum(l.remaining_tiyn), 0)) AS value
          FROM account a LEFT JOIN lot l ON l.account_id = a.id
          WHERE a.holder_kind <> 'issuance' GROUP BY a.id HAVING a.balance_tiyn <> coalesce(sum(l.remaining_tiyn), 0)`,
  },
  {
    invariant: "lineage: every transfer created exactly one lot of its amount at the payee",
    sql: `SELECT t.id::text AS subject, concat('lots ', count(l.id), ', amount ', coalesce(sum(l.amount_tiyn), 0)) AS value
          FROM transfer t LEFT JOIN lot l ON l.transfer_id = t.id AND l.account_id = t.to_account_id
          GROUP BY t.id, t.amount_tiyn HAVING count(l.id) <> 1 OR coalesce(sum(l.amount_tiyn), 0) <> t.amount_tiyn`,
  },
  {
    invariant: "journal: every transfer has its journal entry in its colour's chain",
    sql: `SELECT t.colour_id::text AS subject, concat(count(*), ' transfers, ', coalesce(j.n, 0), ' transfer entries') AS value
          FROM transfer t LEFT JOIN (SELECT chain, count(*) AS n FROM journal_entry WHERE kind = 'transfer' GROUP BY chain) j ON j.chain = t.colour_id
          GROUP BY t.colour_id, j.n HAVING count(*) <> coalesce(j.n, 0)`,
  },
  {
    invariant: "journal: each chain's head is its last entry",
    sql: `SELECT h.chain::text AS subject, concat('head seq ', h.seq, ', last entry ', coalesce(max(e.seq), 0)) AS value
          FROM journal_head h LEFT JOIN journal_entry e ON e.chain = h.chain GROUP BY h.chain, h.seq, h.hash
          HAVING h.seq <> coalesce(max(e.seq), 0) OR h.hash <> coalesce((SELECT hash FROM journal_entry x WHERE x.chain = h.chain AND x.seq = h.seq), repeat('0', 64))`,
  },
  {
    invariant: "invoices: an invoice is paid by one payment at most",
    sql: `SELECT document_id::text AS subject, concat(count(*), ' payments') AS value FROM transfer
          WHERE document_type = 'invoice' AND kind = 'payment' GROUP BY document_id HAVING count(*) > 1`,
  },
  {
    // School meals (decision 0157): the payment, the settlement row and the attendance sheet's meals agree.
    invariant: "school meals: a settlement's payment, amount and meals agree (each meal paid once, at its tariff)",
    sql: `SELECT s.id::text AS subject, concat('settlement ', s.amount_tiyn, ' for ', s.meal_count, ' meals; transfer ', coalesce(t.amount_tiyn, 0), '; lines ', coalesce(l.n, 0), ' worth ', coalesce(l.total, 0)) AS value
          FROM meal_settlement s
          LEFT JOIN transfer t ON t.id = s.transfer_id AND t.document_type = 'meal_settlement' AND t.document_id = s.id AND t.kind = 'payment'
          LEFT JOIN (SELECT l.settlement_id, count(*) AS n, sum(m.tariff_tiyn) AS total FROM meal_settlement_line l JOIN meal_record m ON m.id = l.meal_id GROUP BY l.settlement_id) l ON l.settlement_id = s.id
          WHERE t.id IS NULL OR t.amount_tiyn <> s.amount_tiyn OR coalesce(l.n, 0) <> s.meal_count OR coalesce(l.total, 0) <> s.amount_tiyn`,
  },
  {
    invariant: "invoices: each contract item's running billed quantity is the sum of its submitted, approved and paid invoice lines",
    sql: `SELECT concat(ci.contract_id, '/', ci.estimate_item_id) AS subject, concat('kept ', ci.billed_milli, ', lines ', coalesce(s.q, 0)) AS value
          FROM contract_item ci LEFT JOIN (
            SELECT i.contract_id, l.estimate_item_id, sum(l.quantity_milli) AS q FROM invoice i JOIN invoice_line l ON l.invoice_id = i.id
            WHERE i.status IN ('submitted', 'approved', 'paid') GROUP BY i.contract_id, l.estimate_item_id) s
            ON s.contract_id = ci.contract_id AND s.estimate_item_id = ci.estimate_item_id
          WHERE ci.billed_milli <> coalesce(s.q, 0)`,
  },
];

export async function checkLedgerInvariants(db: Db, { limit = 20 } = {}): Promise<{ checked: string[]; violations: TViolation[] }> {
  const violations: TViolation[] = [];
  for (const check of CHECKS) {
    const rows = await db.$queryRawUnsafe<{ subject: string; value: string }[]>(`${check.sql} LIMIT ${Math.max(1, Math.floor(limit))}`);
    for (const row of rows) violations.push({ invariant: check.invariant, detail: `${row.subject}: ${row.value}` });
  }
  return { checked: CHECKS.map((c) => c.invariant), violations };
}
