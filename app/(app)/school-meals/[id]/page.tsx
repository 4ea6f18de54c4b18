import Link from "next/link";
import { FactList } from "@/components/fact-list";
import { PageHeader } from "@/components/page-header";
import { formatDateTime } from "@/lib/dates";
import { localizedName, nameIn } from "@/lib/i18n";
import { LocalName } from "@/components/local-name";
import { pageTitle } from "@/lib/i18n/server";
import { mealProgrammeView, openMealDisputes } from "@/lib/meals/office-screens";
import { monthParam } from "@/lib/meals/school-screens";
import { formatTiyn } from "@/lib/money";
import { ZPage } from "@/lib/pagination";
import { orNotFound, pageRequest, routeId } from "../../route-helpers";
import { AddContractForm } from "./programme-forms";
import { ContractsSection, DisputesSection, SchoolsSection } from "./programme-sections";

export const generateMetadata = pageTitle("mealsOffice.programmes.title");


/**
 * A programme (decision 0201): its colour and balance, the schools with the month's lists, the canteen contracts (added
 * here, settled here per period), and the parents' open disputes to decide.
 */
export default async function MealProgrammePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ month?: string; disputes?: string }> }) {
  const { actor, t, locale, sp } = await pageRequest("official", searchParams);
  const programmeId = routeId((await params).id);
  const view = await orNotFound(mealProgrammeView({ actor, programmeId, month: monthParam(sp.month) }));
  const disputes = await openMealDisputes({ actor, programmeId, page: ZPage.parse(sp.disputes) });
  const { programme, colour } = view;
  const mealType = (m: string) => t(`meals.mealTypes.${m as "breakfast" | "lunch"}`);
  const state = colour.isClosed ? "closed" : colour.isFrozen ? "frozen" : "open";
  return (
    <>
      <PageHeader
        title={t("mealsOffice.programme.title", { year: String(programme.schoolYear), next: String(programme.schoolYear + 1), department: localizedName(locale, view.department) })}
      />
      <FactList
        facts={[
          [t("mealsOffice.programme.facts.colour"), t("mealsOffice.programme.colourValue", { id: colour.id })],
          [t("mealsOffice.programme.facts.project"), localizedName(locale, colour.project)],
          [t("mealsOffice.programme.facts.allocated"), formatTiyn(colour.mintedTiyn)],
          [t("mealsOffice.programme.facts.balance"), formatTiyn(view.balanceTiyn)],
          [t("mealsOffice.programme.facts.paid"), formatTiyn(view.paidTiyn)],
          [t("mealsOffice.programme.facts.expires"), formatDateTime(colour.expiresAt)],
          [t("mealsOffice.programme.facts.period"), t(`meals.settlementPeriods.${programme.settlementPeriod}`)],
          [t("mealsOffice.programme.facts.state"), t(`mealsOffice.programme.state.${state}`)],
          [t("mealsOffice.programme.facts.ceilings"), programme.ceilings.map((c) => t("mealsOffice.programme.ceiling", { mealType: mealType(c.mealType), amount: formatTiyn(c.ceilingTiyn) })).join("; ")],
        ]}
      />
      <p className="mb-6 text-sm">
        <Link href={`/projects/${colour.projectId}`} className="text-brand-700 hover:underline">
          <LocalName value={nameIn(locale, colour.project)} t={t} />
        </Link>
      </p>

      <SchoolsSection view={view} programmeId={programmeId} t={t} locale={locale} />
      <ContractsSection view={view} programmeId={programmeId} t={t} locale={locale} />
      <AddContractForm
        programmeId={programmeId}
        schools={view.schools.map((s) => ({ id: s.id, name: localizedName(locale, s.name, s.nameRu) }))}
        ceilings={Object.fromEntries(programme.ceilings.map((c) => [c.mealType, formatTiyn(c.ceilingTiyn)]))}
      />

      <DisputesSection disputes={disputes} programmeId={programmeId} month={view.month} t={t} locale={locale} />
    </>
  );
}
