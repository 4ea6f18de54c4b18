import { InvoiceOutcome } from "@/components/invoice-outcome";
import type { TDataColumn } from "@/components/data-table";
import { TableSection } from "@/components/table-section";
import { TitledSection } from "@/components/titled-section";
import type { getCompanyInvoice } from "@/lib/invoices/company-invoices";
import type { reviewIncomingInvoice } from "@/lib/invoices/decide-incoming-invoice";
import { formatDateTime } from "@/lib/dates";
import type { TLocale, TTranslate } from "@/lib/i18n";
import { describeViolation } from "@/lib/i18n/rule-present";
import { formatTiyn } from "@/lib/money";
import { kilobytes } from "@/lib/quantity";
import type { TRuleCode } from "@/lib/rules/types";
import { ActUploadForm, PayerForms } from "./invoice-forms";

type TView = Awaited<ReturnType<typeof getCompanyInvoice>>;
type TReview = Awaited<ReturnType<typeof reviewIncomingInvoice>>;

/** The payer's review: approvals needed, what approving would do now, and the approve/reject forms. */
export function PayerReview({ view, review, decidable, t, locale }: { view: TView; review: TReview; decidable: boolean; t: TTranslate; locale: TLocale }) {
  const { invoice } = view;
  const names = review.approvals.map((a) => view.deciderNames.get(a.id) ?? a.name).join(", ") || t("company.invoice.nobody");
  return (
    <section className="mb-6 space-y-2 text-sm" aria-label={t("company.invoice.reviewTitle")}>
      <h2 className="text-lg font-semibold">{t("company.invoice.reviewTitle")}</h2>
      <p>{t("company.invoice.approvalsNeeded", { needed: review.needed, names })}</p>
      {decidable ? (
        <InvoiceOutcome
          review={review}
          refusals={[...review.invoiceViolations, ...review.lines.flatMap((l) => l.violations)].map((v) => describeViolation(v, locale))}
          payParams={{ amount: formatTiyn(invoice.totalTiyn), colour: review.colourId }}
          texts="company.invoice"
          t={t}
        />
      ) : null}
      <PayerForms invoiceId={invoice.id} number={invoice.number} canApprove={!review.alreadyApprovedByMe} decidable={decidable} />
    </section>
  );
}

/** The refused attempts to pay this invoice, worded. */
export function InvoiceRefusals({ view, t, locale }: { view: TView; t: TTranslate; locale: TLocale }) {
  if (view.refusals.length === 0) return null;
  return (
    <TitledSection id="refusals" className="mb-6" title={t("company.invoice.refusalsTitle")}>
      <ul className="space-y-1 text-sm text-red-800">
        {view.refusals.map((r) => (
          <li key={r.id.toString()}>
            {formatDateTime(r.at)}: {r.details.map((v) => describeViolation({ code: v.code as TRuleCode, params: v.params }, locale)).join(" ")}
          </li>
        ))}
      </ul>
    </TitledSection>
  );
}

/** The acts of work done attached to the invoice, and the upload form while the issuer may still add one. */
export function InvoiceActsSection({ view, maxBytes, t, locale }: { view: TView; maxBytes: number; t: TTranslate; locale: TLocale }) {
  const { invoice, role } = view;
  const columns: TDataColumn<TView["invoice"]["documents"][number]>[] = [
    {
      key: "file",
      header: t("company.invoice.actColumns.file"),
      cell: (d) => (
        <a href={`/company/invoices/${invoice.id}/acts/${d.id}`} className="text-brand-700 hover:underline" download>
          {d.fileName}
        </a>
      ),
    },
    { key: "size", header: t("company.invoice.actColumns.size"), numeric: true, cell: (d) => t("project.documentList.size", { size: kilobytes(d.sizeBytes) }) },
    { key: "sha256", header: t("company.invoice.actColumns.sha256"), className: "font-mono text-xs break-all", cell: (d) => d.sha256 },
    { key: "uploaded", header: t("company.invoice.actColumns.uploaded"), className: "tabular-nums", cell: (d) => formatDateTime(d.createdAt) },
  ];
  return (
    <TableSection
      id="act-section"
      variant="card"
      title={t("company.invoice.actTitle")}
      emptyText={t("company.invoice.actNone")}
      table={{ locale, rows: invoice.documents, rowKey: (d) => d.id, columns }}
    >
      {role === "issuer" && ["draft", "submitted", "approved"].includes(invoice.status) ? (
        <div className="px-5 pb-4">
          <ActUploadForm invoiceId={invoice.id} maxBytes={maxBytes} />
        </div>
      ) : null}
    </TableSection>
  );
}
