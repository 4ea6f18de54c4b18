import "server-only";
import { prisma } from "../db";
import { parseBigId, parseId } from "../http/parse-id";
import type { TNames } from "../i18n";

export const CASE_ITEM_TYPES = ["transfer", "company", "colour", "project", "invoice", "flag"] as const;
export type TCaseItemType = (typeof CASE_ITEM_TYPES)[number];
export type TCaseItemRef = { type: TCaseItemType; id: string };

/** "transfer:123" → { type: "transfer", id: "123" }; ids are digits. */
export function parseCaseItemRef(raw: string | null | undefined): TCaseItemRef | null {
  const m = /^([a-z]+):(\d{1,18})$/.exec((raw ?? "").trim());
  if (!m || !(CASE_ITEM_TYPES as readonly string[]).includes(m[1]!)) return null;
  return { type: m[1] as TCaseItemType, id: m[2]! };
}

/** Whether the referenced record exists. */
export async function caseItemExists(ref: TCaseItemRef): Promise<boolean> {
  const db = prisma();
  // Transfers are int8, everything else int4: an id outside its column's range is simply no such record.
  if (ref.type === "transfer" ? parseBigId(ref.id) === null : parseId(ref.id) === null) return false;
  const id = Number(ref.id);
  switch (ref.type) {
    case "transfer":
      return !!(await db.transfer.findUnique({ where: { id: BigInt(ref.id) }, select: { id: true } }));
    case "company":
      return !!(await db.organization.findFirst({ where: { id, kind: "company" }, select: { id: true } }));
    case "colour":
      return !!(await db.colour.findUnique({ where: { id }, select: { id: true } }));
    case "project":
      return !!(await db.project.findUnique({ where: { id }, select: { id: true } }));
    case "invoice":
      return !!(await db.invoice.findUnique({ where: { id }, select: { id: true } }));
    case "flag":
      return !!(await db.flag.findUnique({ where: { id }, select: { id: true } }));
  }
}

export type TResolvedItem = TCaseItemRef & {
  label: string;
  detail: string | null;
  /** A company's or project's name in its three languages when `label` (`detail`) is one (decision 0230). */
  labelNames: TNames | null;
  detailNames: TNames | null;
  /** The colours the item touches: what a freeze offers, whose chains the evidence pack carries and traces. */
  colourIds: number[];
  /** The companies it is about: a freeze can be narrowed to one of their accounts. */
  companyIds: number[];
  /** The payments it stands on (an attached payment, a flag's evidence): the evidence pack lists them. */
  transferIds: string[];
  /** A flag's kind ("round_trip"), for its translated name; null for other items. */
  flagKind: string | null;
  amountTiyn: bigint | null;
};

/** Human labels for attached items, and the colours, companies and payments they touch (what a freeze or an evidence pack needs). */
export async function resolveCaseItems(refs: TCaseItemRef[]): Promise<TResolvedItem[]> {
  const db = prisma();
  const ids = (type: TCaseItemType) => refs.filter((r) => r.type === type).map((r) => Number(r.id));
  const [transfers, companies, colours, projects, invoices, flags] = await Promise.all([
    db.transfer.findMany({ where: { id: { in: ids("transfer").map(BigInt) } }, select: { id: true, colourId: true, amountTiyn: true, kind: true, createdAt: true } }),
    db.organization.findMany({ where: { id: { in: ids("company") } }, select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true, bin: true, accounts: { select: { colourId: true } } } }),
    db.colour.findMany({ where: { id: { in: ids("colour") } }, select: { id: true, mintedTiyn: true, isFrozen: true, project: { select: { name: true, nameRu: true, nameKk: true, nameEn: true } } } }),
    db.project.findMany({ where: { id: { in: ids("project") } }, select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true, colours: { select: { id: true } } } }),
    db.invoice.findMany({ where: { id: { in: ids("invoice") } }, select: { id: true, number: true, totalTiyn: true, contract: { select: { colourId: true, number: true } } } }),
    db.flag.findMany({ where: { id: { in: ids("flag") } }, select: { id: true, kind: true, colourId: true, companyId: true, evidence: true } }),
  ]);
  const flagCompanies = await db.organization.findMany({ where: { id: { in: flags.flatMap((f) => (f.companyId ? [f.companyId] : [])) } }, select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true } });
  const none = { companyIds: [] as number[], transferIds: [] as string[], flagKind: null, labelNames: null, detailNames: null };
  const names = (o: TNames | undefined) => (o ? { name: o.name, nameRu: o.nameRu, nameKk: o.nameKk, nameEn: o.nameEn } : null);
  return refs.map((ref): TResolvedItem => {
    const id = Number(ref.id);
    switch (ref.type) {
      case "transfer": {
        const t = transfers.find((x) => x.id === BigInt(ref.id));
        return { ...ref, ...none, label: `#${ref.id}`, detail: t ? t.kind : null, colourIds: t ? [t.colourId] : [], transferIds: t ? [ref.id] : [], amountTiyn: t?.amountTiyn ?? null };
      }
      case "company": {
        const c = companies.find((x) => x.id === id);
        return { ...ref, ...none, label: c?.name ?? ref.id, labelNames: names(c), detail: c?.bin ?? null, colourIds: [...new Set(c?.accounts.map((a) => a.colourId) ?? [])], companyIds: c ? [c.id] : [], amountTiyn: null };
      }
      case "colour": {
        const c = colours.find((x) => x.id === id);
        return { ...ref, ...none, label: `#${ref.id}`, detail: c?.project.name ?? null, detailNames: names(c?.project), colourIds: c ? [c.id] : [], amountTiyn: c?.mintedTiyn ?? null };
      }
      case "project": {
        const p = projects.find((x) => x.id === id);
        return { ...ref, ...none, label: p?.name ?? ref.id, labelNames: names(p), detail: null, colourIds: p?.colours.map((c) => c.id) ?? [], amountTiyn: null };
      }
      case "invoice": {
        const i = invoices.find((x) => x.id === id);
        return { ...ref, ...none, label: i?.number ?? ref.id, detail: i?.contract.number ?? null, colourIds: i ? [i.contract.colourId] : [], amountTiyn: i?.totalTiyn ?? null };
      }
      case "flag": {
        // A flag is computed in one colour, about one company (most kinds), on the strength of some payments.
        const f = flags.find((x) => x.id === id);
        const company = f?.companyId ? flagCompanies.find((c) => c.id === f.companyId) : undefined;
        const evidence = (f?.evidence ?? {}) as { transfers?: string[] };
        return {
          ...ref,
          label: `#${ref.id}`,
          labelNames: null,
          detail: company?.name ?? null,
          detailNames: names(company),
          colourIds: f ? [f.colourId] : [],
          companyIds: f?.companyId ? [f.companyId] : [],
          transferIds: (evidence.transfers ?? []).map(String),
          flagKind: f?.kind ?? null,
          amountTiyn: null,
        };
      }
    }
  });
}
