import "server-only";
import type { TActor } from "../actor";
import { listCompanies } from "../contractors/list-companies";
import { formatDate } from "../dates";
import { prisma } from "../db";
import { localizedName, translator, type TLocale } from "../i18n";
import { regionName } from "../kz/regions";
import { assertOfficialOrInvestigator, companyOf } from "../scope";
import { nameSearchVector, parseCompanyQuery } from "../contractors/company-query";
import { isLegalEntityBin } from "../public/privacy";
import type { TPickOption } from "./pick-option";

// Choosing a contract's contractor by name or BIN instead of typing it (issue 19, decision 0228). Scoped like the
// registry page: its readers (officials, investigators) search it; anyone else is refused as "not found" by the
// caller. The preview shows what an official checks before saving: name, BIN, director, region, debarment.

/** At most this many suggestions: a type-ahead narrows, it does not page. */
export const PICK_LIMIT = 8;

export async function searchContractorChoices({ actor, q, locale }: { actor: TActor; q: string; locale: TLocale }): Promise<TPickOption[]> {
  assertOfficialOrInvestigator(actor);
  const text = q.trim();
  if (!text) return [];
  const t = translator(locale);
  const found = await listCompanies({ actor, q: text, page: 1, sort: { column: "name", direction: "asc" }, pageSize: PICK_LIMIT });
  return found.rows.map((c) => ({
    value: c.bin,
    label: localizedName(locale, c.name, c.nameRu),
    detail: [`${t("contractors.facts.bin")} ${c.bin}`, c.region ? regionName(c.region, locale) : null, c.isDebarred ? t("contractors.debarredSince", { date: formatDate(c.debarredOn) }) : null]
      .filter(Boolean)
      .join(" · "),
    isWarning: c.isDebarred,
  }));
}

export type TContractorPreview = { id: number; name: string; bin: string; director: string | null; region: string | null; isDebarred: boolean; debarredOn: Date | null };

/** The company with this BIN as the preview shows it, or null (no such company: the form says so). */
export async function contractorPreview({ actor, bin, locale }: { actor: TActor; bin: string; locale: TLocale }): Promise<TContractorPreview | null> {
  assertOfficialOrInvestigator(actor);
  if (!/^\d{12}$/.test(bin)) return null;
  const company = await prisma().organization.findFirst({
    where: { bin, kind: "company" },
    select: { id: true, name: true, nameRu: true, bin: true, region: true, isDebarred: true, debarredOn: true, people: { where: { role: "director" }, select: { person: { select: { fullName: true } } }, take: 1 } },
  });
  if (!company) return null;
  return {
    id: company.id,
    name: localizedName(locale, company.name, company.nameRu),
    bin: company.bin ?? bin,
    director: company.people[0]?.person.fullName ?? null,
    region: company.region ? regionName(company.region, locale) : null,
    isDebarred: company.isDebarred,
    debarredOn: company.debarredOn,
  };
}

// A contractor choosing its subcontractor or supplier (issue 19, decision 0238): any registered legal entity but
// itself, seen as the public registry shows it — name, BIN, region, debarment — and nothing else of it (no contracts,
// no people). Sole traders are not searched, as the public portal never names them; their BIN can still be typed.

type TSubcontractorRow = { id: number; name: string; nameRu: string | null; nameKk: string | null; nameEn: string | null; bin: string; region: string | null; isDebarred: boolean; debarredOn: Date | null };

const SUBCONTRACTOR_COLUMNS = `o.id, o.name, o.name_ru AS "nameRu", o.name_kk AS "nameKk", o.name_en AS "nameEn", o.bin, o.region, o.is_debarred AS "isDebarred", o.debarred_on AS "debarredOn"`;
const LEGAL_ENTITY = `o.kind = 'company' AND o.bin ~ '^[0-9]{4}[45][0-9]{7}$'`;

const subcontractorDetail = (c: TSubcontractorRow, locale: TLocale) => {
  const t = translator(locale);
  return [`${t("contractors.facts.bin")} ${c.bin}`, c.region ? regionName(c.region, locale) : null, c.isDebarred ? t("contractors.debarredSince", { date: formatDate(c.debarredOn) }) : null].filter(Boolean).join(" · ");
};

export async function searchSubcontractorChoices({ actor, q, locale }: { actor: TActor; q: string; locale: TLocale }): Promise<TPickOption[]> {
  const own = companyOf(actor);
  const query = parseCompanyQuery(q.trim());
  if (!query) return [];
  const params: unknown[] = [own];
  const match =
    query.kind === "bin" ? `o.bin = $${params.push(query.bin)}`
    : query.kind === "binPrefix" ? `o.bin LIKE $${params.push(`${query.prefix}%`)}`
    : `${nameSearchVector("o")} @@ to_tsquery('simple'::regconfig, $${params.push(query.tsquery)})`;
  const rows = await prisma().$queryRawUnsafe<TSubcontractorRow[]>(
    `SELECT ${SUBCONTRACTOR_COLUMNS} FROM organization o WHERE ${LEGAL_ENTITY} AND o.id <> $1 AND ${match} ORDER BY o.name, o.id LIMIT ${PICK_LIMIT}`,
    ...params,
  );
  return rows.map((c) => ({ value: c.bin, label: localizedName(locale, c), detail: subcontractorDetail(c, locale), isWarning: c.isDebarred }));
}

export type TSubcontractorPreview = { name: string; bin: string; region: string | null; isDebarred: boolean; debarredOn: Date | null };

/** The company with this BIN as a contractor's preview shows it (any registered company, persons too: their BIN was typed), or null. */
export async function subcontractorPreview({ actor, bin, locale }: { actor: TActor; bin: string; locale: TLocale }): Promise<TSubcontractorPreview | null> {
  companyOf(actor);
  if (!/^\d{12}$/.test(bin)) return null;
  const company = await prisma().organization.findFirst({ where: { bin, kind: "company" }, select: { name: true, nameRu: true, nameKk: true, nameEn: true, bin: true, region: true, isDebarred: true, debarredOn: true } });
  if (!company) return null;
  return {
    // A sole trader's name is not the public registry's to show: their BIN (which the contractor typed) stands for it.
    name: isLegalEntityBin(company.bin) ? localizedName(locale, company) : bin,
    bin,
    region: company.region ? regionName(company.region, locale) : null,
    isDebarred: company.isDebarred,
    debarredOn: company.debarredOn,
  };
}
