import Link from "next/link";
import type { TDataColumn } from "@/components/data-table";
import { TableSection } from "@/components/table-section";
import { TextLink } from "@/components/text-link";
import { TitledSection } from "@/components/titled-section";
import { formatDate, formatDateTime } from "@/lib/dates";
import type { TCanteenHome } from "@/lib/home/canteen-home";
import { localizedName, type TLocale, type TTranslate } from "@/lib/i18n";
import { MEAL_TYPES } from "@/lib/meals/rules";
import { formatTiyn } from "@/lib/money";

type TCtx = { t: TTranslate; locale: TLocale };

/** The canteen operator's day (decision 0255): today's meals, refused scans, contracts, settlements, disputes. */
export function CanteenHome({ home, today, t, locale }: TCtx & { home: TCanteenHome; today: Date }) {
  const tone = (n: number) => (n > 0 ? "border-l-amber-500" : "border-l-slate-300");
  return (
    <>
      <ServedToday rows={home.served} today={today} t={t} locale={locale} />
      <ul className="mb-8 grid gap-3 sm:grid-cols-2">
        <li>
          <Link href="/canteen/refused" className={`card block border-l-4 p-4 text-sm font-medium text-slate-900 hover:border-brand-600 ${tone(home.refusedToday)}`}>
            {t("homeBoard.canteen.refused", { count: home.refusedToday })}
          </Link>
        </li>
        <li className={`card border-l-4 p-4 text-sm text-slate-800 ${tone(home.openDisputes)}`}>{t("homeBoard.canteen.disputes", { count: home.openDisputes })}</li>
        <li className="card border-l-4 border-l-slate-300 p-4 text-sm text-slate-700 sm:col-span-2">{t("homeBoard.canteen.queued")}</li>
      </ul>
      <TitledSection id="home-canteen-settlement" className="mb-8" title={t("homeBoard.canteen.lastSettlementTitle")}>
        <p className="card p-4 text-sm text-slate-800">
          {home.lastSettlement
            ? t("homeBoard.canteen.lastSettlement", {
                amount: formatTiyn(home.lastSettlement.amountTiyn),
                count: home.lastSettlement.mealCount,
                from: formatDate(home.lastSettlement.periodStart),
                to: formatDate(home.lastSettlement.periodEnd),
                contract: home.lastSettlement.contractNumber,
                paid: formatDateTime(home.lastSettlement.paidAt),
              })
            : t("homeBoard.canteen.noSettlement")}
        </p>
      </TitledSection>
      <CanteenContracts rows={home.contracts} today={today} t={t} locale={locale} />
    </>
  );
}

type TServed = TCanteenHome["served"][number];
type TCanteenContract = TCanteenHome["contracts"][number];

/** Today's meals by school and meal type, with the links to the scanner and to today's list. */
function ServedToday({ rows, today, t, locale }: TCtx & { rows: TServed[]; today: Date }) {
  const columns: TDataColumn<TServed>[] = [
    { key: "school", header: t("homeBoard.canteen.school"), cell: (r) => localizedName(locale, r.name, r.nameRu) },
    ...MEAL_TYPES.map((m) => ({ key: m, header: t(`meals.mealTypes.${m}`), numeric: true, cell: (r: TServed) => r.counts[m] })),
    { key: "total", header: t("homeBoard.canteen.total"), numeric: true, cell: (r) => r.total },
  ];
  const links = (
    <span className="flex flex-wrap gap-3 text-sm">
      <TextLink href="/canteen">{t("homeBoard.canteen.scanner")}</TextLink>
      <TextLink href="/canteen/today">{t("homeBoard.canteen.todayList")}</TextLink>
    </span>
  );
  return (
    <TableSection
      id="home-canteen-today"
      className="mb-4"
      title={t("homeBoard.canteen.todayTitle", { day: formatDate(today) })}
      actions={links}
      emptyText={t("homeBoard.canteen.todayEmpty")}
      table={{ locale, rows, rowKey: (r) => r.schoolId, columns }}
    />
  );
}

/** The canteen's contracts: their term, schools, how they settle and when the next settlement falls due. */
function CanteenContracts({ rows, today, t, locale }: TCtx & { rows: TCanteenContract[]; today: Date }) {
  const next = (c: TCanteenContract) => (c.nextSettlementAfter ? t("homeBoard.canteen.nextAfter", { day: formatDate(c.nextSettlementAfter) }) : t(c.endsOn < today ? "homeBoard.canteen.ended" : "homeBoard.canteen.notStarted"));
  const columns: TDataColumn<TCanteenContract>[] = [
    { key: "number", header: t("homeBoard.canteen.contract"), nowrap: true, cell: (c) => c.number },
    { key: "period", header: t("homeBoard.canteen.period"), date: true, cell: (c) => `${formatDate(c.startsOn)} – ${formatDate(c.endsOn)}` },
    { key: "schools", header: t("homeBoard.canteen.schools"), numeric: true, cell: (c) => c.schools },
    { key: "settles", header: t("homeBoard.canteen.settles"), cell: (c) => t(c.settles === "daily" ? "homeBoard.canteen.settlesDaily" : "homeBoard.canteen.settlesMonthly") },
    { key: "next", header: t("homeBoard.canteen.nextSettlement"), date: true, cell: next },
  ];
  return (
    <TableSection
      id="home-canteen-contracts"
      className="mb-8"
      title={t("homeBoard.canteen.contractsTitle")}
      emptyText={t("homeBoard.canteen.contractsEmpty")}
      table={{ locale, rows, rowKey: (c) => c.id, columns }}
    />
  );
}
