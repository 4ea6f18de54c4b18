import Link from "next/link";
import { redirect } from "next/navigation";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { formatMonth } from "@/lib/dates";
import { localizedName } from "@/lib/i18n";
import { pageTitle } from "@/lib/i18n/server";
import { mySchools } from "@/lib/meals/school-screens";
import { pageRequest } from "../route-helpers";
import { listStatusText } from "./school-words";

export const generateMetadata = pageTitle("mealsOffice.school.title");

/** A school user's schools (decision 0200): one school opens at once; several are listed. */
export default async function SchoolsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor, t, locale } = await pageRequest("school", searchParams);
  const schools = await mySchools({ actor });
  if (schools.length === 1) redirect(`/school/${schools[0]!.school.id}`);
  return (
    <>
      <PageHeader title={t("mealsOffice.school.title")} intro={t("mealsOffice.school.intro")} />
      <DataTable
        locale={locale}
        rows={schools}
        rowKey={(r) => r.school.id}
        empty={t("mealsOffice.school.none")}
        columns={[
          {
            key: "school",
            header: t("mealsOffice.school.columns.school"),
            cell: (r) => (
              <Link href={`/school/${r.school.id}`} className="font-medium text-brand-700 hover:underline">
                {localizedName(locale, r.school.name, r.school.nameRu)}
              </Link>
            ),
          },
          { key: "position", header: t("mealsOffice.school.columns.position"), cell: (r) => t(`mealsOffice.positions.${r.position}`) },
          { key: "list", header: t("mealsOffice.school.columns.list", { month: schools[0] ? formatMonth(schools[0].month, locale) : "" }), cell: (r) => listStatusText(t, r.list) },
        ]}
      />
    </>
  );
}
