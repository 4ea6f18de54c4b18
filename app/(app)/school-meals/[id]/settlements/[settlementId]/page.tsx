import Link from "next/link";
import { FactList } from "@/components/fact-list";
import { PageHeader } from "@/components/page-header";
import { TableSection } from "@/components/table-section";
import { formatDate } from "@/lib/dates";
import { localizedName } from "@/lib/i18n";
import { pageTitle } from "@/lib/i18n/server";
import { mealSettlementView } from "@/lib/meals/office-screens";
import { formatTiyn } from "@/lib/money";
import { ZPage } from "@/lib/pagination";
import { orNotFound, pageRequest, routeId } from "../../../../route-helpers";

export const generateMetadata = pageTitle("mealsOffice.programmes.title");

/** A settlement (decision 0203): the payment, the attendance sheet it paid, and the sheet's digest in the journal entry. */
export default async function MealSettlementPage({ params, searchParams }: { params: Promise<{ id: string; settlementId: string }>; searchParams: Promise<{ page?: string }> }) {
  const { actor, t, locale, sp } = await pageRequest("official", searchParams);
  const { id, settlementId } = await params;
  const programmeId = routeId(id);
  const view = await orNotFound(mealSettlementView({ actor, programmeId, settlementId: routeId(settlementId), page: ZPage.parse(sp.page) }));
  const { settlement, contract, journal } = view;
  return (
    <>
      <PageHeader title={t("mealsOffice.settlement.title", { id: settlement.id, number: contract.number })} intro={t("mealsOffice.settlement.intro")} />
      <FactList
        grid="sm:grid-cols-2 lg:grid-cols-3"
        facts={[
          [t("mealsOffice.settlement.facts.operator"), `${localizedName(locale, contract.operator)} · ${contract.operator.bin ?? ""}`],
          [t("mealsOffice.settlement.facts.period"), `${formatDate(settlement.periodStart)} – ${formatDate(settlement.periodEnd)}`],
          [t("mealsOffice.settlement.facts.meals"), String(settlement.mealCount)],
          [t("mealsOffice.settlement.facts.amount"), formatTiyn(settlement.amountTiyn)],
          [t("mealsOffice.settlement.facts.transfer"), `#${settlement.transferId.toString()}`],
          [t("mealsOffice.settlement.facts.journal"), journal ? `${t("mealsOffice.settlement.journalValue", { chain: journal.chain, seq: journal.seq })} · ${journal.hash}` : t("mealsOffice.settlement.noJournal")],
          [t("mealsOffice.settlement.facts.digest"), settlement.digest],
          [t("mealsOffice.settlement.facts.journalDigest"), journal?.digest ?? t("mealsOffice.settlement.noJournal")],
        ]}
      />
      <TableSection
        id="sheet-title"
        title={t("mealsOffice.settlement.sheetTitle")}
        table={{
          locale,
          rows: view.meals.rows,
          pagination: { page: view.meals.page, pages: view.meals.pages, total: view.meals.total, params: {}, basePath: `/school-meals/${programmeId}/settlements/${settlement.id}` },
          rowKey: (m) => m.id.toString(),
          rowTestId: "sheet-meal",
          empty: null,
          columns: [
            { key: "meal", header: t("mealsOffice.settlement.columns.meal"), nowrap: true, cell: (m) => `#${m.id.toString()}` },
            { key: "day", header: t("mealsOffice.settlement.columns.day"), nowrap: true, cell: (m) => formatDate(new Date(m.day)) },
            { key: "type", header: t("mealsOffice.settlement.columns.mealType"), cell: (m) => t(`meals.mealTypes.${m.mealType as "breakfast" | "lunch"}`) },
            { key: "school", header: t("mealsOffice.settlement.columns.school"), cell: (m) => localizedName(locale, m.school.name, m.school.nameRu) },
            { key: "class", header: t("mealsOffice.settlement.columns.className"), cell: (m) => m.className },
            { key: "tariff", header: t("mealsOffice.settlement.columns.tariff"), numeric: true, cell: (m) => formatTiyn(m.tariffTiyn) },
          ],
        }}
      />
      <p className="mt-4 text-sm">
        <Link href={`/school-meals/${programmeId}`} className="text-brand-700 hover:underline">
          {t("mealsOffice.settlement.back")}
        </Link>
      </p>
    </>
  );
}
