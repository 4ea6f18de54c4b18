import "server-only";
import { assertInvestigator } from "../scope";
import type { TActor } from "../actor";
import { readDb } from "../db";

/** What an investigator can start a trace from, found by code, name, BIN or transfer number. */
export async function findTraceSubjects({ actor, q }: { actor: TActor; q: string }) {
  assertInvestigator(actor);
  const text = q.trim();
  if (text.length < 2) return { lines: [], projects: [], companies: [], transfer: null };
  const digits = text.replace(/\s+/g, "");
  const db = await readDb();
  const codeLike = /^\d+$/.test(digits) ? digits.replace(/^(\d{2})(\d)?(\d{3})?(\d{3})?(\d{3})?$/, (_m, a, b, c, d, e) => [a, b, c, d, e].filter(Boolean).join(" ")) : null;
  // A name in any of its languages (decision 0236): the reader types the form they read.
  const anyName = (["name", "nameRu", "nameKk", "nameEn"] as const).map((column) => ({ [column]: { contains: text, mode: "insensitive" as const } }));
  const [lines, projects, companies, transfer] = await Promise.all([
    db.budgetLine.findMany({
      where: { OR: [...anyName, ...(codeLike ? [{ code: { startsWith: codeLike } }] : [])] },
      orderBy: [{ fiscalYear: "desc" }, { code: "asc" }],
      take: 10,
      select: { id: true, code: true, specifics: true, fiscalYear: true, name: true, nameRu: true, nameKk: true, nameEn: true },
    }),
    db.project.findMany({ where: { OR: anyName }, orderBy: { id: "desc" }, take: 10, select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true, region: true } }),
    db.organization.findMany({
      where: { kind: "company", OR: [{ name: { contains: text, mode: "insensitive" } }, { nameRu: { contains: text, mode: "insensitive" } }, ...(/^\d{3,12}$/.test(digits) ? [{ bin: { startsWith: digits } }] : [])] },
      orderBy: { name: "asc" },
      take: 10,
      select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true, bin: true, isDebarred: true },
    }),
    /^#?\d{1,15}$/.test(text) ? db.transfer.findUnique({ where: { id: BigInt(text.replace("#", "")) }, select: { id: true, amountTiyn: true, kind: true, createdAt: true } }) : null,
  ]);
  return { lines, projects, companies, transfer };
}
