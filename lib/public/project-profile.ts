import "server-only";
import { readDb } from "../db";
import { Prisma } from "../generated/prisma/client";
import { fromStoredRules } from "../rules/stored-rules";
import { pageWindow, toPage } from "../pagination";
import { cachedAggregate } from "./aggregate-cache";
import { colourStages, sumStages } from "./ledger-flows";
import { isLegalEntityBin } from "./privacy";

/**
 * A project as the public sees it (issue 16): figures by stage, estimate vs contracted vs paid per item, the tree of
 * contractors, the payment timeline and each colour's rules. Null when there is no such project. Companies that are
 * natural persons come without name or number (decision 0137).
 */
export async function publicProject({ projectId, itemsPage = 1 }: { projectId: number; itemsPage?: number }) {
  const db = await readDb();
  const project = await db.project.findUnique({
    where: { id: projectId },
    select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true, region: true, startsOn: true, endsOn: true, ministry: { select: { name: true, nameRu: true, nameKk: true, nameEn: true } }, _count: { select: { estimateItems: true } } },
  });
  if (!project) return null;
  // The sums over the project's transfers, its contract tree and timeline are the heavy part: kept per project (an
  // id that exists, never a page or a raw URL) and refreshed after postings, like the areas (decisions 0171, 0221).
  // The estimate items are a page of 25 read live.
  const [figures, items] = await Promise.all([cachedAggregate(`project:${project.id}`, () => projectFigures(project.id)), estimateProgress(projectId, itemsPage)]);
  const { colours, stages, contracts, timeline } = figures.value;
  return {
    project,
    figures: sumStages(stages),
    colours,
    itemCount: project._count.estimateItems,
    items,
    contracts,
    timeline,
    figuresAsOf: { computedAt: figures.computedAt, postingsUpTo: figures.postingsUpTo },
  };
}

/** A project's colours with their rules, its stage sums, contract tree and payment timeline (kept per project). */
async function projectFigures(projectId: number) {
  const db = await readDb();
  const [colours, stages, contracts, timeline] = await Promise.all([
    db.colour.findMany({
      where: { projectId },
      orderBy: { id: "asc" },
      include: { budgetLine: { select: { code: true, specifics: true, fiscalYear: true, name: true, nameRu: true, nameKk: true, nameEn: true } }, rules: { orderBy: { version: "desc" }, take: 1 } },
    }),
    colourStages(prismaSqlProject(projectId)),
    contractTree(projectId),
    paymentTimeline(projectId),
  ]);
  return {
    colours: colours.map((c) => ({
      id: c.id,
      budgetLine: c.budgetLine,
      mintedTiyn: c.mintedTiyn,
      isFrozen: c.isFrozen,
      isClosed: c.isClosed,
      expiresAt: c.expiresAt,
      rules: c.rules[0] ? fromStoredRules(c.rules[0].rules, c.rules[0].version, c.expiresAt) : null,
    })),
    stages,
    contracts,
    timeline,
  };
}

export type TPublicProject = NonNullable<Awaited<ReturnType<typeof publicProject>>>;

const prismaSqlProject = (projectId: number) => Prisma.sql`c.project_id = ${projectId}`;

type TItemRow = { id: number; code: string; name: string; name_ru: string | null; name_kk: string | null; name_en: string | null; unit: string; quantity_milli: bigint; estimate_tiyn: bigint; contracted_tiyn: bigint; paid_tiyn: bigint };

/** Per estimate item: its estimated amount, what general contracts cover of it, and what was paid for it. */
async function estimateProgress(projectId: number, page: number) {
  const { skip, take } = pageWindow(page);
  const db = await readDb();
  const [rows, total] = await Promise.all([
    db.$queryRaw<TItemRow[]>`
      WITH items AS (SELECT * FROM estimate_item WHERE project_id = ${projectId} ORDER BY code LIMIT ${take} OFFSET ${skip})
      SELECT i.id, i.code, i.name, i.name_ru, i.name_kk, i.name_en, i.unit, i.quantity_milli,
        ((i.quantity_milli * i.ceiling_unit_price_tiyn + 500) / 1000)::bigint AS estimate_tiyn,
        coalesce((SELECT sum((ci.quantity_milli * ci.ceiling_unit_price_tiyn + 500) / 1000) FROM contract_item ci JOIN contract k ON k.id = ci.contract_id
          WHERE ci.estimate_item_id = i.id AND k.parent_id IS NULL AND k.status <> 'terminated'), 0)::bigint AS contracted_tiyn,
        coalesce((SELECT sum(l.amount_tiyn) FROM invoice_line l JOIN invoice v ON v.id = l.invoice_id JOIN contract k ON k.id = v.contract_id
          WHERE l.estimate_item_id = i.id AND k.parent_id IS NULL AND v.status = 'paid'), 0)::bigint AS paid_tiyn
      FROM items i ORDER BY i.code`,
    db.estimateItem.count({ where: { projectId } }),
  ]);
  return toPage(rows.map((r) => ({ id: r.id, code: r.code, name: r.name, nameRu: r.name_ru, nameKk: r.name_kk, nameEn: r.name_en, unit: r.unit, quantityMilli: r.quantity_milli, estimateTiyn: r.estimate_tiyn, contractedTiyn: r.contracted_tiyn, paidTiyn: r.paid_tiyn })), total, page);
}

