import Link from "next/link";
import { DataTable, listing } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { nameIn } from "@/lib/i18n";
import { LocalName } from "@/components/local-name";
import { pageTitle } from "@/lib/i18n/server";
import { listMealProgrammes } from "@/lib/meals/office-screens";
import { formatTiyn } from "@/lib/money";
import { ZPage } from "@/lib/pagination";
import { pageRequest } from "../route-helpers";

export const generateMetadata = pageTitle("mealsOffice.programmes.title");

/** The district's school-meal programmes (decision 0201): officials of the department, Finance officials all. */
export default async function MealProgrammesPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const { actor, t, locale, sp } = await pageRequest("official", searchParams);
  const programmes = await listMealProgrammes({ actor, page: ZPage.parse(sp.page) });
  return (
    <>
      <PageHeader title={t("mealsOffice.programmes.title")} intro={t("mealsOffice.programmes.intro")} />
      <DataTable
        locale={locale}
        {...listing(programmes, "", {}, "/school-meals")}
        sorting={undefined}
        rowKey={(p) => p.id}
        empty={t("mealsOffice.programmes.empty")}
        columns={[
          {
            key: "programme",
            header: t("mealsOffice.programmes.columns.programme"),
            className: "min-w-48",
            cell: (p) => (
              <Link href={`/school-meals/${p.id}`} className="font-medium text-brand-700 hover:underline">
                <LocalName value={nameIn(locale, p.project)} t={t} />
              </Link>
            ),
          },
          { key: "department", header: t("mealsOffice.programmes.columns.department"), cell: (p) => <LocalName value={nameIn(locale, p.department)} t={t} /> },
          { key: "year", header: t("mealsOffice.programmes.columns.year"), nowrap: true, cell: (p) => t("mealsOffice.programmes.yearValue", { year: String(p.schoolYear), next: String(p.schoolYear + 1) }) },
          { key: "period", header: t("mealsOffice.programmes.columns.period"), cell: (p) => t(`meals.settlementPeriods.${p.settlementPeriod}`) },
          { key: "minted", header: t("mealsOffice.programmes.columns.minted"), numeric: true, cell: (p) => formatTiyn(p.mintedTiyn) },
          { key: "balance", header: t("mealsOffice.programmes.columns.balance"), numeric: true, cell: (p) => formatTiyn(p.balanceTiyn) },
          { key: "contracts", header: t("mealsOffice.programmes.columns.contracts"), numeric: true, cell: (p) => p.contracts },
        ]}
      />
    </>
  );
}
