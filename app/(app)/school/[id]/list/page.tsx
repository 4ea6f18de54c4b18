import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { formatDate, formatMonth } from "@/lib/dates";
import { localizedName } from "@/lib/i18n";
import { pageTitle } from "@/lib/i18n/server";
import { eligibilityListView, monthParam } from "@/lib/meals/school-screens";
import { orNotFound, pageRequest, routeId } from "../../../route-helpers";
import { categoryText } from "../../school-words";
import { ApproveListForm, BuildListForm } from "./list-forms";

export const generateMetadata = pageTitle("mealsOffice.school.title");

/** The month's eligibility list (decision 0202): staff tick and save it; the director, another person, approves it. */
export default async function EligibilityListPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ month?: string }> }) {
  const { actor, t, locale, sp } = await pageRequest("school", searchParams);
  const schoolId = routeId((await params).id);
  const view = await orNotFound(eligibilityListView({ actor, schoolId, month: monthParam(sp.month) }));
  const name = localizedName(locale, view.school.name, view.school.nameRu);
  const status = !view.list
    ? t("mealsOffice.list.status.none")
    : view.list.approvedBy
      ? t("mealsOffice.list.status.approved", { name: view.list.approvedBy, date: formatDate(view.list.approvedAt), count: view.list.pupils })
      : t("mealsOffice.list.status.built", { name: view.list.builtBy, count: view.list.pupils });
  return (
    <>
      <PageHeader title={t("mealsOffice.list.title", { month: formatMonth(view.month, locale), school: name })} intro={t("mealsOffice.list.intro")} />
      <div className="mb-4 flex flex-wrap items-end gap-4">
        <form method="get" className="flex items-end gap-2">
          <div>
            <label htmlFor="month" className="mb-1 block text-sm font-medium text-slate-700">
              {t("mealsOffice.list.month")}
            </label>
            <input id="month" name="month" type="text" inputMode="numeric" pattern="\d{4}-\d{2}" placeholder="2026-12" defaultValue={view.month} className="input w-32" />
          </div>
          <button type="submit" className="btn-secondary">
            {t("mealsOffice.list.show")}
          </button>
        </form>
        <Link href={`/school/${schoolId}`} className="text-sm text-brand-700 hover:underline">
          {t("mealsOffice.list.back")}
        </Link>
      </div>
      <p className="mb-4 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-800" data-testid="list-status">
        {status}
      </p>
      {view.canApprove && view.list ? <ApproveListForm listId={view.list.id} schoolId={schoolId} month={view.month} builtByMe={view.builtByMe} /> : null}
      {!view.isDirector && view.list && !view.list.approvedBy ? <p className="mb-4 text-sm text-slate-600">{t("mealsOffice.list.notDirector")}</p> : null}
      {view.pupils.length === 0 ? (
        <p className="text-sm text-slate-600">{t("mealsOffice.list.noPupils")}</p>
      ) : (
        <BuildListForm
          schoolId={schoolId}
          month={view.month}
          canBuild={view.canBuild}
          rebuild={view.list != null}
          pupils={view.pupils.map((p) => ({ id: p.id, label: `${t("mealsOffice.pupils.number", { id: p.id })} · ${p.className} · ${categoryText(t, p.category)}`, onList: p.onList }))}
        />
      )}
    </>
  );
}
