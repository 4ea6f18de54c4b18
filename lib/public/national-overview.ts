import "server-only";
import { readDb } from "../db";
import { Prisma } from "../generated/prisma/client";
import { cachedAggregate } from "./aggregate-cache";
import { colourStages, sumStages, type TColourStages, type TStageSums } from "./ledger-flows";
import { legalEntitySql } from "./privacy";

/**
 * The public home's figures (issue 16): national totals by stage that add up (decision 0136), the same by region,
 * ministry and fiscal year, and the largest projects and recipients. Read-only; names only legal entities.
 */
export async function nationalOverview({ top = 10 }: { top?: number } = {}) {
  const db = await readDb();
  const [stages, colours, lines, recipients] = await Promise.all([
    colourStages(),
    db.colour.findMany({ select: { id: true, projectId: true, project: { select: { name: true, region: true } }, budgetLine: { select: { ministryId: true, fiscalYear: true } } } }),
    db.budgetLine.groupBy({ by: ["ministryId", "fiscalYear"], _sum: { appropriatedTiyn: true } }),
    largestRecipients(top),
  ]);
  const meta = new Map(colours.map((c) => [c.id, c]));
  const group = <K extends string | number>(keyOf: (s: TColourStages) => K | undefined) => {
    const groups = new Map<K, TColourStages[]>();
    for (const s of stages) {
      const key = keyOf(s);
      if (key === undefined) continue;
      groups.set(key, [...(groups.get(key) ?? []), s]);
    }
    return new Map([...groups].map(([k, rows]) => [k, sumStages(rows)] as const));
  };
  const appropriatedBy = <K>(keyOf: (l: (typeof lines)[number]) => K) => {
    const out = new Map<K, bigint>();
    for (const l of lines) out.set(keyOf(l), (out.get(keyOf(l)) ?? 0n) + (l._sum.appropriatedTiyn ?? 0n));
    return out;
  };
  const appropriated = lines.reduce((a, l) => a + (l._sum.appropriatedTiyn ?? 0n), 0n);
  const byMinistry = mergeAppropriated(group((s) => meta.get(s.colourId)?.budgetLine.ministryId), appropriatedBy((l) => l.ministryId));
  const byYear = mergeAppropriated(group((s) => meta.get(s.colourId)?.budgetLine.fiscalYear), appropriatedBy((l) => l.fiscalYear));
  const ministries = await db.organization.findMany({ where: { id: { in: byMinistry.map((m) => m.key) } }, select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true } });
  const byProject = group((s) => meta.get(s.colourId)?.projectId);
  return {
    totals: { appropriated, ...sumStages(stages) },
    byRegion: [...group((s) => meta.get(s.colourId)?.project.region)].map(([region, sums]) => ({ region, ...sums })).sort((a, b) => cmpDesc(a.allocated, b.allocated)),
    byMinistry: byMinistry.map((m) => ({ ...m, ministry: ministries.find((o) => o.id === m.key) ?? { id: m.key, name: "", nameRu: null } })),
    byYear: byYear.sort((a, b) => a.key - b.key),
    largestProjects: [...byProject]
      .map(([projectId, sums]) => ({ projectId, name: colours.find((c) => c.projectId === projectId)!.project.name, region: colours.find((c) => c.projectId === projectId)!.project.region, ...sums }))
      .sort((a, b) => cmpDesc(a.allocated, b.allocated) || a.projectId - b.projectId)
      .slice(0, top),
    largestRecipients: recipients,
  };
}

export type TNationalOverview = Awaited<ReturnType<typeof nationalOverview>>;

/** The home's figures as kept by the aggregate cache, with when they were computed and up to which posting. */
export function cachedNationalOverview({ top = 10 }: { top?: number } = {}) {
  return cachedAggregate(`home:${top}`, () => nationalOverview({ top }));
}

const cmpDesc = (a: bigint, b: bigint) => (a > b ? -1 : a < b ? 1 : 0);

function mergeAppropriated<K>(stages: Map<K, TStageSums>, appropriated: Map<K, bigint>) {
  const keys = new Set<K>([...stages.keys(), ...appropriated.keys()]);
  const zero = sumStages([]);
  return [...keys].map((key) => ({ key, appropriated: appropriated.get(key) ?? 0n, ...(stages.get(key) ?? zero) })).sort((a, b) => cmpDesc(a.appropriated, b.appropriated));
}

/**
 * Companies by what they received in coloured money (payments into their accounts, net of reversals). Legal
 * entities by name; natural persons (sole traders) are one row: how many, and how much together. `where` picks the
 * colours (`c` is the colour's alias), as in colourStages.
 */
export async function largestRecipients(top: number, where: Prisma.Sql = Prisma.sql`TRUE`) {
  const rows = await (await readDb()).$queryRaw<{ id: number | null; name: string | null; name_ru: string | null; bin: string | null; received: bigint; persons: bigint }[]>`
    WITH received AS (
      SELECT a.organization_id,
        sum(CASE WHEN t.kind = 'reversal' THEN -t.amount_tiyn ELSE t.amount_tiyn END)::bigint AS amount
      FROM transfer t
      JOIN account a ON a.id = CASE WHEN t.kind = 'reversal' THEN t.from_account_id ELSE t.to_account_id END
      JOIN account other ON other.id = CASE WHEN t.kind = 'reversal' THEN t.to_account_id ELSE t.from_account_id END
      JOIN colour c ON c.id = t.colour_id
      WHERE a.holder_kind = 'company' AND other.holder_kind IN ('project', 'company') AND ${where}
      GROUP BY a.organization_id
    ), named AS (
      SELECT o.id, o.name, o.name_ru, o.bin, r.amount AS received, 0::bigint AS persons
      FROM received r JOIN organization o ON o.id = r.organization_id
      WHERE ${legalEntitySql("o")} AND r.amount > 0
      ORDER BY r.amount DESC, o.id LIMIT ${top}
    ), persons AS (
      SELECT NULL::int AS id, NULL::text AS name, NULL::text AS name_ru, NULL::text AS bin, sum(r.amount)::bigint AS received, count(*)::bigint AS persons
      FROM received r JOIN organization o ON o.id = r.organization_id
      WHERE NOT ${legalEntitySql("o")} AND r.amount > 0
      HAVING count(*) > 0
    )
    SELECT * FROM named UNION ALL SELECT * FROM persons`;
  return rows.map((r) => (r.id === null ? { kind: "persons" as const, count: Number(r.persons), received: r.received } : { kind: "company" as const, id: r.id, name: r.name!, nameRu: r.name_ru, bin: r.bin!, received: r.received }));
}

