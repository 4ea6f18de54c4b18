import "server-only";
import type { TActor } from "../actor";
import { invoiceTotals } from "../contracts/list-contracts";
import { prisma } from "../db";
import type { ContractStatus, Prisma } from "../generated/prisma/client";
import { PAGE_SIZE, pageWindow, toPage } from "../pagination";
import { companyOf } from "../scope";

export const COMPANY_CONTRACT_SORTS = ["number", "signed", "value", "status"] as const;
export type TCompanyContractSort = (typeof COMPANY_CONTRACT_SORTS)[number];
const COLUMN: Record<TCompanyContractSort, "number" | "signedOn" | "valueTiyn" | "status"> = { number: "number", signed: "signedOn", value: "valueTiyn", status: "status" };

/** The company's side of a contract: it holds it (does the work, is paid) or pays it (a subcontract under its own contract). */
export type TContractSide = "holder" | "payer";

/**
 * Every contract of the company: those it holds (general contracts and subcontracts) and the subcontracts it
 * pays, with what was billed and paid under each. Search: the contract number, the project, or the direct
 * counterparty's name or BIN (the payer of a contract it holds, the holder of one it pays) — only ever among
 * the company's own contracts.
 */
export async function listCompanyContracts({
  actor,
  q,
  side,
  status,
  sort,
  direction,
  page,
  pageSize = PAGE_SIZE,
}: {
  actor: TActor;
  q?: string;
  side?: TContractSide;
  status?: ContractStatus;
  sort: TCompanyContractSort;
  direction: "asc" | "desc";
  page: number;
  pageSize?: number;
}) {
  const org = companyOf(actor);
  const text = q?.trim();
  const like = (value: string) => ({ contains: value, mode: "insensitive" as const });
  const scope: Prisma.ContractWhereInput = side === "holder" ? { contractorId: org } : side === "payer" ? { payerId: org } : { OR: [{ contractorId: org }, { payerId: org }] };
  const search: Prisma.ContractWhereInput | null = text
    ? {
        OR: [
          { number: like(text) },
          { project: { name: like(text) } },
          { contractor: { OR: [{ name: like(text) }, { nameRu: like(text) }, { bin: { startsWith: text } }] } },
          { parent: { contractor: { OR: [{ name: like(text) }, { nameRu: like(text) }, { bin: { startsWith: text } }] } } },
        ],
      }
    : null;
  const where: Prisma.ContractWhereInput = { AND: [scope, ...(search ? [search] : []), ...(status ? [{ status }] : [])] };
  const db = prisma();
  const [rows, total] = await Promise.all([
    db.contract.findMany({
      where,
      orderBy: [{ [COLUMN[sort]]: direction }, { id: direction }],
      select: {
        id: true,
        number: true,
        parentId: true,
        contractorId: true,
        valueTiyn: true,
        signedOn: true,
        status: true,
        project: { select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true, ministry: { select: { name: true, nameRu: true, nameKk: true, nameEn: true } } } },
        colour: { select: { id: true, expiresAt: true, isFrozen: true } },
        contractor: { select: { name: true, nameRu: true, nameKk: true, nameEn: true, bin: true } },
        // The payer of a subcontract is the parent's holder: a direct counterparty. Nothing else of the parent is read.
        parent: { select: { contractor: { select: { name: true, nameRu: true, nameKk: true, nameEn: true, bin: true } } } },
      },
      ...pageWindow(page, pageSize),
    }),
    db.contract.count({ where }),
  ]);
  const totals = await invoiceTotals(rows.map((r) => r.id));
  return toPage(
    rows.map((r) => {
      const side: TContractSide = r.contractorId === org ? "holder" : "payer";
      const counterparty =
        side === "payer"
          ? { kind: "company" as const, ...r.contractor }
          : r.parent
            ? { kind: "company" as const, ...r.parent.contractor }
            : { kind: "project" as const, ...r.project.ministry, bin: null };
      return {
        id: r.id,
        number: r.number,
        kind: r.parentId ? ("sub" as const) : ("general" as const),
        side,
        status: r.status,
        valueTiyn: r.valueTiyn,
        signedOn: r.signedOn,
        project: { id: r.project.id, name: r.project.name, nameRu: r.project.nameRu, nameKk: r.project.nameKk, nameEn: r.project.nameEn },
        colour: r.colour,
        counterparty,
        billedTiyn: totals.get(r.id)?.billedTiyn ?? 0n,
        paidTiyn: totals.get(r.id)?.paidTiyn ?? 0n,
      };
    }),
    total,
    page,
    pageSize,
  );
}
