import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { requireRole } from "@/lib/auth";
import { ACT_MAX_BYTES } from "@/lib/invoices/act-documents";
import { getCompanyInvoice } from "@/lib/invoices/company-invoices";
import { reviewIncomingInvoice } from "@/lib/invoices/decide-incoming-invoice";
import { formatDate, formatDateTime } from "@/lib/dates";
import { NotFoundError } from "@/lib/errors";
import { localizedName } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import { formatTiyn } from "@/lib/money";
import { formatQuantityMilli, kilobytes } from "@/lib/quantity";
import { describeViolation } from "@/lib/i18n/rule-present";
import type { TRuleCode, TRuleViolation } from "@/lib/rules/types";
import { ActUploadForm, IssuerForms, PayerForms } from "./invoice-forms";
import { routeId } from "../../../route-helpers";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("company.invoices.title") };
}

const orNotFound = (error: unknown): never => {
  if (error instanceof NotFoundError) notFound();
  throw error;
};

export default async function CompanyInvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("contractor");
  const { t, locale } = await getT();
  const id = routeId((await params).id);
  const view = await getCompanyInvoice({ actor, invoiceId: id }).catch(orNotFound);
  const { invoice, role } = view;
  const review = role === "payer" ? await reviewIncomingInvoice({ actor, invoiceId: id }).catch(orNotFound) : null;
  const verdicts = new Map<number, TRuleViolation[]>(review ? review.lines.map((l) => [l.line.id, l.violations]) : []);
  const unit = (l: (typeof view.lines)[number]) => l.line.estimateItem.unit;
  const q = (milli: bigint | null, u: string) => (milli == null ? "—" : formatQuantityMilli(milli, locale, u));
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
      <Link href={`/company/invoices${role === "payer" ? "?box=incoming" : ""}`} className="mb-4 inline-block text-sm text-brand-700 hover:underline">
        ← {t("company.invoice.back")}
      </Link>
      <PageHeader
        title={t("company.invoice.title", { number: invoice.number })}
        intro={
          role === "issuer"
            ? t("company.invoice.introIssued", {
                contract: invoice.contract.number,
                project: invoice.contract.project.name,
                payer: view.payer ? localizedName(locale, view.payer.name, view.payer.nameRu) : t("company.contract.projectPays", { project: invoice.contract.project.name }),
              })
            : t("company.invoice.introIncoming", { company: `${localizedName(locale, contractor.name, contractor.nameRu)} (${contractor.bin ?? "—"})`, contract: invoice.contract.number, project: invoice.contract.project.name })
        }
        actions={<span className="rounded-full bg-slate-200 px-3 py-1 text-sm font-medium text-slate-700">{t(`company.invoices.status.${invoice.status}`)}</span>}
      />
      <dl className="card mb-6 grid gap-x-6 gap-y-3 p-4 text-sm sm:grid-cols-3 lg:grid-cols-5">
        {facts.map(([k, v]) => (
          <div key={k}>
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{k}</dt>
            <dd className="mt-0.5">{v}</dd>
          </div>
        ))}
      </dl>
      {rejections.map((d) => (
        <p key={d.id} role="note" className="mb-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {t("company.invoice.rejectedBecause", { reason: d.reason ?? "" })}
        </p>
      ))}
      <div className="card mb-6 overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm" aria-label={t("company.invoice.title", { number: invoice.number })}>
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                {t("company.invoice.lineColumns.item")}
              </th>
              {(["quantity", "unitPrice", "amount", "billedBefore", "contractQuantity", "ceiling"] as const).map((c) => (
                <th key={c} scope="col" className="px-3 py-2 text-right font-medium">
                  {t(`company.invoice.lineColumns.${c}`)}
                </th>
              ))}
              {review ? (
                <th scope="col" className="px-3 py-2 text-left font-medium">
                  {t("company.invoice.lineColumns.verdict")}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {view.lines.map((l) => {
              const violations = verdicts.get(l.line.id) ?? [];
              return (
                <tr key={l.line.id} className={violations.length ? "bg-red-50/60" : ""}>
                  <td className="px-3 py-2">
                    <div className="font-mono text-xs">{l.line.estimateItem.code}</div>
                    <div>{l.line.estimateItem.name}</div>
                  </td>
                  <td className="num px-3 py-2">{q(l.line.quantityMilli, unit(l))}</td>
                  <td className="num px-3 py-2">{formatTiyn(l.line.unitPriceTiyn)}</td>
                  <td className="num px-3 py-2">{formatTiyn(l.line.amountTiyn)}</td>
                  <td className="num px-3 py-2">{q(l.billedBeforeMilli, unit(l))}</td>
                  <td className="num px-3 py-2">{q(l.contractQuantityMilli, unit(l))}</td>
                  <td className="num px-3 py-2">{l.ceilingTiyn == null ? "—" : formatTiyn(l.ceilingTiyn)}</td>
                  {review ? (
                    <td className="px-3 py-2">
                      {violations.length === 0 ? (
                        <span className="text-brand-700">✓ {t("company.invoice.lineOk")}</span>
                      ) : (
                        <ul className="space-y-1 text-red-800">
                          {violations.map((v) => (
                            <li key={v.code}>✗ {describeViolation(v, locale)}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
          <tfoot className="bg-slate-50 font-semibold">
            <tr>
              <td className="px-3 py-2" colSpan={3}>
                {t("company.invoice.total")}
              </td>
              <td className="num px-3 py-2">{formatTiyn(invoice.totalTiyn)}</td>
              <td colSpan={review ? 4 : 3} />
            </tr>
          </tfoot>
        </table>
      </div>

      {review ? (
        <section className="mb-6 space-y-2 text-sm" aria-label={t("company.invoice.reviewTitle")}>
          <h2 className="text-lg font-semibold">{t("company.invoice.reviewTitle")}</h2>
          <p>{t("company.invoice.approvalsNeeded", { needed: review.needed, names: review.approvals.map((a) => view.deciderNames.get(a.id) ?? a.name).join(", ") || t("company.invoice.nobody") })}</p>
          {decidable ? (
            review.alreadyApprovedByMe ? (
              <p className="text-slate-600">{t("company.invoice.alreadyApproved")}</p>
            ) : review.wouldPay ? (
              <p className="text-brand-700">{t("company.invoice.willPay", { amount: formatTiyn(invoice.totalTiyn), colour: review.colourId })}</p>
            ) : review.wouldWait ? (
              <p className="text-slate-700">{t("company.invoice.willWait")}</p>
            ) : (
              <div className="text-red-800">
                <p className="font-medium">{t("company.invoice.willRefuse")}</p>
                <ul className="list-disc pl-6">
                  {[...review.invoiceViolations, ...review.lines.flatMap((l) => l.violations)].map((v, i) => (
                    <li key={`${v.code}-${i}`}>{describeViolation(v, locale)}</li>
                  ))}
                </ul>
              </div>
            )
          ) : null}
          <PayerForms invoiceId={invoice.id} number={invoice.number} canApprove={!review.alreadyApprovedByMe} decidable={decidable} />
        </section>
      ) : (
        <section className="mb-6">
          <IssuerForms invoiceId={invoice.id} canSubmit={invoice.status === "draft"} canWithdraw={invoice.status === "draft" || invoice.status === "submitted"} />
        </section>
      )}

      {view.refusals.length > 0 ? (
        <section className="mb-6" aria-labelledby="refusals">
          <h2 id="refusals" className="mb-2 text-lg font-semibold">
            {t("company.invoice.refusalsTitle")}
          </h2>
          <ul className="space-y-1 text-sm text-red-800">
            {view.refusals.map((r) => (
              <li key={r.id.toString()}>
                {formatDateTime(r.at)}: {r.details.map((v) => describeViolation({ code: v.code as TRuleCode, params: v.params }, locale)).join(" ")}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="card space-y-4 p-4" aria-labelledby="act-section">
        <h2 id="act-section" className="text-lg font-semibold">
          {t("company.invoice.actTitle")}
        </h2>
        {invoice.documents.length === 0 ? (
          <p className="text-sm text-slate-600">{t("company.invoice.actNone")}</p>
        ) : (
          <table className="min-w-full divide-y divide-slate-200 text-sm" aria-labelledby="act-section">
            <thead className="text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2 text-left font-medium">
                  {t("company.invoice.actColumns.file")}
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  {t("company.invoice.actColumns.size")}
                </th>
                <th scope="col" className="px-3 py-2 text-left font-medium">
                  {t("company.invoice.actColumns.sha256")}
                </th>
                <th scope="col" className="px-3 py-2 text-left font-medium">
                  {t("company.invoice.actColumns.uploaded")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {invoice.documents.map((d) => (
                <tr key={d.id}>
                  <td className="px-3 py-2">
                    <a href={`/company/invoices/${invoice.id}/acts/${d.id}`} className="text-brand-700 hover:underline" download>
                      {d.fileName}
                    </a>
                  </td>
                  <td className="num px-3 py-2">{t("project.documentList.size", { size: kilobytes(d.sizeBytes) })}</td>
                  <td className="px-3 py-2 font-mono text-xs break-all">{d.sha256}</td>
                  <td className="px-3 py-2 tabular-nums">{formatDateTime(d.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {role === "issuer" && ["draft", "submitted", "approved"].includes(invoice.status) ? <ActUploadForm invoiceId={invoice.id} maxBytes={ACT_MAX_BYTES} /> : null}
      </section>
    </>
  );
}
