import Link from "next/link";
import { notFound } from "next/navigation";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { formatDate, formatMonth } from "@/lib/dates";
import { parseId } from "@/lib/http/parse-id";
import { localizedName } from "@/lib/i18n";
import { pageTitle } from "@/lib/i18n/server";
import { schoolCalendarMonth } from "@/lib/meals/office-screens";
import { monthKey, monthParam } from "@/lib/meals/school-screens";
import { orNotFound, pageRequest, routeId } from "../../../route-helpers";
import { MarkDaysForm } from "./mark-days-form";

export const generateMetadata = pageTitle("mealsOffice.programmes.title");

const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

/** One school's calendar for a month (decision 0201): school days, holidays and days without lessons, marked in ranges. */
export default async function SchoolCalendarPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ school?: string; month?: string }> }) {
  const { actor, t, locale, sp } = await pageRequest("official", searchParams);
  const programmeId = routeId((await params).id);
  const schoolId = parseId(sp.school);
  if (schoolId === null) notFound();
  const month = monthParam(sp.month);
  const view = await orNotFound(schoolCalendarMonth({ actor, programmeId, schoolId, month }));
  const name = localizedName(locale, view.school.name, view.school.nameRu);
  return (
    <>
      <PageHeader title={t("mealsOffice.calendar.title", { school: name, month: formatMonth(month, locale) })} intro={t("mealsOffice.calendar.intro")} />
      <div className="mb-4 flex flex-wrap items-end gap-4">
        <form method="get" className="flex items-end gap-2">
          <input type="hidden" name="school" value={schoolId} />
          <div>
            <label htmlFor="month" className="mb-1 block text-sm font-medium text-slate-700">
              {t("mealsOffice.programme.month")}
            </label>
            <input id="month" name="month" type="text" inputMode="numeric" pattern="\d{4}-\d{2}" defaultValue={monthKey(month)} className="input w-32" />
          </div>
          <button type="submit" className="btn-secondary">
            {t("mealsOffice.programme.show")}
          </button>
        </form>
        <Link href={`/school-meals/${programmeId}`} className="text-sm text-brand-700 hover:underline">
          {t("mealsOffice.calendar.back")}
        </Link>
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <DataTable
            locale={locale}
            label={t("mealsOffice.calendar.title", { school: name, month: formatMonth(month, locale) })}
            rows={view.days}
            rowKey={(d) => d.day}
            rowTestId="calendar-day"
            empty={null}
            rowClassName={(d) => (d.mark === "holiday" ? "bg-amber-50" : d.mark === null ? "text-slate-500" : undefined)}
            columns={[
              { key: "day", header: t("mealsOffice.calendar.columns.day"), nowrap: true, cell: (d) => formatDate(new Date(d.day)) },
              { key: "weekday", header: t("mealsOffice.calendar.columns.weekday"), cell: (d) => t(`mealsOffice.calendar.weekdays.${WEEKDAYS[d.weekday]!}`) },
              { key: "mark", header: t("mealsOffice.calendar.columns.mark"), cell: (d) => t(`mealsOffice.calendar.marks.${d.mark ?? "none"}`) },
              { key: "note", header: t("mealsOffice.calendar.columns.note"), cell: (d) => d.note ?? "" },
            ]}
          />
        </div>
        <MarkDaysForm programmeId={programmeId} schoolId={schoolId} />
      </div>
    </>
  );
}
