import Link from "next/link";
import { DataTable, listing } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { SearchBar } from "@/components/search-bar";
import { formatMonth } from "@/lib/dates";
import { localizedName } from "@/lib/i18n";
import { pageTitle } from "@/lib/i18n/server";
import { schoolPupilPage } from "@/lib/meals/school-screens";
import { ZPage } from "@/lib/pagination";
import { orNotFound, pageRequest, routeId } from "../../route-helpers";
import { categoryText, listStatusText } from "../school-words";
import { AddPupilForm, IssueVoucherForm } from "./pupil-forms";

export const generateMetadata = pageTitle("mealsOffice.school.title");

type Search = { q?: string; page?: string };

/** The school's pupils (decision 0202): search, pages, a pupil added by IIN, a voucher issued and its secret shown once. */
export default async function SchoolPupilsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const { actor, t, locale, sp } = await pageRequest("school", searchParams);
  const schoolId = routeId((await params).id);
  const page = ZPage.parse(sp.page);
  const view = await orNotFound(schoolPupilPage({ actor, schoolId, q: sp.q, page }));
  const programme = view.programmes[0] ?? null;
  const name = localizedName(locale, view.school.name, view.school.nameRu);
  return (
    <>
      <PageHeader
        title={t("mealsOffice.pupils.title", { school: name })}
        intro={t("mealsOffice.pupils.intro")}
        action={{ href: `/school/${schoolId}/list?month=${view.month}`, label: t("mealsOffice.pupils.listLink", { month: formatMonth(view.month, locale) }) }}
      />
      <p className="mb-4 text-sm text-slate-700" data-testid="list-status">
        {t("mealsOffice.school.columns.list", { month: formatMonth(view.month, locale) })}: {listStatusText(t, view.list)} ·{" "}
        <Link href={`/school/${schoolId}/list?month=${view.month}`} className="text-brand-700 hover:underline">
          {t("mealsOffice.school.open")}
        </Link>
      </p>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <SearchBar className="mb-4" label={t("mealsOffice.pupils.searchLabel")} placeholder={t("mealsOffice.pupils.searchPlaceholder")} query={sp.q} submitLabel={t("common.search")} />
          {programme ? null : <p className="mb-4 text-sm text-amber-900">{t("mealsOffice.pupils.voucher.noProgramme")}</p>}
          <DataTable
            locale={locale}
            label={t("mealsOffice.pupils.title", { school: name })}
            {...listing(view.pupils, "", { q: sp.q }, `/school/${schoolId}`)}
            sorting={undefined}
            rowKey={(p) => p.id}
            rowTestId="pupil-row"
            empty={t("mealsOffice.pupils.empty")}
            columns={[
              { key: "pupil", header: t("mealsOffice.pupils.columns.pupil"), nowrap: true, cell: (p) => t("mealsOffice.pupils.number", { id: p.id }) },
              { key: "class", header: t("mealsOffice.pupils.columns.className"), cell: (p) => p.className },
              { key: "category", header: t("mealsOffice.pupils.columns.category"), cell: (p) => categoryText(t, p.category) },
              { key: "list", header: t("mealsOffice.pupils.columns.list"), cell: (p) => t(p.onList ? "mealsOffice.pupils.onList" : "mealsOffice.pupils.notOnList") },
              {
                key: "voucher",
                header: t("mealsOffice.pupils.columns.voucher"),
                cell: (p) =>
                  p.voucher ? t(`meals.voucherStatus.${p.voucher}`) : programme ? <IssueVoucherForm pupilId={p.id} programmeId={programme.id} schoolId={schoolId} /> : t("mealsOffice.pupils.noVoucher"),
              },
            ]}
          />
        </div>
        <AddPupilForm schoolId={schoolId} />
      </div>
    </>
  );
}
