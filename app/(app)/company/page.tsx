import { PageHeader } from "@/components/page-header";
import { TitledSection } from "@/components/titled-section";
import { requireRole } from "@/lib/auth";
import { companyDashboard } from "@/lib/contractors/company-dashboard";
import { getT, pageTitle } from "@/lib/i18n/server";
import { DashboardBalances, DashboardContracts, DashboardInvoiceCounts, DashboardWarnings } from "./dashboard-parts";
import { PaymentsTable } from "./payments-table";

export const generateMetadata = pageTitle("company.dashboard.title");

export default async function CompanyDashboardPage() {
  const actor = await requireRole("contractor");
  const { t, locale } = await getT();
  const d = await companyDashboard({ actor });
  return (
    <>
      <PageHeader
        title={t("company.dashboard.title")}
        intro={t("company.dashboard.intro")}
        action={{ href: "/company/invoices/new", label: t("company.invoices.newInvoice") }}
      />
      <DashboardWarnings d={d} t={t} locale={locale} />
      <DashboardBalances d={d} t={t} locale={locale} />
      <div className="mb-8 grid gap-6 lg:grid-cols-2">
        <DashboardContracts d={d} t={t} locale={locale} />
        <DashboardInvoiceCounts d={d} t={t} />
      </div>

      <TitledSection id="recent" title={t("company.dashboard.recentTitle")} more={{ href: "/company/history", label: t("company.dashboard.allPayments") }}>
        <PaymentsTable rows={d.recent} locale={locale} label={t("company.dashboard.recentTitle")} />
      </TitledSection>
    </>
  );
}

