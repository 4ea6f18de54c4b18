import "server-only";
import { assertInvestigator } from "../scope";
import type { TActor } from "../actor";
import type { TNames } from "../i18n";
import { prisma } from "../db";
import { NotFoundError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { PAGE_SIZE, pageWindow, toPage, type TPage } from "../pagination";
import { isFlagKind, isSeverity, type TFlagKind, type TSeverity } from "./kinds";
import { loadMealEvidence } from "./meal-evidence";
import { riskScore } from "./risk";
import type { TEvidence } from "./types";

// Investigators read every flag; nobody else reads any (pages check the role too, STYLE.md rule 5).
export const FLAG_SORTS = ["score", "severity", "kind", "detected"] as const;
export type TFlagSort = (typeof FLAG_SORTS)[number];
export type TFlagStatusFilter = "open" | "dismissed" | "cleared" | "all";
export type TFlagFilter = { q?: string; kind?: string; severity?: string; region?: string; status?: TFlagStatusFilter; companyId?: number; projectId?: number };

async function whereOf(f: TFlagFilter): Promise<Prisma.FlagWhereInput> {
  const and: Prisma.FlagWhereInput[] = [];
  const status = f.status ?? "open";
  if (status !== "all") and.push({ status });
  if (isFlagKind(f.kind)) and.push({ kind: f.kind });
  if (isSeverity(f.severity)) and.push({ severity: f.severity });
  if (f.region) and.push({ region: f.region });
  if (f.companyId) and.push({ companyId: f.companyId });
  if (f.projectId) and.push({ projectId: f.projectId });
  const q = f.q?.trim();
  if (q) {
    // A company's name or BIN, a project's name, or a flag's number.
    const db = prisma();
    const [companies, projects] = await Promise.all([
      db.organization.findMany({ where: { OR: [{ name: { contains: q, mode: "insensitive" } }, { nameRu: { contains: q, mode: "insensitive" } }, { bin: { startsWith: q } }] }, select: { id: true }, take: 500 }),
      db.project.findMany({ where: { name: { contains: q, mode: "insensitive" } }, select: { id: true }, take: 500 }),
    ]);
    and.push({ OR: [...(/^\d{1,9}$/.test(q) ? [{ id: Number(q) }] : []), { companyId: { in: companies.map((c) => c.id) } }, { projectId: { in: projects.map((p) => p.id) } }] });
  }
  return { AND: and };
}

const SEVERITY_RANK: Record<TSeverity, number> = { high: 3, medium: 2, low: 1 };

export type TFlagRow = {
  id: number;
  kind: TFlagKind;
  severity: TSeverity;
  score: number;
  status: string;
  region: string | null;
  lastDetectedAt: Date;
  company: (TNames & { id: number; bin: string | null }) | null;
  project: TNames & { id: number };
};

/** The ranked queue: by default open flags, most severe and highest scored first. */
export async function listFlags({ actor, filter, sort = { column: "score", direction: "desc" }, page = 1, pageSize = PAGE_SIZE }: { actor: TActor; filter: TFlagFilter; sort?: { column: TFlagSort; direction: "asc" | "desc" }; page?: number; pageSize?: number }): Promise<TPage<TFlagRow>> {
  assertInvestigator(actor);
  const db = prisma();
  const where = await whereOf(filter);
  const dir = sort.direction;
  const orderBy: Prisma.FlagOrderByWithRelationInput[] =
    sort.column === "score" ? [{ score: dir }, { severity: dir }, { id: "asc" }]
    : sort.column === "severity" ? [{ severity: dir }, { score: dir }, { id: "asc" }]
    : sort.column === "kind" ? [{ kind: dir }, { score: "desc" }, { id: "asc" }]
    : [{ lastDetectedAt: dir }, { id: "asc" }];
  const [rows, total] = await Promise.all([db.flag.findMany({ where, orderBy, ...pageWindow(page, pageSize) }), db.flag.count({ where })]);
  const companies = await db.organization.findMany({ where: { id: { in: rows.flatMap((r) => (r.companyId ? [r.companyId] : [])) } }, select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true, bin: true } });
  const projects = await db.project.findMany({ where: { id: { in: rows.map((r) => r.projectId) } }, select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true } });
  return toPage(
    rows.map((r) => ({
      id: r.id,
      kind: r.kind as TFlagKind,
      severity: r.severity,
      score: r.score,
      status: r.status,
      region: r.region,
      lastDetectedAt: r.lastDetectedAt,
      company: companies.find((c) => c.id === r.companyId) ?? null,
      project: projects.find((p) => p.id === r.projectId)!,
    })),
    total,
    page,
    pageSize,
  );
}

/** The company or project a filtered queue is about, to say whose flags are shown. */
export async function flagScope({ actor, companyId, projectId }: { actor: TActor; companyId?: number; projectId?: number }): Promise<TNames | null> {
  assertInvestigator(actor);
  if (companyId) return prisma().organization.findUnique({ where: { id: companyId }, select: { name: true, nameRu: true, nameKk: true, nameEn: true } });
  if (projectId) return prisma().project.findUnique({ where: { id: projectId }, select: { name: true, nameRu: true, nameKk: true, nameEn: true } });
  return null;
}