/** Contractor → subcontractors → suppliers, depth first, each with its value and what was paid under it. */
async function contractTree(projectId: number) {
  const rows = await (await readDb()).$queryRaw<{ id: number; parent_id: number | null; number: string; value_tiyn: bigint; status: string; is_final_supplier: boolean; name: string; name_ru: string | null; bin: string | null; paid_tiyn: bigint }[]>`
    SELECT k.id, k.parent_id, k.number, k.value_tiyn, k.status::text, k.is_final_supplier, o.name, o.name_ru, o.bin,
      coalesce((SELECT sum(v.total_tiyn) FROM invoice v WHERE v.contract_id = k.id AND v.status = 'paid'), 0)::bigint AS paid_tiyn
    FROM contract k JOIN organization o ON o.id = k.contractor_id
    WHERE k.project_id = ${projectId} ORDER BY k.id`;
  const children = new Map<number | null, typeof rows>();
  for (const r of rows) children.set(r.parent_id, [...(children.get(r.parent_id) ?? []), r]);
  const out: { id: number; depth: number; number: string; valueTiyn: bigint; paidTiyn: bigint; status: string; isFinalSupplier: boolean; contractor: { name: string; nameRu: string | null; bin: string } | null }[] = [];
  const walk = (parent: number | null, depth: number) => {
    for (const r of children.get(parent) ?? []) {
      const isEntity = isLegalEntityBin(r.bin);
      out.push({ id: r.id, depth, number: r.number, valueTiyn: r.value_tiyn, paidTiyn: r.paid_tiyn, status: r.status, isFinalSupplier: r.is_final_supplier, contractor: isEntity ? { name: r.name, nameRu: r.name_ru, bin: r.bin! } : null });
      walk(r.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** Money moved per month (Almaty time), by stage, net of reversals. */
async function paymentTimeline(projectId: number) {
  const rows = await (await readDb()).$queryRaw<{ month: string; stage: string; amount: bigint }[]>`
    WITH flow AS (
      SELECT to_char(t.created_at AT TIME ZONE 'Asia/Almaty', 'YYYY-MM') AS month,
        CASE WHEN t.kind = 'reversal' THEN ta.holder_kind ELSE fa.holder_kind END::text AS src,
        CASE WHEN t.kind = 'reversal' THEN fa.holder_key ELSE ta.holder_key END AS dst_key,
        CASE WHEN t.kind = 'reversal' THEN fa.holder_kind ELSE ta.holder_kind END::text AS dst,
        CASE WHEN t.kind = 'reversal' THEN -t.amount_tiyn ELSE t.amount_tiyn END AS amount
      FROM transfer t JOIN colour c ON c.id = t.colour_id
      JOIN account fa ON fa.id = t.from_account_id JOIN account ta ON ta.id = t.to_account_id
      WHERE c.project_id = ${projectId}
    )
    SELECT month,
      CASE WHEN src = 'issuance' THEN 'allocated'
           WHEN src = 'project' AND dst = 'company' THEN 'firstTier'
           WHEN src = 'company' AND dst = 'company' THEN 'downChain'
           WHEN dst_key IN ('exit:wages', 'exit:taxes') THEN 'wagesTaxes'
           WHEN dst_key = 'exit:release' THEN 'released'
           ELSE 'returned' END AS stage,
      sum(amount)::bigint AS amount
    FROM flow GROUP BY 1, 2 ORDER BY 1, 2`;
  const months = new Map<string, Record<string, bigint>>();
  for (const r of rows) months.set(r.month, { ...(months.get(r.month) ?? {}), [r.stage]: r.amount });
  return [...months].map(([month, byStage]) => ({ month, byStage }));
}
