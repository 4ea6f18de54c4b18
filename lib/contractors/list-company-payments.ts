import "server-only";
import { auditRead } from "../audit";
import type { TActor } from "../actor";
import type { TNames } from "../i18n";
import { prisma } from "../db";
import { pageWindow, toPage } from "../pagination";
import { companyOf } from "../scope";

// ——— payments in and out ———

export type TPaymentRow = {
  transferId: bigint;
  at: Date;
  direction: "in" | "out";
  kind: "mint" | "payment" | "exit" | "return" | "reversal";
  amountTiyn: bigint;
  colourId: number;
  projectName: string;
  /** The project's name in its three languages (decision 0230); `projectName` is its `name`. */
  project: TNames;
  documentType: string;
  documentId: bigint | null;
  invoiceNumber: string | null;
  /** The direct counterparty: a company, the project account (its ministry), or an exit. */
  counterparty: { kind: "company" | "project" | "exit" | "issuance"; name: string | null; nameRu: string | null; nameKk: string | null; nameEn: string | null; bin: string | null; exit: string | null };
};

type TRawRow = {
  id: bigint; created_at: Date; direction: "in" | "out"; kind: TPaymentRow["kind"]; amount_tiyn: bigint; colour_id: number; project_name: string; project_ru: string | null; project_kk: string | null; project_en: string | null;
  document_type: string; document_id: bigint | null; invoice_number: string | null;
  cp_kind: TPaymentRow["counterparty"]["kind"]; cp_name: string | null; cp_name_ru: string | null; cp_name_kk: string | null; cp_name_en: string | null; cp_bin: string | null; cp_key: string;
};

/**
 * The company's transfers, newest first. Filters are applied in SQL; the counterparty is only ever the other
 * side of the company's own transfer, so nothing beyond a direct counterparty is read.
 */
export const PAYMENT_SORTS = ["at", "amount"] as const;
export type TPaymentSort = { column: (typeof PAYMENT_SORTS)[number]; direction: "asc" | "desc" };

// Column names come from this fixed map, never from the request.
const ORDER: Record<TPaymentSort["column"], string> = { at: "id", amount: "amount_tiyn" };

