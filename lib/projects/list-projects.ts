import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { assertOfficialOrInvestigator, readsEveryMinistry } from "../scope";
import type { Prisma } from "../generated/prisma/client";
import { PAGE_SIZE, pageWindow, toPage } from "../pagination";

export const PROJECT_SORTS = ["name", "region", "created"] as const;
export type TProjectSort = (typeof PROJECT_SORTS)[number];

/** Projects of the official's ministry (all for the Ministry of Finance and investigators), with the size of their estimate. */
export async function listProjects({ actor, q, region, page, sort, pageSize = PAGE_SIZE }: { actor: TActor; q?: string; region?: string; page: number; sort: { column: TProjectSort; direction: "asc" | "desc" }; pageSize?: number }) {
  assertOfficialOrInvestigator(actor);
  const text = q?.trim();
  const where: Prisma.ProjectWhereInput = {
    ...(readsEveryMinistry(actor) ? {} : { ministryId: actor.organizationId ?? -1 }),
    ...(region ? { region } : {}),
    ...(text ? { OR: [{ name: { contains: text, mode: "insensitive" } }, { nameRu: { contains: text, mode: "insensitive" } }, { nameKk: { contains: text, mode: "insensitive" } }, { nameEn: { contains: text, mode: "insensitive" } }, { address: { contains: text, mode: "insensitive" } }] } : {}),
  };
  const db = prisma();
  const [rows, total] = await Promise.all([
    db.project.findMany({
      where,
      orderBy: [{ [sort.column === "created" ? "createdAt" : sort.column]: sort.direction }, { id: "asc" }],
      include: { ministry: { select: { name: true, nameRu: true, nameKk: true, nameEn: true } }, _count: { select: { estimateItems: true, colours: true } } },
      ...pageWindow(page, pageSize),
    }),
    db.project.count({ where }),
  ]);
  const ids = rows.map((r) => r.id);
  const totals = ids.length
    ? await db.$queryRaw<{ project_id: number; estimate: bigint }[]>`
        SELECT project_id, sum((quantity_milli * ceiling_unit_price_tiyn + 500) / 1000)::bigint AS estimate
        FROM estimate_item WHERE project_id = ANY(${ids}::int[]) GROUP BY project_id`
    : [];
  const byId = new Map(totals.map((t) => [t.project_id, t.estimate]));
  return toPage(
    rows.map((r) => ({ ...r, estimateTiyn: byId.get(r.id) ?? 0n })),
    total,
    page,
    pageSize,
  );
}
