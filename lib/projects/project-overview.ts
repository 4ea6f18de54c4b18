import "server-only";
import type { TActor } from "../actor";
import { fromStoredRules } from "../rules/stored-rules";
import { projectForReader } from "../allocations/allocation-options";
import { prisma } from "../db";
import { Prisma } from "../generated/prisma/client";
import { PAGE_SIZE, toPage, pageWindow } from "../pagination";

/**
 * Invoice and subcontract counts of the listed contracts only. Prisma's `_count` include aggregates the whole
 * invoice table and then joins (380 ms at half a million invoices); these two grouped queries read the page's rows.
 */
async function withCounts<C extends { id: number }>(contracts: C[]): Promise<(C & { _count: { invoices: number; subcontracts: number } })[]> {
  const ids = contracts.map((c) => c.id);
  const [invoices, subcontracts] = await Promise.all([
    prisma().invoice.groupBy({ by: ["contractId"], where: { contractId: { in: ids }, status: { not: "draft" } }, _count: true }),
    prisma().contract.groupBy({ by: ["parentId"], where: { parentId: { in: ids } }, _count: true }),
  ]);
  const invoicesOf = new Map(invoices.map((r) => [r.contractId, r._count]));
  const subcontractsOf = new Map(subcontracts.map((r) => [r.parentId, r._count]));
  return contracts.map((c) => ({ ...c, _count: { invoices: invoicesOf.get(c.id) ?? 0, subcontracts: subcontractsOf.get(c.id) ?? 0 } }));
}

export type THolderLabel = { kind: "issuance" | "project" | "company" | "exit"; name: string; organizationId: number | null };

/**
 * The official's view of one project: its colours with the balance of every holder, the money figures of the
 * whole estimate, its contracts and estimate versions. Other ministries' projects are "not found".
 */
export async function getProjectOverview({ actor, projectId, contractsPage = 1 }: { actor: TActor; projectId: number; contractsPage?: number }) {
  const project = await projectForReader(actor, projectId);
  const db = prisma();
  const [itemCount, colours, accounts, totals, contracts, contractCount, revisions, documents] = await Promise.all([
    db.estimateItem.count({ where: { projectId } }),
    db.colour.findMany({
      where: { projectId },
      orderBy: { id: "asc" },
      include: { budgetLine: { select: { id: true, code: true, specifics: true, fiscalYear: true, name: true, nameRu: true, nameKk: true, nameEn: true } }, rules: { orderBy: { version: "desc" }, take: 1 } },
    }),
    db.account.findMany({
      where: { colour: { projectId } },
      orderBy: [{ colourId: "asc" }, { holderKind: "asc" }, { id: "asc" }],
      include: { organization: { select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true } } },
    }),
    db.$queryRaw<{ estimate: bigint; contracted: bigint; invoiced: bigint; paid: bigint }[]>`
      SELECT
        (SELECT coalesce(sum((quantity_milli * ceiling_unit_price_tiyn + 500) / 1000), 0) FROM estimate_item WHERE project_id = ${projectId})::bigint AS estimate,
        (SELECT coalesce(sum(value_tiyn), 0) FROM contract WHERE project_id = ${projectId} AND parent_id IS NULL AND status <> 'terminated')::bigint AS contracted,
        (SELECT coalesce(sum(i.total_tiyn), 0) FROM invoice i JOIN contract c ON c.id = i.contract_id
           WHERE c.project_id = ${projectId} AND c.parent_id IS NULL AND i.status IN ('submitted', 'approved', 'paid'))::bigint AS invoiced,
        (SELECT coalesce(sum(i.total_tiyn), 0) FROM invoice i JOIN contract c ON c.id = i.contract_id
           WHERE c.project_id = ${projectId} AND c.parent_id IS NULL AND i.status = 'paid')::bigint AS paid`,
    db.contract.findMany({
      where: { projectId },
      orderBy: [{ parentId: { sort: "asc", nulls: "first" } }, { signedOn: "asc" }, { id: "asc" }],
      include: { contractor: { select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true, bin: true, isDebarred: true } } },
      ...pageWindow(contractsPage),
    }).then(withCounts),
    db.contract.count({ where: { projectId } }),
    revisionsWithAuthors(projectId),
    // A contractor's drafts are its own until submitted.
    db.invoice.findMany({
      where: { contract: { projectId }, status: { not: "draft" } },
      orderBy: { id: "desc" },
      take: 10,
      select: { id: true, number: true, status: true, totalTiyn: true, issuedOn: true, contract: { select: { number: true, parentId: true } } },
    }),
  ]);
  const holderLabel = (a: (typeof accounts)[number]): THolderLabel => {
    if (a.holderKind === "company") return { kind: "company", name: a.organization?.name ?? a.holderKey, organizationId: a.organizationId };
    if (a.holderKind === "exit") return { kind: "exit", name: a.holderKey.slice("exit:".length), organizationId: null };
    return { kind: a.holderKind, name: a.holderKind === "project" ? project.name : "issuance", organizationId: null };
  };
  return {
    project,
    itemCount,
    totals: totals[0]!,
    colours: colours.map((c) => {
      const stored = c.rules[0]!;
      const holders = accounts.filter((a) => a.colourId === c.id && a.holderKind !== "issuance");
      const exited = holders.filter((a) => a.holderKind === "exit").reduce((s, a) => s + a.balanceTiyn, 0n);
      return {
        id: c.id,
        budgetLine: c.budgetLine,
        mintedTiyn: c.mintedTiyn,
        expiresAt: c.expiresAt,
        isFrozen: c.isFrozen,
        frozenReason: c.frozenReason,
        isClosed: c.isClosed,
        rules: fromStoredRules(stored.rules, stored.version, c.expiresAt),
        rulesReason: stored.reason,
        inCirculationTiyn: c.mintedTiyn - exited,
        holders: holders.map((a) => ({ id: a.id, ...holderLabel(a), nameRu: a.organization?.nameRu ?? null, balanceTiyn: a.balanceTiyn, isFrozen: a.isFrozen })),
      };
    }),
    contracts: toPage(contracts, contractCount, contractsPage),
    documents,
    revisions,
  };
}