/** One flag with its evidence resolved into rows an investigator can read and follow. */
export async function getFlag({ actor, id }: { actor: TActor; id: number }) {
  assertInvestigator(actor);
  const db = prisma();
  const flag = await db.flag.findUnique({ where: { id } });
  if (!flag) throw new NotFoundError("flag");
  const e = flag.evidence as TEvidence;
  const [transfers, invoices, contracts, companies, persons, users, project, colour, meal] = await Promise.all([
    db.transfer.findMany({ where: { id: { in: e.transfers.map(BigInt) } }, orderBy: { id: "asc" } }),
    db.invoice.findMany({ where: { id: { in: e.invoices } }, orderBy: { id: "asc" }, include: { contract: { select: { number: true, projectId: true } } } }),
    db.contract.findMany({ where: { id: { in: e.contracts } }, orderBy: { id: "asc" }, include: { contractor: { select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true } } } }),
    db.organization.findMany({ where: { id: { in: e.companies } }, orderBy: { id: "asc" }, include: { people: { include: { person: true } } } }),
    db.person.findMany({ where: { id: { in: e.persons } }, orderBy: { id: "asc" }, include: { roles: { include: { organization: { select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true } } } }, users: { select: { id: true, name: true, role: true } } } }),
    db.user.findMany({ where: { id: { in: e.users } }, orderBy: { id: "asc" }, select: { id: true, name: true, email: true, role: true, organization: { select: { name: true, nameRu: true, nameKk: true, nameEn: true } } } }),
    db.project.findUniqueOrThrow({ where: { id: flag.projectId }, select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true, region: true } }),
    db.colour.findUniqueOrThrow({ where: { id: flag.colourId }, select: { id: true, expiresAt: true, budgetLine: { select: { code: true, specifics: true } } } }),
    loadMealEvidence(e),
  ]);
  const accounts = await db.account.findMany({ where: { id: { in: transfers.flatMap((t) => [t.fromAccountId, t.toAccountId]) } }, include: { organization: { select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true } }, project: { select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true } } } });
  const holder = (id: bigint) => accounts.find((a) => a.id === id)!;
  return {
    flag: { ...flag, kind: flag.kind as TFlagKind, evidence: e, facts: flag.facts as Record<string, unknown> },
    project,
    colour,
    transfers: transfers.map((t) => ({ ...t, from: holder(t.fromAccountId), to: holder(t.toAccountId) })),
    invoices,
    contracts,
    companies,
    persons,
    users,
    meal,
  };
}

export type TRiskRow = TNames & { id: number; bin?: string | null; region?: string | null; risk: number; flags: number; high: number };

/** Projects and companies ranked by the risk score of their open flags (docs/decisions/0040-risk-score.md). */
export async function listRiskRanking({ actor, of, limit = 50 }: { actor: TActor; of: "project" | "company"; limit?: number }): Promise<TRiskRow[]> {
  assertInvestigator(actor);
  const db = prisma();
  const flags = await db.flag.findMany({ where: { status: "open", ...(of === "company" ? { companyId: { not: null } } : {}) }, select: { projectId: true, companyId: true, severity: true, score: true } });
  const groups = new Map<number, { severity: TSeverity; score: number }[]>();
  for (const f of flags) {
    const id = of === "project" ? f.projectId : f.companyId!;
    groups.set(id, [...(groups.get(id) ?? []), f]);
  }
  const ranked = [...groups.entries()]
    .map(([id, list]) => ({ id, risk: riskScore(list), flags: list.length, high: list.filter((f) => f.severity === "high").length }))
    .sort((a, b) => b.risk - a.risk || b.flags - a.flags || a.id - b.id)
    .slice(0, limit);
  const ids = ranked.map((r) => r.id);
  if (of === "project") {
    const projects = await db.project.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true, region: true } });
    return ranked.map((r) => ({ ...r, ...projects.find((p) => p.id === r.id)! }));
  }
  const companies = await db.organization.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true, bin: true, region: true } });
  return ranked.map((r) => ({ ...r, ...companies.find((c) => c.id === r.id)! }));
}

/** Every flag (all statuses) with its evidence ids, for `npm run flags -- --json`. */
export async function exportFlags() {
  const rows = await prisma().flag.findMany({ orderBy: [{ status: "asc" }, { score: "desc" }, { id: "asc" }] });
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    kind: r.kind,
    status: r.status,
    severity: r.severity,
    score: r.score,
    subject: { type: r.subjectType, id: r.subjectId },
    colourId: r.colourId,
    projectId: r.projectId,
    companyId: r.companyId,
    region: r.region,
    evidence: r.evidence as TEvidence,
    facts: r.facts,
    firstDetectedAt: r.firstDetectedAt.toISOString(),
    lastDetectedAt: r.lastDetectedAt.toISOString(),
  }));
}

export const severityRank = (s: TSeverity) => SEVERITY_RANK[s];
