import { PageHeader, StatusPill } from "@/components/page-header";
import { requireRole } from "@/lib/auth";
import { localizedName } from "@/lib/i18n";
import { formatDateTime } from "@/lib/dates";
import { getT, pageTitle } from "@/lib/i18n/server";
import { listInvoiceActs } from "@/lib/invoices/invoice-acts";
import { approvalRefused, reviewInvoice } from "@/lib/invoices/review-invoice";
import { formatTiyn } from "@/lib/money";
import { invoiceLineRows } from "@/lib/invoices/invoice-lines-view";
import { InvoiceLinesTable } from "@/components/invoice-lines-table";
import { describeViolation } from "@/lib/i18n/rule-present";
import { EntityLinks } from "@/components/entity-links";
import { entityLinks } from "@/lib/investigate/entity-links";
import { entityLinkLabels, orNotFound, READERS, routeId } from "../../route-helpers";
import { DecisionForms } from "./decision-forms";
import { InvoiceActs } from "./review-parts";
import { InvoiceOutcome } from "@/components/invoice-outcome";

export const generateMetadata = pageTitle("invoices.title");

export default async function InvoiceReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole(...READERS);
  const isOfficial = actor.role === "official";
  const { t, locale } = await getT();
  const id = routeId((await params).id);
  const review = await orNotFound(reviewInvoice({ actor, invoiceId: id }));
  const { invoice } = review;
  const acts = await orNotFound(listInvoiceActs({ actor, invoiceId: id }));
  const decidable = isOfficial && (invoice.status === "submitted" || invoice.status === "approved");
  const links = await entityLinks({ actor, ref: { kind: "invoice", id }, locale });
  const names = review.approvals.map((a) => a.name).join(", ") || t("invoices.nobody");
  return (
    <>
      <PageHeader
        back={{ href: isOfficial ? "/invoices" : `/contracts/${invoice.contractId}`, label: isOfficial ? t("invoices.backToQueue") : invoice.contract.number }}
        title={t("invoices.reviewTitle", { number: invoice.number })}
        intro={t("invoices.reviewIntro", { contractor: localizedName(locale, invoice.contract.contractor), contract: invoice.contract.number, project: localizedName(locale, invoice.contract.project) })}
        actions={<StatusPill>{t(`invoices.status.${invoice.status}`)}</StatusPill>}
      />
      <EntityLinks view={links} labels={entityLinkLabels(t)} />
      <InvoiceLinesTable
        locale={locale}
        label={t("invoices.reviewTitle", { number: invoice.number })}
        rows={invoiceLineRows(review.lines, locale, (id) => review.lines.find((l) => l.line.id === id)?.violations ?? [])}
        total={formatTiyn(invoice.totalTiyn)}
        verdicts
        texts="invoices"
        t={t}
      />
      <InvoiceActs acts={acts} invoiceId={invoice.id} t={t} />
      <section className="mb-6 space-y-2 text-sm" aria-label={t("invoices.lineColumns.verdict")}>
        <p>{t("invoices.approvalsNeeded", { needed: review.needed, names })}</p>
        {invoice.status === "paid" && invoice.paidAt ? <p className="text-slate-700">{t("invoices.paidOn", { date: formatDateTime(invoice.paidAt), amount: formatTiyn(invoice.totalTiyn) })}</p> : null}
        {decidable ? (
          <InvoiceOutcome
            review={review}
            refusals={[...review.invoiceViolations, ...review.lines.flatMap((l) => l.violations)].map((v) => describeViolation(v, locale))}
            payParams={{ amount: formatTiyn(invoice.totalTiyn) }}
            texts="invoices"
            t={t}
          />
        ) : null}
      </section>
      {isOfficial ? <DecisionForms invoiceId={invoice.id} number={invoice.number} canApprove={!review.alreadyApprovedByMe} decidable={decidable} refused={approvalRefused(review)} /> : null}
    </>
  );
}