async function revisionsWithAuthors(projectId: number, take = 20) {
  const db = prisma();
  const revisions = await db.estimateRevision.findMany({ where: { projectId }, orderBy: { version: "desc" }, take });
  const authorIds = [...new Set(revisions.map((r) => r.createdById).filter((id): id is number => id !== null))];
  const authors = authorIds.length ? await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } }) : [];
  return revisions.map((r) => ({ ...r, authorName: authors.find((u) => u.id === r.createdById)?.name ?? null }));
}

/** The estimate's latest versions with their authors' names. */
export async function listEstimateRevisions({ actor, projectId }: { actor: TActor; projectId: number }) {
  await projectForReader(actor, projectId);
  return revisionsWithAuthors(projectId);
}

export type TProjectOverview = Awaited<ReturnType<typeof getProjectOverview>>;

type TItemRow = {
  id: number;
  code: string;
  name: string;
  name_ru: string | null;
  name_kk: string | null;
  name_en: string | null;
  category: string;
  unit: string;
  quantity_milli: bigint;
  ceiling_unit_price_tiyn: bigint;
  contracted_milli: bigint;
  invoiced_milli: bigint;
  invoiced_tiyn: bigint;
  paid_milli: bigint;
  paid_tiyn: bigint;
};

/**
 * Estimate vs contracted vs invoiced vs paid, per item (general contracts only: a subcontract re-bills what
 * its parent already billed). Paginated and searchable by code or name: an estimate can have thousands of items.
 */
export const ESTIMATE_SORTS = ["code", "name", "amount"] as const;

// Whitelisted ORDER BY clauses (the sort comes from the URL): estimate columns only, so the page of items is chosen
// before the per-item sums are computed.
const ESTIMATE_ORDER: Record<(typeof ESTIMATE_SORTS)[number], Record<"asc" | "desc", Prisma.Sql>> = {
  code: { asc: Prisma.sql`code ASC`, desc: Prisma.sql`code DESC` },
  name: { asc: Prisma.sql`name ASC, code ASC`, desc: Prisma.sql`name DESC, code ASC` },
  amount: { asc: Prisma.sql`quantity_milli * ceiling_unit_price_tiyn ASC, code ASC`, desc: Prisma.sql`quantity_milli * ceiling_unit_price_tiyn DESC, code ASC` },
};

