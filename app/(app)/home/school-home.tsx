import type { TActor } from "@/lib/actor";
import { formatMonth } from "@/lib/dates";
import { localizedName, type TLocale, type TTranslate } from "@/lib/i18n";
import { mySchools } from "@/lib/meals/school-screens";
import { TodoCards } from "./home-sections";

/**
 * A school user's home (decision 0200): each of their schools with what this month's list needs next — building
 * (staff) or approving (the director, on a list another person built).
 */
export async function SchoolHome({ actor, t, locale }: { actor: TActor; t: TTranslate; locale: TLocale }) {
  const schools = await mySchools({ actor });
  const cards = schools.map(({ school, position, month, list }) => {
    const next = !list ? "build" : list.approvedBy ? "done" : position === "director" ? "approve" : "waiting";
    return {
      key: school.id,
      href: next === "done" ? `/school/${school.id}` : `/school/${school.id}/list?month=${month}`,
      border: next === "done" ? "border-l-slate-300" : "border-l-brand-600",
      body: (
        <span>
          <span className="block font-medium text-slate-900">{localizedName(locale, school.name, school.nameRu)}</span>
          <span className="block text-sm text-slate-700">{t(`mealsOffice.home.${next}`, { month: formatMonth(month, locale), count: list?.pupils ?? 0 })}</span>
        </span>
      ),
    };
  });
  return <TodoCards id="home-school" cards={cards} empty={t("mealsOffice.school.none")} t={t} />;
}
