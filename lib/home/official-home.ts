import "server-only";
import type { TActor } from "../actor";
import type { TProjectNameForms } from "../i18n";
import { almatyDay } from "../dates";
import { prisma } from "../db";
import { queueWhere } from "../invoices/list-approval-queue";
import { parseQueueFilters } from "../invoices/queue-filters";
import { ForbiddenError } from "../errors";
import { daysLeft, executionShares, officialTodos, type TTodo } from "./attention";

// An official's home: what waits for them, how their ministry's budget is executed this year, which colours
// expire soon and which payments the rules refused lately. Within their ministry's reach (Finance: every ministry).

export type TExpiringColour = TProjectNameForms & { colourId: number; projectId: number; expiresAt: Date; days: number; heldTiyn: bigint };
export type TOfficialHome = {
  todos: TTodo[];
  execution: { fiscalYear: number; appropriated: bigint; allocated: bigint; paid: bigint; shares: { allocated: number; paid: number } };
  expiring: TExpiringColour[];
  refusals: TRefusedInvoice[];
};
/** An invoice whose payment the rules refused lately: how often, and when last. */
export type TRefusedInvoice = TProjectNameForms & { invoiceId: number; number: string; totalTiyn: bigint; attempts: number; lastAt: Date };
export type TExpiring = { list: TExpiringColour[]; counts: { expiring7: number; expiring30: number } };

const REFUSAL_DAYS = 7;

export async function officialHome(actor: TActor, now = new Date()): Promise<TOfficialHome> {
  if (actor.role !== "official") throw new ForbiddenError();
  // Finance sees every ministry; anyone else only their own (the -1 matches nothing).
  const ministry = actor.isFinance ? null : (actor.organizationId ?? -1);
  const fiscalYear = Number(almatyDay(now).slice(0, 4));
  const db = prisma();
  const waiting = await db.invoice.count({ where: queueWhere(actor, { ...parseQueueFilters({}).filters, view: "waiting" }) });
  const rows = await db.$queryRawUnsafe<{ appropriated: bigint; allocated: bigint; paid: bigint; refusals: bigint }[]>(
    `SELECT
       (SELECT coalesce(sum(appropriated_tiyn), 0)::bigint FROM budget_line WHERE fiscal_year = $1 AND ($2::int IS NULL OR ministry_id = $2)) AS appropriated,
       (SELECT coalesce(sum(c.minted_tiyn), 0)::bigint FROM colour c JOIN budget_line b ON b.id = c.budget_line_id
         WHERE b.fiscal_year = $1 AND ($2::int IS NULL OR b.ministry_id = $2)) AS allocated,
       (SELECT coalesce(sum(i.total_tiyn), 0)::bigint FROM invoice i JOIN contract k ON k.id = i.contract_id JOIN colour c ON c.id = k.colour_id
         JOIN budget_line b ON b.id = c.budget_line_id
         WHERE i.status = 'paid' AND k.payer_id IS NULL AND b.fiscal_year = $1 AND ($2::int IS NULL OR b.ministry_id = $2)) AS paid,
       (SELECT count(*)::bigint FROM refused_attempt r JOIN invoice i ON r.document_type = 'invoice' AND i.id = r.document_id
         JOIN contract k ON k.id = i.contract_id AND k.payer_id IS NULL JOIN project p ON p.id = k.project_id
         WHERE r.created_at >= $3::timestamptz - make_interval(days => ${REFUSAL_DAYS}) AND ($2::int IS NULL OR p.ministry_id = $2)) AS refusals`,
    fiscalYear,
    ministry,
    now,
  );
  const r = rows[0]!;
  const { list: expiring, counts } = await expiringColours({ ministry, company: null }, now);
  const refusals = await refusedInvoices(ministry, now);
  const execution = { fiscalYear, appropriated: r.appropriated, allocated: r.allocated, paid: r.paid };
  return {
    todos: officialTodos({ waiting, refusals: Number(r.refusals), ...counts }),
    execution: { ...execution, shares: executionShares(execution) },
    expiring,
    refusals,
  };
}

/** Invoices under the ministry's general contracts (null: all) whose payment was refused in the last days, latest first. */
async function refusedInvoices(ministry: number | null, now: Date, limit = 10): Promise<TRefusedInvoice[]> {
  const rows = await prisma().$queryRawUnsafe<(Omit<TRefusedInvoice, "attempts"> & { attempts: bigint })[]>(
    `SELECT i.id AS "invoiceId", i.number, p.name AS "projectName", p.name_ru AS "projectRu", p.name_kk AS "projectKk", p.name_en AS "projectEn", i.total_tiyn AS "totalTiyn",
            count(*) AS attempts, max(r.created_at) AS "lastAt"
       FROM refused_attempt r
       JOIN invoice i ON r.document_type = 'invoice' AND i.id = r.document_id
       JOIN contract k ON k.id = i.contract_id AND k.payer_id IS NULL
       JOIN project p ON p.id = k.project_id
      WHERE r.created_at >= $1::timestamptz - make_interval(days => ${REFUSAL_DAYS}) AND ($2::int IS NULL OR p.ministry_id = $2)
      GROUP BY i.id, p.id
      ORDER BY max(r.created_at) DESC, i.id DESC
      LIMIT ${Math.trunc(limit)}`,
    now,
    ministry,
  );
  return rows.map((r) => ({ ...r, attempts: Number(r.attempts) }));
}

/**
 * Open colours ending within 30 days, soonest first, with what is still held in them: for a ministry (null: all)
 * everything not yet spent (project and companies), for a company only its own balance (and only where it holds some).
 */
export async function expiringColours(scope: { ministry: number | null; company: number | null }, now: Date, limit = 10): Promise<TExpiring> {
  const rows = await prisma().$queryRawUnsafe<(Omit<TExpiringColour, "days"> & { total: bigint; within7: bigint })[]>(
    `SELECT c.id AS "colourId", p.id AS "projectId", p.name AS "projectName", p.name_ru AS "projectRu", p.name_kk AS "projectKk", p.name_en AS "projectEn", c.expires_at AS "expiresAt",
            coalesce(sum(a.balance_tiyn), 0)::bigint AS "heldTiyn",
            count(*) OVER () AS total, count(*) FILTER (WHERE c.expires_at <= $1::timestamptz + interval '7 days') OVER () AS within7
       FROM colour c JOIN project p ON p.id = c.project_id
       LEFT JOIN account a ON a.colour_id = c.id AND a.holder_kind IN ('project', 'company')
            AND ($3::int IS NULL OR (a.holder_kind = 'company' AND a.organization_id = $3))
      WHERE NOT c.is_closed AND c.expires_at > $1::timestamptz AND c.expires_at <= $1::timestamptz + interval '30 days'
        AND ($2::int IS NULL OR p.ministry_id = $2)
      GROUP BY c.id, p.id
     HAVING $3::int IS NULL OR coalesce(sum(a.balance_tiyn), 0) > 0
      ORDER BY c.expires_at, c.id
      LIMIT ${Math.trunc(limit)}`,
    now,
    scope.ministry,
    scope.company,
  );
  const expiring7 = Number(rows[0]?.within7 ?? 0);
  const list = rows.map(({ total: _t, within7: _w, ...row }) => ({ ...row, days: daysLeft(row.expiresAt, now) }));
  return { list, counts: { expiring7, expiring30: Number(rows[0]?.total ?? 0) - expiring7 } };
}
