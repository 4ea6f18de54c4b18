import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { FilterSelect, SearchBar } from "@/components/search-bar";
import { companyBalances } from "@/lib/contractors/company-dashboard";
import { listCompanyPayments, PAYMENT_SORTS } from "@/lib/contractors/list-company-payments";
import { csvHref, listDownload } from "@/lib/exports/list-filters";
import { pageTitle } from "@/lib/i18n/server";
import { parseSort, ZPage } from "@/lib/pagination";
import { PaymentsTable } from "../payments-table";
import { ZHistoryFilters } from "./filters";
import { pageRequest } from "../../route-helpers";

export const generateMetadata = pageTitle("company.history.title");

export default async function CompanyHistoryPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { actor, t, locale, sp } = await pageRequest("contractor", searchParams);
  const page = ZPage.parse(sp.page);
  const f = ZHistoryFilters.parse(sp);
  const sort = parseSort(sp.sort, PAYMENT_SORTS, "-at");
  const [history, balances] = await Promise.all([listCompanyPayments({ actor, ...f, sort, page }), companyBalances({ actor })]);
  const filters = { q: f.q, direction: f.direction, colour: f.colourId ? String(f.colourId) : undefined };
  const params = { ...filters, sort: sort.raw };
  return (
    <>
      <PageHeader
        title={t("company.history.title")}
        intro={t("company.history.intro")}
        download={listDownload(csvHref("/company/history/csv", filters), t("company.history.csv"), t("investigate.csv.downloadXlsx"))}
      />
      <SearchBar className="mb-4" label={t("company.history.searchLabel")} placeholder={t("company.history.searchPlaceholder")} query={f.q} submitLabel={t("common.search")} keep={{ sort: sp.sort }}>
        <FilterSelect name="direction" label={t("company.history.directionFilter")} value={f.direction ?? ""} all={t("company.history.allDirections")} options={[{ value: "in", label: t("company.history.directions.in") }, { value: "out", label: t("company.history.directions.out") }]} />
        <FilterSelect name="colour" label={t("company.history.colourFilter")} value={f.colourId ? String(f.colourId) : ""} all={t("company.history.allColours")} options={balances.map((b) => ({ value: b.colourId, label: `${t("company.colour", { id: b.colourId })} · ${b.projectName}` }))} />
      </SearchBar>
      <PaymentsTable rows={history.rows} locale={locale} label={t("company.history.title")} sorting={{ sort: sort.raw, params, basePath: "/company/history" }} />
      <Pagination locale={locale} page={history.page} pages={history.pages} total={history.total} params={params} basePath="/company/history" />
    </>
  );
}