export async function listEstimateProgress({ actor, projectId, q, page, sort = { column: "code", direction: "asc" } }: { actor: TActor; projectId: number; q?: string; page: number; sort?: { column: (typeof ESTIMATE_SORTS)[number]; direction: "asc" | "desc" } }) {
  await projectForReader(actor, projectId);
  const text = (q ?? "").trim();
  const like = `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  const { skip, take } = pageWindow(page);
  const order = ESTIMATE_ORDER[sort.column][sort.direction];
  const db = prisma();
  const [rows, count] = await Promise.all([
    db.$queryRaw<TItemRow[]>`
      WITH items AS (
        SELECT * FROM estimate_item
        WHERE project_id = ${projectId} AND (${text} = '' OR code ILIKE ${like} OR name ILIKE ${like} OR name_ru ILIKE ${like} OR name_kk ILIKE ${like} OR name_en ILIKE ${like})
        ORDER BY ${order} LIMIT ${take} OFFSET ${skip}
      )
      SELECT i.id, i.code, i.name, i.name_ru, i.name_kk, i.name_en, i.category, i.unit, i.quantity_milli, i.ceiling_unit_price_tiyn,
             coalesce(ct.qty, 0)::bigint AS contracted_milli,
             coalesce(inv.qty, 0)::bigint AS invoiced_milli, coalesce(inv.amount, 0)::bigint AS invoiced_tiyn,
             coalesce(inv.paid_qty, 0)::bigint AS paid_milli, coalesce(inv.paid_amount, 0)::bigint AS paid_tiyn
      FROM items i
      LEFT JOIN LATERAL (
        SELECT sum(ci.quantity_milli) AS qty FROM contract_item ci JOIN contract c ON c.id = ci.contract_id
        WHERE ci.estimate_item_id = i.id AND c.parent_id IS NULL AND c.status <> 'terminated'
      ) ct ON true
      LEFT JOIN LATERAL (
        SELECT sum(l.quantity_milli) FILTER (WHERE v.status IN ('submitted', 'approved', 'paid')) AS qty,
               sum(l.amount_tiyn) FILTER (WHERE v.status IN ('submitted', 'approved', 'paid')) AS amount,
               sum(l.quantity_milli) FILTER (WHERE v.status = 'paid') AS paid_qty,
               sum(l.amount_tiyn) FILTER (WHERE v.status = 'paid') AS paid_amount
        FROM invoice_line l JOIN invoice v ON v.id = l.invoice_id JOIN contract c ON c.id = v.contract_id
        WHERE l.estimate_item_id = i.id AND c.parent_id IS NULL
      ) inv ON true
      ORDER BY ${order}`,
    db.estimateItem.count({
      where: { projectId, ...(text ? { OR: [{ code: { contains: text, mode: "insensitive" } }, { name: { contains: text, mode: "insensitive" } }, { nameRu: { contains: text, mode: "insensitive" } }, { nameKk: { contains: text, mode: "insensitive" } }, { nameEn: { contains: text, mode: "insensitive" } }] } : {}) },
    }),
  ]);
  return toPage(
    rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      nameRu: r.name_ru,
      nameKk: r.name_kk,
      nameEn: r.name_en,
      category: r.category,
      unit: r.unit,
      quantityMilli: r.quantity_milli,
      ceilingUnitPriceTiyn: r.ceiling_unit_price_tiyn,
      contractedMilli: r.contracted_milli,
      invoicedMilli: r.invoiced_milli,
      invoicedTiyn: r.invoiced_tiyn,
      paidMilli: r.paid_milli,
      paidTiyn: r.paid_tiyn,
    })),
    count,
    page,
  );
}

type TTimelineRow = {
  id: bigint;
  colour_id: number;
  kind: string;
  amount_tiyn: bigint;
  document_type: string;
  document_id: bigint | null;
  created_at: Date;
  from_kind: string;
  from_key: string;
  from_name: string | null;
  to_kind: string;
  to_key: string;
  to_name: string | null;
  invoice_number: string | null;
};

export const TIMELINE_SORTS = ["when", "amount", "kind"] as const;
export type TTimelineSort = (typeof TIMELINE_SORTS)[number];

// Whitelisted ORDER BY clauses (the sort comes from the URL). Transfer ids grow with time: "when" is the id.
const TIMELINE_ORDER: Record<TTimelineSort, Record<"asc" | "desc", Prisma.Sql>> = {
  when: { asc: Prisma.sql`t.id ASC`, desc: Prisma.sql`t.id DESC` },
  amount: { asc: Prisma.sql`t.amount_tiyn ASC, t.id DESC`, desc: Prisma.sql`t.amount_tiyn DESC, t.id DESC` },
  kind: { asc: Prisma.sql`t.kind::text ASC, t.id DESC`, desc: Prisma.sql`t.kind::text DESC, t.id DESC` },
};

/**
 * Every transfer of the project's colours, newest first unless sorted otherwise: the payment timeline.
 * Searchable by counterparty (the company on either side, in either language) and by document (an invoice's
 * number, or a transfer's "#id").
 */
export async function listProjectTimeline({
  actor,
  projectId,
  page,
  q,
  sort = { column: "when", direction: "desc" },
  pageSize = PAGE_SIZE,
}: {
  actor: TActor;
  projectId: number;
  page: number;
  q?: string;
  sort?: { column: TTimelineSort; direction: "asc" | "desc" };
  pageSize?: number;
}) {
  const project = await projectForReader(actor, projectId);
  const { skip, take } = pageWindow(page, pageSize);
  const text = (q ?? "").trim();
  const like = `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  const id = /^#?\d{1,18}$/.test(text) ? BigInt(text.replace("#", "")) : null;
  const from = Prisma.sql`
      FROM transfer t
      JOIN account fa ON fa.id = t.from_account_id LEFT JOIN organization fo ON fo.id = fa.organization_id
      JOIN account ta ON ta.id = t.to_account_id LEFT JOIN organization tor ON tor.id = ta.organization_id
      LEFT JOIN invoice inv ON t.document_type = 'invoice' AND inv.id = t.document_id
      WHERE t.colour_id IN (SELECT id FROM colour WHERE project_id = ${projectId})
        AND (${text} = '' OR fo.name ILIKE ${like} OR fo.name_ru ILIKE ${like} OR tor.name ILIKE ${like} OR tor.name_ru ILIKE ${like}
             OR inv.number ILIKE ${like} OR t.id = ${id}::bigint)`;
  const db = prisma();
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<TTimelineRow[]>`
      SELECT t.id, t.colour_id, t.kind::text AS kind, t.amount_tiyn, t.document_type, t.document_id, t.created_at,
             fa.holder_kind::text AS from_kind, fa.holder_key AS from_key, fo.name AS from_name,
             ta.holder_kind::text AS to_kind, ta.holder_key AS to_key, tor.name AS to_name,
             inv.number AS invoice_number
      ${from}
      ORDER BY ${TIMELINE_ORDER[sort.column][sort.direction]} LIMIT ${take} OFFSET ${skip}`,
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*)::bigint AS n ${from}`,
  ]);
  const side = (kind: string, key: string, name: string | null): THolderLabel => ({
    kind: kind as THolderLabel["kind"],
    name: kind === "project" ? project.name : kind === "exit" ? key.slice("exit:".length) : (name ?? key),
    organizationId: kind === "company" ? Number(key.slice("company:".length)) : null,
  });
  return toPage(
    rows.map((r) => ({
      id: r.id,
      colourId: r.colour_id,
      kind: r.kind,
      amountTiyn: r.amount_tiyn,
      documentType: r.document_type,
      documentId: r.document_id,
      invoiceNumber: r.invoice_number,
      createdAt: r.created_at,
      from: side(r.from_kind, r.from_key, r.from_name),
      to: side(r.to_kind, r.to_key, r.to_name),
    })),
    Number(count?.n ?? 0),
    page,
    pageSize,
  );
}
