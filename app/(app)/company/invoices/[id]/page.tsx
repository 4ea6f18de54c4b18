import { PageHeader, StatusPill } from "@/components/page-header";
import { requireRole } from "@/lib/auth";
import { ACT_MAX_BYTES } from "@/lib/invoices/act-documents";
import { getCompanyInvoice } from "@/lib/invoices/company-invoices";
import { reviewIncomingInvoice } from "@/lib/invoices/decide-incoming-invoice";
import { formatDate, formatDateTime } from "@/lib/dates";
import { localizedName } from "@/lib/i18n";
import { getT, pageTitle } from "@/lib/i18n/server";
import { formatTiyn } from "@/lib/money";
import type { TRuleViolation } from "@/lib/rules/types";
import { FactList } from "@/components/fact-list";
import { InvoiceLinesTable } from "@/components/invoice-lines-table";
import { invoiceLineRows } from "@/lib/invoices/invoice-lines-view";
import { IssuerForms } from "./invoice-forms";
import { InvoiceActsSection, InvoiceRefusals, PayerReview } from "./invoice-parts";
import { orNotFound, routeId } from "../../../route-helpers";

export const generateMetadata = pageTitle("company.invoices.title");

export default async function CompanyInvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("contractor");
  const { t, locale } = await getT();
  const id = routeId((await params).id);
  const view = await orNotFound(getCompanyInvoice({ actor, invoiceId: id }));
  const { invoice, role } = view;
  const review = role === "payer" ? await orNotFound(reviewIncomingInvoice({ actor, invoiceId: id })) : null;
  const verdicts = new Map<number, TRuleViolation[]>(review ? review.lines.map((l) => [l.line.id, l.violations]) : []);
  const contractor = invoice.contract.contractor;
  const rejections = invoice.decisions.filter((d) => d.decision === "reject");
  const decidable = invoice.status === "submitted" || invoice.status === "approved";
  const facts: [string, string][] = [
    [t("company.invoice.facts.status"), t(`company.invoices.status.${invoice.status}`)],
    [t("company.invoice.facts.kind"), t(`company.invoices.kinds.${invoice.kind}`)],
    [t("company.invoice.facts.issuedOn"), formatDate(invoice.issuedOn)],
    [t("company.invoice.facts.submittedAt"), formatDateTime(invoice.submittedAt)],
    [t("company.invoice.facts.paidAt"), formatDateTime(invoice.paidAt)],
  ];
  return (
    <>
      <PageHeader
        back={{ href: `/company/invoices${role === "payer" ? "?box=incoming" : ""}`, label: t("company.invoice.back") }}
        title={t("company.invoice.title", { number: invoice.number })}
        intro={
          role === "issuer"
            ? t("company.invoice.introIssued", {
                contract: invoice.contract.number,
                project: localizedName(locale, invoice.contract.project),
                payer: view.payer ? localizedName(locale, view.payer) : t("company.contract.projectPays", { project: localizedName(locale, invoice.contract.project) }),
              })
            : t("company.invoice.introIncoming", { company: `${localizedName(locale, contractor)} (${contractor.bin ?? "—"})`, contract: invoice.contract.number, project: localizedName(locale, invoice.contract.project) })
        }
        actions={<StatusPill>{t(`company.invoices.status.${invoice.status}`)}</StatusPill>}
      />
      <FactList facts={facts} grid="sm:grid-cols-3 lg:grid-cols-5" />
      {rejections.map((d) => (
        <p key={d.id} role="note" className="mb-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {t("company.invoice.rejectedBecause", { reason: d.reason ?? "" })}
        </p>
      ))}
      <InvoiceLinesTable
        locale={locale}
        label={t("company.invoice.title", { number: invoice.number })}
        rows={invoiceLineRows(view.lines, locale, (lineId) => verdicts.get(lineId) ?? [])}
        total={formatTiyn(invoice.totalTiyn)}
        verdicts={review != null}
        texts="company.invoice"
        t={t}
      />
      {review ? (
        <PayerReview view={view} review={review} decidable={decidable} t={t} locale={locale} />
      ) : (
        <section className="mb-6">
          <IssuerForms invoiceId={invoice.id} canSubmit={invoice.status === "draft"} canWithdraw={invoice.status === "draft" || invoice.status === "submitted"} />
        </section>
      )}
      <InvoiceRefusals view={view} t={t} locale={locale} />
      <InvoiceActsSection view={view} maxBytes={ACT_MAX_BYTES} t={t} locale={locale} />
    </>
  );
}
