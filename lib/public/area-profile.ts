import "server-only";
import { readDb } from "../db";
import { Prisma } from "../generated/prisma/client";
import { parseId } from "../http/parse-id";
import { REGION_CODES } from "../kz/regions";
import { toPage } from "../pagination";
import { cachedAggregate } from "./aggregate-cache";
import { colourStages, sumStages } from "./ledger-flows";
import { largestRecipients } from "./national-overview";

export const AREA_PAGE_SIZE = 25;

/** What a profile is about: a region (by code), a ministry (by id) or a budget line (by id or classification). */
export type TArea = { kind: "region"; key: string } | { kind: "ministry"; key: string } | { kind: "budgetLine"; key: string };

/**
 * The subject of an area profile, or null when the key is malformed or unknown (the page answers 404). A ministry
 * is an organization of kind ministry.
 */
async function subjectOf(area: TArea) {
  const db = await readDb();
  if (area.kind === "region") {
    // A region code, or a region some project names (older records predate the code list): what the overview lists.
    const known = (REGION_CODES as readonly string[]).includes(area.key) || (/^[\p{L}\p{N} .()-]{1,100}$/u.test(area.key) && (await db.project.findFirst({ where: { region: area.key }, select: { id: true } })) !== null);
    return known ? { kind: "region" as const, region: area.key, where: Prisma.sql`c.project_id IN (SELECT id FROM project WHERE region = ${area.key})` } : null;
  }
  const id = area.kind === "budgetLine" ? await budgetLineId(area.key) : parseId(area.key);
  if (id === null) return null;
  if (area.kind === "ministry") {
    const ministry = await db.organization.findFirst({ where: { id, kind: "ministry" }, select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true } });
    if (!ministry) return null;
    const lines = await db.budgetLine.aggregate({ where: { ministryId: id }, _sum: { appropriatedTiyn: true } });
    return { kind: "ministry" as const, ministry, appropriated: lines._sum.appropriatedTiyn ?? 0n, where: Prisma.sql`c.budget_line_id IN (SELECT id FROM budget_line WHERE ministry_id = ${id})` };
  }
  const line = await db.budgetLine.findUnique({ where: { id }, select: { id: true, code: true, specifics: true, fiscalYear: true, name: true, nameRu: true, nameKk: true, nameEn: true, region: true, appropriatedTiyn: true, ministry: { select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true } } } });
  return line ? { kind: "budgetLine" as const, line, appropriated: line.appropriatedTiyn, where: Prisma.sql`c.budget_line_id = ${id}` } : null;
}

/**
 * A budget line's id from its id, or from its classification "<code digits>-<specifics>-<year>"
 * ("049467037015-431-2026"): the code alone is not unique, a line is one code, specifics and fiscal year.
 */
async function budgetLineId(key: string): Promise<number | null> {
  const m = /^(\d{9,20})-(\d{3})-(\d{4})$/.exec(key);
  if (!m) return parseId(key);
  const rows = await (await readDb()).$queryRaw<{ id: number }[]>`SELECT id FROM budget_line WHERE replace(code, ' ', '') = ${m[1]} AND specifics = ${m[2]} AND fiscal_year = ${Number(m[3])} LIMIT 1`;
  return rows[0]?.id ?? null;
}

/**
 * A region's, ministry's or budget line's public profile (issue 16): its stage totals with the overview's
 * definitions (decision 0136) — a region's and a ministry's equal their row on the overview — its projects with
 * their share (one page), and its largest recipients, legal entities only, persons grouped (decision 0137).
 * A region has no appropriation of its own (budget lines belong to ministries), so it starts at "allocated".
 */
export async function publicArea(area: TArea, { page = 1, top = 10 }: { page?: number; top?: number } = {}) {
  const subject = await subjectOf(area);
  if (!subject) return null;
  // The sums over the subject's transfers are the heavy part: kept per subject (never per page or raw key, so that
  // made-up URLs cannot fill the cache) and refreshed after postings (decision 0171).
  const id = subject.kind === "region" ? subject.region : subject.kind === "ministry" ? subject.ministry.id : subject.line.id;
  const figures = await cachedAggregate(`area:${subject.kind}:${id}:${top}`, () => areaFigures(subject.where, top));
  const { rows, totals, recipients } = figures.value;
  return {
    subject,
    totals: { appropriated: subject.kind === "region" ? null : subject.appropriated, ...totals },
    projects: toPage(rows.slice((page - 1) * AREA_PAGE_SIZE, page * AREA_PAGE_SIZE), rows.length, page, AREA_PAGE_SIZE),
    recipients,
    figuresAsOf: { computedAt: figures.computedAt, postingsUpTo: figures.postingsUpTo },
  };
}

/** An area's stage totals, its projects (all, by allocated amount) and its largest recipients. */
async function areaFigures(where: Prisma.Sql, top: number) {
  const db = await readDb();
  const [stages, recipients] = await Promise.all([colourStages(where), largestRecipients(top, where)]);
  const colours = await db.colour.findMany({ where: { id: { in: stages.map((s) => s.colourId) } }, select: { id: true, projectId: true } });
  const projectOf = new Map(colours.map((c) => [c.id, c.projectId]));
  const byProject = new Map<number, typeof stages>();
  for (const s of stages) {
    const pid = projectOf.get(s.colourId)!;
    byProject.set(pid, [...(byProject.get(pid) ?? []), s]);
  }
  const projects = await db.project.findMany({ where: { id: { in: [...byProject.keys()] } }, select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true, region: true } });
  const rows = projects
    .map((p) => ({ ...p, ...sumStages(byProject.get(p.id)!) }))
    .sort((a, b) => (a.allocated > b.allocated ? -1 : a.allocated < b.allocated ? 1 : a.id - b.id));
  return { rows, totals: sumStages(stages), recipients };
}

export type TPublicArea = NonNullable<Awaited<ReturnType<typeof publicArea>>>;