export async function listCompanyPaymentsRaw(
  org: number,
  { q, direction, colourId, limit, offset = 0, sort = { column: "at", direction: "desc" } }: { q?: string; direction?: "in" | "out"; colourId?: number; limit: number; offset?: number; sort?: TPaymentSort },
) {
  const text = q?.trim() ? `%${q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const params: unknown[] = [org, direction ?? null, colourId ?? null, text, limit, offset];
  // Incoming and outgoing transfers are read as two index scans (transfer (to_account_id, id) and (from_account_id,
  // id)) joined by UNION ALL: one "to IN mine OR from IN mine" condition made PostgreSQL read the whole transfer
  // table (500 ms at a million transfers). A transfer never goes from a company to itself, so nothing is counted twice.
  const base = `
    WITH mine AS MATERIALIZED (SELECT id FROM account WHERE organization_id = $1::int AND holder_kind = 'company'),
    moves AS (
      SELECT t.id, 'in' AS direction, t.from_account_id AS other FROM transfer t WHERE t.to_account_id IN (SELECT id FROM mine)
      UNION ALL
      SELECT t.id, 'out', t.to_account_id FROM transfer t WHERE t.from_account_id IN (SELECT id FROM mine)
    ),
    rows AS (
      SELECT t.id, t.created_at, mv.direction,
        t.kind::text AS kind, t.amount_tiyn, t.colour_id, p.name AS project_name, p.name_ru AS project_ru, p.name_kk AS project_kk, p.name_en AS project_en, t.document_type, t.document_id,
        CASE WHEN t.document_type = 'invoice' THEN (SELECT number FROM invoice WHERE id = t.document_id) END AS invoice_number,
        o.holder_kind::text AS cp_kind, org.name AS cp_name, org.name_ru AS cp_name_ru, org.name_kk AS cp_name_kk, org.name_en AS cp_name_en, org.bin AS cp_bin, o.holder_key AS cp_key,
        m.name AS cp_ministry, m.name_ru AS cp_ministry_ru, m.name_kk AS cp_ministry_kk, m.name_en AS cp_ministry_en
      FROM moves mv JOIN transfer t ON t.id = mv.id
      JOIN colour c ON c.id = t.colour_id JOIN project p ON p.id = c.project_id
      JOIN account o ON o.id = mv.other
      LEFT JOIN organization org ON org.id = o.organization_id
      LEFT JOIN project pp ON o.holder_kind = 'project' AND pp.id = o.project_id
      LEFT JOIN organization m ON m.id = pp.ministry_id
    )
    SELECT * FROM rows
    WHERE ($2::text IS NULL OR direction = $2::text) AND ($3::int IS NULL OR colour_id = $3::int)
      AND ($4::text IS NULL OR invoice_number ILIKE $4::text OR cp_name ILIKE $4::text OR cp_name_ru ILIKE $4::text OR project_name ILIKE $4::text OR cp_bin LIKE $4::text)`;
  const db = prisma();
  const [rows, total] = await Promise.all([
    db.$queryRawUnsafe<(TRawRow & { cp_ministry: string | null; cp_ministry_ru: string | null; cp_ministry_kk: string | null; cp_ministry_en: string | null })[]>(`${base} ORDER BY ${ORDER[sort.column]} ${sort.direction === "asc" ? "ASC" : "DESC"}, id DESC LIMIT $5::int OFFSET $6::int`, ...params),
    db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*)::bigint AS n FROM (${base}) x WHERE $5::int IS NOT NULL AND $6::int IS NOT NULL`, ...params),
  ]);
  return {
    total: Number(total[0]?.n ?? 0),
    rows: rows.map(
      (r): TPaymentRow => ({
        transferId: BigInt(r.id),
        at: r.created_at,
        direction: r.direction,
        kind: r.kind,
        amountTiyn: BigInt(r.amount_tiyn),
        colourId: r.colour_id,
        projectName: r.project_name,
        project: { name: r.project_name, nameRu: r.project_ru, nameKk: r.project_kk, nameEn: r.project_en },
        documentType: r.document_type,
        documentId: r.document_id == null ? null : BigInt(r.document_id),
        invoiceNumber: r.invoice_number,
        counterparty: {
          kind: r.cp_kind,
          name: r.cp_kind === "project" ? r.cp_ministry : r.cp_name,
          nameRu: r.cp_kind === "project" ? r.cp_ministry_ru : r.cp_name_ru,
          nameKk: r.cp_kind === "project" ? r.cp_ministry_kk : r.cp_name_kk,
          nameEn: r.cp_kind === "project" ? r.cp_ministry_en : r.cp_name_en,
          bin: r.cp_kind === "company" ? r.cp_bin : null,
          exit: r.cp_kind === "exit" ? r.cp_key.replace(/^exit:/, "") : null,
        },
      }),
    ),
  };
}

/** One page of the company's payment history. */
export async function listCompanyPayments({ actor, q, direction, colourId, sort, page }: { actor: TActor; q?: string; direction?: "in" | "out"; colourId?: number; sort?: TPaymentSort; page: number }) {
  const org = companyOf(actor);
  const { skip, take } = pageWindow(page);
  const result = await listCompanyPaymentsRaw(org, { q, direction, colourId, sort, limit: take, offset: skip });
  return toPage(result.rows, result.total, page);
}

export const CSV_MAX_ROWS = 100_000;

/**
 * The whole filtered history for a download (the caller's own company, at most CSV_MAX_ROWS); the download is
 * recorded. lib/exports/audit-and-payments.ts makes the list table.
 */
export async function companyPaymentsForExport({ actor, q, direction, colourId }: { actor: TActor; q?: string; direction?: "in" | "out"; colourId?: number }): Promise<TPaymentRow[]> {
  const org = companyOf(actor);
  const { rows } = await listCompanyPaymentsRaw(org, { q, direction, colourId, limit: CSV_MAX_ROWS });
  await auditRead(actor, "company.history.export", `organization:${org}`, { q: q ?? null, direction: direction ?? null, colourId: colourId ?? null, rows: rows.length });
  return rows;
}
