import "server-only";
import type { TActor } from "../actor";
import { contractScope } from "./contract-scope";
import { prisma } from "../db";
import { assertOfficialOrInvestigator } from "../scope";
import type { ContractStatus, Prisma } from "../generated/prisma/client";
import { PAGE_SIZE, pageWindow, toPage } from "../pagination";

export const CONTRACT_SORTS = ["number", "value", "signed", "created"] as const;
export type TContractSort = (typeof CONTRACT_SORTS)[number];
const COLUMN: Record<TContractSort, "number" | "valueTiyn" | "signedOn" | "createdAt"> = { number: "number", value: "valueTiyn", signed: "signedOn", created: "createdAt" };

/** Invoices that count as billed: submitted for payment and not since rejected or withdrawn. */
export const BILLED_STATUSES = ["submitted", "approved", "paid"] as const;

/** Contracts' billed and paid totals, from their invoices (index invoice(contract_id, status)). */
export async function invoiceTotals(contractIds: number[]) {
  if (contractIds.length === 0) return new Map<number, { billedTiyn: bigint; paidTiyn: bigint }>();
  const rows = await prisma().invoice.groupBy({ by: ["contractId", "status"], where: { contractId: { in: contractIds }, status: { in: [...BILLED_STATUSES] } }, _sum: { totalTiyn: true } });
  const out = new Map<number, { billedTiyn: bigint; paidTiyn: bigint }>();
  for (const r of rows) {
    const t = out.get(r.contractId) ?? { billedTiyn: 0n, paidTiyn: 0n };
    const sum = r._sum.totalTiyn ?? 0n;
    t.billedTiyn += sum;
    if (r.status === "paid") t.paidTiyn += sum;
    out.set(r.contractId, t);
  }
  return out;
}

/** What the subcontracts of each parent commit (terminated ones release their value). */
export async function committedToSubcontracts(parentIds: number[]) {
  if (parentIds.length === 0) return new Map<number, bigint>();
  const rows = await prisma().contract.groupBy({ by: ["parentId"], where: { parentId: { in: parentIds }, status: { not: "terminated" } }, _sum: { valueTiyn: true } });
  return new Map(rows.map((r) => [r.parentId!, r._sum.valueTiyn ?? 0n]));
}

/**
 * Contracts under the official's ministry's projects (all for the Ministry of Finance): general contracts
 * with what was billed and paid, or — for review — the subcontracts contractors registered under them, with
 * what their parent contract still has uncommitted. Search: a contract number, a contractor's name or BIN.
 */
export async function listContracts({
  actor,
  kind,
  q,
  status,
  page,
  sort,
  pageSize = PAGE_SIZE,
}: {
  actor: TActor;
  kind: "general" | "sub";
  q?: string;
  status?: ContractStatus;
  page: number;
  sort: { column: TContractSort; direction: "asc" | "desc" };
  /** The page's rows; a CSV export asks for up to LIST_CSV_MAX_ROWS at once. */
  pageSize?: number;
}) {
  assertOfficialOrInvestigator(actor);
  const text = q?.trim();
  const digits = text && /^\d{12}$/.test(text) ? text : null;
  const search: Prisma.ContractWhereInput | undefined = !text
    ? undefined
    : digits
      ? { OR: [{ contractor: { bin: digits } }, { number: { contains: digits } }] }
      : {
          OR: [
            { number: { contains: text, mode: "insensitive" } },
            { contractor: { name: { contains: text, mode: "insensitive" } } },
            { contractor: { nameRu: { contains: text, mode: "insensitive" } } },
            ...(/^\d+$/.test(text) ? [{ contractor: { bin: { startsWith: text } } }] : []),
          ],
        };
  const where: Prisma.ContractWhereInput = {
    ...(kind === "general" ? { parentId: null } : { parentId: { not: null } }),
    ...contractScope(actor),
    ...(status ? { status } : {}),
    ...(search ?? {}),
  };
  const db = prisma();
  const [rows, total] = await Promise.all([
    db.contract.findMany({
      where,
      orderBy: [{ [COLUMN[sort.column]]: sort.direction }, { id: sort.direction }],
      include: {
        project: { select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true } },
        contractor: { select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true, bin: true, isDebarred: true } },
        parent: { select: { id: true, number: true, valueTiyn: true, contractor: { select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true, bin: true } } } },
        _count: { select: { items: true } },
      },
      ...pageWindow(page, pageSize),
    }),
    db.contract.count({ where }),
  ]);
  const [totals, committed] = await Promise.all([invoiceTotals(rows.map((r) => r.id)), committedToSubcontracts([...new Set(rows.map((r) => r.parentId).filter((id): id is number => id != null))])]);
  return toPage(
    rows.map((r) => ({
      ...r,
      billedTiyn: totals.get(r.id)?.billedTiyn ?? 0n,
      paidTiyn: totals.get(r.id)?.paidTiyn ?? 0n,
      parentRemainingTiyn: r.parent ? r.parent.valueTiyn - (committed.get(r.parent.id) ?? 0n) : null,
    })),
    total,
    page,
    pageSize,
  );
}
