import "server-only";
import type { TActor } from "../actor";
import { projectForReader } from "../allocations/allocation-options";
import { prisma } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { InvoiceStatus } from "../generated/prisma/enums";
import { pageWindow, toPage } from "../pagination";

export const DOCUMENT_SORTS = ["date", "name", "company", "amount"] as const;
export type TDocumentSort = (typeof DOCUMENT_SORTS)[number];
export const DOCUMENT_KINDS = ["invoice", "act"] as const;
export type TDocumentKind = (typeof DOCUMENT_KINDS)[number];

// Whitelisted ORDER BY clauses (the sort comes from the URL); an act sorts by its invoice's amount, next to it.
const ORDER: Record<TDocumentSort, Record<"asc" | "desc", Prisma.Sql>> = {
  date: { asc: Prisma.sql`dated ASC, invoice_id ASC, kind DESC, document_id ASC`, desc: Prisma.sql`dated DESC, invoice_id DESC, kind DESC, document_id DESC` },
  name: { asc: Prisma.sql`name ASC, invoice_id ASC, document_id ASC`, desc: Prisma.sql`name DESC, invoice_id DESC, document_id DESC` },
  company: { asc: Prisma.sql`company ASC, dated DESC, invoice_id DESC, kind DESC, document_id DESC`, desc: Prisma.sql`company DESC, dated DESC, invoice_id DESC, kind DESC, document_id DESC` },
  amount: { asc: Prisma.sql`total ASC, invoice_id ASC, kind DESC, document_id ASC`, desc: Prisma.sql`total DESC, invoice_id DESC, kind DESC, document_id DESC` },
};

type TRow = {
  kind: TDocumentKind;
  invoice_id: number;
  document_id: number | null;
  name: string;
  invoice_number: string;
  dated: Date;
  total: bigint;
  status: InvoiceStatus;
  contract_id: number;
  contract_number: string;
  parent_id: number | null;
  company: string;
  company_ru: string | null;
  size_bytes: number | null;
};

/**
 * Every invoice and every act of completed works under the project's contracts (general contracts and
 * subcontracts), one row each, for the officials who see the project. A contractor's drafts, and the acts
 * attached to them, are the contractor's own until submitted. Searchable by invoice number, act file name,
 * contract number and company; the bytes of an act are never read here.
 */
export async function listProjectDocuments({
  actor,
  projectId,
  page,
  q,
  kind,
  sort = { column: "date", direction: "desc" },
}: {
  actor: TActor;
  projectId: number;
  page: number;
  q?: string;
  kind?: TDocumentKind;
  sort?: { column: TDocumentSort; direction: "asc" | "desc" };
}) {
  await projectForReader(actor, projectId);
  const text = (q ?? "").trim();
  const like = `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  const { skip, take } = pageWindow(page);
  const docs = Prisma.sql`
    WITH inv AS (
      SELECT i.id, i.number, i.issued_on, i.total_tiyn, i.status::text AS status, c.id AS contract_id, c.number AS contract_number,
             c.parent_id, o.name AS company, o.name_ru AS company_ru
      FROM invoice i JOIN contract c ON c.id = i.contract_id JOIN organization o ON o.id = i.issuer_id
      WHERE c.project_id = ${projectId} AND i.status <> 'draft'
    ),
    docs AS (
      SELECT 'invoice'::text AS kind, inv.id AS invoice_id, NULL::int AS document_id, inv.number AS name, inv.number AS invoice_number,
             inv.issued_on AS dated, inv.total_tiyn AS total, inv.status, inv.contract_id, inv.contract_number, inv.parent_id,
             inv.company, inv.company_ru, NULL::int AS size_bytes
      FROM inv WHERE ${kind ?? null}::text IS NULL OR ${kind ?? null}::text = 'invoice'
      UNION ALL
      SELECT 'act', inv.id, d.id, d.file_name, inv.number, (d.created_at AT TIME ZONE 'Asia/Almaty')::date, inv.total_tiyn, inv.status,
             inv.contract_id, inv.contract_number, inv.parent_id, inv.company, inv.company_ru, d.size_bytes
      FROM inv JOIN invoice_document d ON d.invoice_id = inv.id
      WHERE ${kind ?? null}::text IS NULL OR ${kind ?? null}::text = 'act'
    )
    SELECT * FROM docs
    WHERE ${text} = '' OR name ILIKE ${like} OR invoice_number ILIKE ${like} OR contract_number ILIKE ${like}
       OR company ILIKE ${like} OR company_ru ILIKE ${like}`;
  const db = prisma();
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<TRow[]>`${docs} ORDER BY ${ORDER[sort.column][sort.direction]} LIMIT ${take} OFFSET ${skip}`,
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*)::bigint AS n FROM (${docs}) x`,
  ]);
  return toPage(
    rows.map((r) => ({
      kind: r.kind,
      invoiceId: r.invoice_id,
      documentId: r.document_id,
      name: r.name,
      invoiceNumber: r.invoice_number,
      dated: r.dated,
      invoiceTotalTiyn: r.total,
      invoiceStatus: r.status,
      contractId: r.contract_id,
      contractNumber: r.contract_number,
      isSubcontract: r.parent_id !== null,
      companyName: r.company,
      companyNameRu: r.company_ru,
      sizeBytes: r.size_bytes,
    })),
    Number(count?.n ?? 0),
    page,
  );
}
