import "server-only";
import type { TActor } from "../actor";
import { listCompanies } from "../contractors/list-companies";
import { formatDate } from "../dates";
import { prisma } from "../db";
import { localizedName, translator, type TLocale } from "../i18n";
import { regionName } from "../kz/regions";
import { assertOfficialOrInvestigator } from "../scope";
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
