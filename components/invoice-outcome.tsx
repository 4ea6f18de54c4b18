import type { TTranslate } from "@/lib/i18n";

/**
 * What approving a decidable invoice would do now — already approved by me, pay, wait for more approvals, or be
 * refused (with the worded refusals). Shared by the official's review page and the company's invoice page; the texts
 * come from the page's own catalogue section (`invoices` or `company.invoice`).
 */
export function InvoiceOutcome({
  review,
  refusals,
  payParams,
  texts,
  t,
}: {
  review: { alreadyApprovedByMe: boolean; wouldPay: boolean; wouldWait: boolean };
  refusals: string[];
  payParams: Record<string, string | number>;
  texts: "invoices" | "company.invoice";
  t: TTranslate;
}) {
  if (review.alreadyApprovedByMe) return <p className="text-slate-600">{t(`${texts}.alreadyApproved`)}</p>;
  if (review.wouldPay) return <p className="text-brand-700">{t(`${texts}.willPay`, payParams)}</p>;
  if (review.wouldWait) return <p className="text-slate-700">{t(`${texts}.willWait`)}</p>;
  return (
    <div className="text-red-800">
      <p className="font-medium">{t(`${texts}.willRefuse`)}</p>
      <ul className="list-disc pl-6">
        {refusals.map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>
    </div>
  );
}
