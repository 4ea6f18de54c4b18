import Link from "next/link";
import type { TActor } from "@/lib/actor";
import { formatMonth } from "@/lib/dates";
import { localizedName, type TLocale, type TTranslate } from "@/lib/i18n";
import { mySchools } from "@/lib/meals/school-screens";

/**
 * A school user's home (decision 0200): each of their schools with what this month's list needs next — building
 * (staff) or approving (the director, on a list another person built).
 */
export async function SchoolHome({ actor, t, locale }: { actor: TActor; t: TTranslate; locale: TLocale }) {
  const schools = await mySchools({ actor });
  return (
    <section aria-labelledby="home-school" className="mb-8">
      <h2 id="home-school" className="mb-3 text-lg font-semibold text-slate-900">
        {t("homeBoard.todoTitle")}
      </h2>
      {schools.length === 0 ? (
        <p className="card p-4 text-sm text-slate-600">{t("mealsOffice.school.none")}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2" data-testid="home-todos">
          {schools.map(({ school, position, month, list }) => {
            const next = !list ? "build" : list.approvedBy ? "done" : position === "director" ? "approve" : "waiting";
            return (
              <li key={school.id}>
                <Link href={next === "done" ? `/school/${school.id}` : `/school/${school.id}/list?month=${month}`} className={`card flex items-center justify-between gap-3 border-l-4 p-4 hover:border-brand-600 ${next === "done" ? "border-l-slate-300" : "border-l-brand-600"}`}>
                  <span>
                    <span className="block font-medium text-slate-900">{localizedName(locale, school.name, school.nameRu)}</span>
                    <span className="block text-sm text-slate-700">{t(`mealsOffice.home.${next}`, { month: formatMonth(month, locale), count: list?.pupils ?? 0 })}</span>
                  </span>
                  <span className="shrink-0 text-sm text-brand-700" aria-hidden>
                    {t("homeBoard.open")} →
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
