import "server-only";
import type { TActor } from "../actor";
import { formatDate } from "../dates";
import { localizedName, localText, translator, type TLocale } from "../i18n";
import { formatIban } from "../kz/iban";
import { regionName } from "../kz/regions";
import { formatTiyn, percent } from "../money";
import { mayDebar } from "./debar-company";
import { getCompany } from "./get-company";

/**
 * The official's page of one company in the registry (issue 14, item 6): its details, people and contracts as
 * plain rows and labels, and what this official may do about a debarment. Scope checks stay in getCompany/mayDebar.
 */
export async function companyPageView({ actor, companyId, contractsPage, locale }: { actor: TActor; companyId: number; contractsPage?: number; locale: TLocale }) {
  const view = await getCompany({ actor, companyId, contractsPage });
  const t = translator(locale);
  const { company } = view;
  const may = await mayDebar({ actor, companyId: company.id });
  return {
    id: company.id,
    name: localizedName(locale, company),
    /** The name as registered, for the "registered" notice. */
    registeredName: company.name,
    bin: company.bin,
    isDebarred: company.isDebarred,
    debarredOn: formatDate(company.debarredOn),
    debarredReason: company.debarredReason ?? "—",
    mayChangeDebarment: company.isDebarred ? may.lift : may.debar,
    details: {
      registeredOn: formatDate(company.registeredOn),
      nameRu: locale === "en" && company.nameRu ? company.nameRu : null,
      region: regionName(company.region, locale),
      address: company.address ?? "—",
      bankAccount: company.bankAccount ? formatIban(company.bankAccount) : "—",
      addedOn: formatDate(company.createdAt),
    },
    people: view.people.map((p) => ({
      key: `${p.personId}-${p.role}`,
      person: p.person.fullName,
      iin: p.person.iin ?? "—",
      role: t(`contractors.roles.${p.role}`),
      share: p.shareBp == null ? "—" : percent(BigInt(p.shareBp), 10000n),
      elsewhere: p.otherCompanies.map((o) => ({ key: `${o.id}-${o.role}`, id: o.id, name: localizedName(locale, o), note: `(${t(`contractors.roles.${o.role}`)}${o.isDebarred ? `, ${t("contractors.elsewhereDebarred")}` : ""})` })),
    })),
    contracts: {
      page: view.contracts.page,
      pages: view.contracts.pages,
      total: view.contracts.total,
      rows: view.contracts.rows.map((c) => ({
        id: c.id,
        number: c.number,
        parent: c.parent ? `${t("contracts.columns.parent")}: ${c.parent.number}` : null,
        project: localText(locale, t, c.project),
        signed: formatDate(c.signedOn),
        value: formatTiyn(c.valueTiyn),
        status: t(`contracts.status.${c.status}`),
      })),
    },
  };
}

export type TCompanyPageView = Awaited<ReturnType<typeof companyPageView>>;
