import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { requireRole } from "@/lib/auth";
import { NotFoundError } from "@/lib/errors";
import { localizedName } from "@/lib/i18n";
import { formatDateTime } from "@/lib/dates";
import { getT } from "@/lib/i18n/server";
import { listInvoiceActs } from "@/lib/invoices/invoice-acts";
import { approvalRefused, reviewInvoice } from "@/lib/invoices/review-invoice";
import { formatTiyn } from "@/lib/money";
import { formatQuantityMilli, kilobytes } from "@/lib/quantity";
import { describeViolation } from "@/lib/i18n/rule-present";
import { orNotFound, routeId } from "../../route-helpers";
import { DecisionForms } from "./decision-forms";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("invoices.title") };
}

export default async function InvoiceReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("official");
  const { t, locale } = await getT();
  const id = routeId((await params).id);
  const review = await reviewInvoice({ actor, invoiceId: id }).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { invoice } = review;
  const acts = await orNotFound(listInvoiceActs({ actor, invoiceId: id }));
  const decidable = invoice.status === "submitted" || invoice.status === "approved";
  const names = review.approvals.map((a) => a.name).join(", ") || t("invoices.nobody");
  return (
    <>
      <Link href="/invoices" className="mb-4 inline-block text-sm text-brand-700 hover:underline">
        ← {t("invoices.backToQueue")}
      </Link>
      <PageHeader
        title={t("invoices.reviewTitle", { number: invoice.number })}
        intro={t("invoices.reviewIntro", { contractor: localizedName(locale, invoice.contract.contractor.name, invoice.contract.contractor.nameRu), contract: invoice.contract.number, project: invoice.contract.project.name })}
        actions={<span className="rounded-full bg-slate-200 px-3 py-1 text-sm font-medium text-slate-700">{t(`invoices.status.${invoice.status}`)}</span>}
      />
      <div className="card mb-6 overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm" aria-label={t("invoices.reviewTitle", { number: invoice.number })}>
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                {t("invoices.lineColumns.item")}
              </th>
              {(["quantity", "unitPrice", "amount", "billedBefore", "contractQuantity", "ceiling"] as const).map((c) => (
                <th key={c} scope="col" className="px-3 py-2 text-right font-medium">
                  {t(`invoices.lineColumns.${c}`)}
                </th>
              ))}
              <th scope="col" className="px-3 py-2 text-left font-medium">
                {t("invoices.lineColumns.verdict")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {review.lines.map(({ line, billedBeforeMilli, contractQuantityMilli, ceilingTiyn, violations }) => (
              <tr key={line.id} className={violations.length ? "bg-red-50/60" : ""}>
                <td className="px-3 py-2">
                  <div className="font-mono text-xs">{line.estimateItem.code}</div>
                  <div>{line.estimateItem.name}</div>
                </td>
                <td className="num px-3 py-2">
                  {formatQuantityMilli(line.quantityMilli, locale, line.estimateItem.unit)}
                </td>
                <td className="num px-3 py-2">{formatTiyn(line.unitPriceTiyn)}</td>
                <td className="num px-3 py-2">{formatTiyn(line.amountTiyn)}</td>
                <td className="num px-3 py-2">{billedBeforeMilli == null ? "—" : formatQuantityMilli(billedBeforeMilli, locale, line.estimateItem.unit)}</td>
                <td className="num px-3 py-2">{contractQuantityMilli == null ? "—" : formatQuantityMilli(contractQuantityMilli, locale, line.estimateItem.unit)}</td>
                <td className="num px-3 py-2">{ceilingTiyn == null ? "—" : formatTiyn(ceilingTiyn)}</td>
                <td className="px-3 py-2">
                  {violations.length === 0 ? (
                    <span className="text-brand-700">✓ {t("invoices.lineOk")}</span>
                  ) : (
                    <ul className="space-y-1 text-red-800">
                      {violations.map((v) => (
                        <li key={v.code}>✗ {describeViolation(v, locale)}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot className="bg-slate-50 font-semibold">
            <tr>
              <td className="px-3 py-2" colSpan={3}>
                {t("invoices.total")}
              </td>
              <td className="num px-3 py-2">{formatTiyn(invoice.totalTiyn)}</td>
              <td colSpan={4} />
            </tr>
          </tfoot>
        </table>
      </div>
      <section className="mb-6 text-sm" aria-labelledby="acts-title">
        <h2 id="acts-title" className="mb-1 font-semibold text-slate-900">
          {t("invoices.acts")}
        </h2>
        {acts.length === 0 ? (
          <p className="text-slate-600">{t("invoices.noActs")}</p>
        ) : (
          <ul className="space-y-1">
            {acts.map((a) => (
              <li key={a.id}>
                <a className="text-brand-700 hover:underline" href={`/invoices/${invoice.id}/acts/${a.id}`} download>
                  {a.fileName}
                </a>{" "}
                <span className="text-slate-500">
                  ({t("project.documentList.size", { size: kilobytes(a.sizeBytes) })} · SHA-256 <span className="font-mono text-xs">{a.sha256.slice(0, 16)}…</span>)
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="mb-6 space-y-2 text-sm" aria-label={t("invoices.lineColumns.verdict")}>
        <p>{t("invoices.approvalsNeeded", { needed: review.needed, names })}</p>
        {invoice.status === "paid" && invoice.paidAt ? <p className="text-slate-700">{t("invoices.paidOn", { date: formatDateTime(invoice.paidAt), amount: formatTiyn(invoice.totalTiyn) })}</p> : null}
        {decidable ? (
          review.alreadyApprovedByMe ? (
            <p className="text-slate-600">{t("invoices.alreadyApproved")}</p>
          ) : review.wouldPay ? (
            <p className="text-brand-700">{t("invoices.willPay", { amount: formatTiyn(invoice.totalTiyn) })}</p>
          ) : review.wouldWait ? (
            <p className="text-slate-700">{t("invoices.willWait")}</p>
          ) : (
            <div className="text-red-800">
              <p className="font-medium">{t("invoices.willRefuse")}</p>
              <ul className="list-disc pl-6">
                {review.invoiceViolations.map((v) => (
                  <li key={v.code}>{describeViolation(v, locale)}</li>
                ))}
                {review.lines.flatMap((l) => l.violations).map((v, i) => (
                  <li key={`${v.code}-${i}`}>{describeViolation(v, locale)}</li>
                ))}
              </ul>
            </div>
          )
        ) : null}
      </section>
      <DecisionForms invoiceId={invoice.id} number={invoice.number} canApprove={!review.alreadyApprovedByMe} decidable={decidable} refused={approvalRefused(review)} />
    </>
  );
}
