import "server-only";
import { redactForCompany } from "../rules/redact-refusal";
import type { TActor } from "../actor";
import type { TProjectNameForms } from "../i18n";
import { prisma } from "../db";
import type { InvoiceStatus } from "../generated/prisma/enums";
import { companyOf } from "../scope";
import { listCompanyPaymentsRaw } from "./list-company-payments";

const DAY = 24 * 3600 * 1000;
export const EXPIRY_WARNING_DAYS = 30;
/** The most recent contracts the company holds, shown on the dashboard; the rest are on /company/contracts. */
export const DASHBOARD_CONTRACTS = 10;

export type TColourBalance = TProjectNameForms & {
  colourId: number;
  projectId: number;
  expiresAt: Date;
  isFrozen: boolean;
  balanceTiyn: bigint;
  receivedTiyn: bigint;
  passedOnTiyn: bigint;
  exitedTiyn: bigint;
};

/** The company's coloured balances, one row per colour it holds, with what came in and what it passed on. */
export async function companyBalances({ actor }: { actor: TActor }): Promise<TColourBalance[]> {
  const org = companyOf(actor);
  const rows = await prisma().$queryRaw<
    { colour_id: number; project_id: number; project_name: string; project_ru: string | null; project_kk: string | null; project_en: string | null; expires_at: Date; is_frozen: boolean; balance: bigint; received: bigint; passed_on: bigint; exited: bigint }[]
  >`
    SELECT a.colour_id, c.project_id, p.name AS project_name, p.name_ru AS project_ru, p.name_kk AS project_kk, p.name_en AS project_en, c.expires_at, (c.is_frozen OR a.is_frozen) AS is_frozen, a.balance_tiyn AS balance,
      a.received_tiyn AS received,
      coalesce((SELECT sum(t.amount_tiyn) FROM transfer t JOIN account b ON b.id = t.to_account_id WHERE t.from_account_id = a.id AND b.holder_kind = 'company'), 0)::bigint AS passed_on,
      coalesce((SELECT sum(t.amount_tiyn) FROM transfer t JOIN account b ON b.id = t.to_account_id WHERE t.from_account_id = a.id AND b.holder_kind = 'exit'), 0)::bigint AS exited
    FROM account a JOIN colour c ON c.id = a.colour_id JOIN project p ON p.id = c.project_id
    WHERE a.organization_id = ${org} AND a.holder_kind = 'company'
    ORDER BY c.expires_at, a.colour_id`;
  return rows.map((r) => ({
    colourId: r.colour_id,
    projectId: r.project_id,
    projectName: r.project_name,
    projectRu: r.project_ru,
    projectKk: r.project_kk,
    projectEn: r.project_en,
    expiresAt: r.expires_at,
    isFrozen: r.is_frozen,
    balanceTiyn: BigInt(r.balance),
    receivedTiyn: BigInt(r.received),
    passedOnTiyn: BigInt(r.passed_on),
    exitedTiyn: BigInt(r.exited),
  }));
}

/** Everything the company's dashboard shows, read for the acting company only. */
export async function companyDashboard({ actor, now = new Date() }: { actor: TActor; now?: Date }) {
  const org = companyOf(actor);
  const db = prisma();
  const since = new Date(now.getTime() - EXPIRY_WARNING_DAYS * DAY);
  const [balances, issued, incoming, refused, contracts, contractCount] = await Promise.all([
    companyBalances({ actor }),
    db.invoice.groupBy({ by: ["status"], where: { issuerId: org }, _count: true, _sum: { totalTiyn: true } }),
    db.invoice.groupBy({ by: ["status"], where: { contract: { payerId: org }, status: { not: "draft" } }, _count: true, _sum: { totalTiyn: true } }),
    db.refusedAttempt.findMany({
      where: { createdAt: { gte: since }, OR: [{ organizationId: org }, { actorId: { in: (await db.user.findMany({ where: { organizationId: org }, select: { id: true } })).map((u) => u.id) } }] },
      orderBy: { id: "desc" },
      take: 5,
    }),
    db.contract.findMany({
      where: { contractorId: org },
      orderBy: [{ signedOn: "desc" }, { id: "desc" }],
      include: { project: { select: { name: true, nameRu: true, nameKk: true, nameEn: true } }, colour: { select: { expiresAt: true } } },
      take: DASHBOARD_CONTRACTS,
    }),
    // The full list (held and paid) is /company/contracts; the dashboard says how many there are.
    db.contract.count({ where: { OR: [{ contractorId: org }, { payerId: org }] } }),
  ]);
  const counts = (groups: typeof issued) =>
    Object.fromEntries(groups.map((g) => [g.status, { count: g._count, totalTiyn: g._sum.totalTiyn ?? 0n }])) as Partial<Record<InvoiceStatus, { count: number; totalTiyn: bigint }>>;
  const expiring = balances.filter((b) => b.balanceTiyn > 0n && b.expiresAt.getTime() >= now.getTime() && b.expiresAt.getTime() - now.getTime() < EXPIRY_WARNING_DAYS * DAY);
  const refusedInvoiceIds = refused.filter((r) => r.documentType === "invoice" && r.documentId != null).map((r) => Number(r.documentId));
  const refusedInvoices = refusedInvoiceIds.length
    ? await db.invoice.findMany({ where: { id: { in: refusedInvoiceIds }, OR: [{ issuerId: org }, { contract: { payerId: org } }] }, select: { id: true, number: true } })
    : [];
  const numberOf = new Map(refusedInvoices.map((i) => [i.id, i.number]));
  return {
    balances,
    issued: counts(issued),
    incoming: counts(incoming),
    contracts,
    contractCount,
    recent: (await listCompanyPaymentsRaw(org, { limit: 10 })).rows,
    warnings: {
      expiring: expiring.map((b) => ({ colourId: b.colourId, projectName: b.projectName, projectRu: b.projectRu, projectKk: b.projectKk, projectEn: b.projectEn, expiresAt: b.expiresAt, balanceTiyn: b.balanceTiyn, days: Math.ceil((b.expiresAt.getTime() - now.getTime()) / DAY) })),
      refused: refused.map((r) => ({
        id: r.id,
        at: r.createdAt,
        documentType: r.documentType,
        invoiceNumber: r.documentType === "invoice" && r.documentId != null ? (numberOf.get(Number(r.documentId)) ?? null) : null,
        invoiceId: r.documentType === "invoice" && r.documentId != null && numberOf.has(Number(r.documentId)) ? Number(r.documentId) : null,
        amountTiyn: r.amountTiyn,
        details: redactForCompany(r.details),
      })),
    },
  };
}
