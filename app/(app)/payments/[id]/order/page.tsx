import Link from "next/link";
import { LocalText } from "@/components/local-name";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { PrintButton } from "@/components/print-button";
import { requireRole } from "@/lib/auth";
import { parseBigId } from "@/lib/http/parse-id";
import { getT, pageTitle } from "@/lib/i18n/server";
import { paymentOrderView } from "@/lib/investigate/payment-order";
import { orNotFound, READERS } from "../../../route-helpers";

export const generateMetadata = pageTitle("investigate.order.link");

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[12rem_1fr] gap-3 border-b border-slate-200 py-2">
      <dt className="text-slate-600">{label}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

/** One transfer as a printable payment order (A4, no app chrome on paper), with its journal entry for the record. */
export default async function PaymentOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole(...READERS);
  const { t, locale } = await getT();
  const transferId = parseBigId((await params).id);
  if (transferId === null) notFound();
  const o = await orNotFound(paymentOrderView({ actor, transferId, locale }));
  const party = (p: typeof o.payer) => (
    <>
      <div className="font-medium">
        <LocalText {...p.name} />
      </div>
      <div className="text-xs text-slate-600">
        {t("investigate.order.bin")} {p.bin} · {t("investigate.order.account")} {p.account}
      </div>
    </>
  );
  return (
    <article className="print-document mx-auto max-w-3xl space-y-6 text-sm text-slate-900">
      <div className="flex justify-end print:hidden">
        <PrintButton label={t("investigate.order.print")} />
      </div>
      <h1 className="border-b border-slate-300 pb-3 text-2xl font-semibold">{t("investigate.order.title", { id: o.id })}</h1>
      <dl>
        <Row label={t("investigate.order.date")}>{o.date}</Row>
        <Row label={t("investigate.order.amount")}>
          <strong className="tabular-nums">{o.amount}</strong>
        </Row>
        <Row label={t("investigate.order.kind")}>{o.kind}</Row>
        <Row label={t("investigate.order.payer")}>{party(o.payer)}</Row>
        <Row label={t("investigate.order.payee")}>{party(o.payee)}</Row>
        <Row label={t("investigate.order.basis")}>{o.basis}</Row>
        <Row label={t("investigate.order.colour")}>{o.colour}</Row>
        <Row label={t("investigate.order.budgetLine")}>
          {o.budgetLine.code} · <LocalText {...o.budgetLine.name} />
        </Row>
        <Row label={t("investigate.order.project")}>
          <LocalText {...o.project} />
        </Row>
        <Row label={t("investigate.order.ministry")}>
          <LocalText {...o.ministry} />
        </Row>
        <Row label={t("investigate.order.journal")}>
          {o.journal ? (
            <>
              <span className="font-mono text-xs break-all">{t("investigate.order.journalRef", { chain: o.journal.chain, seq: o.journal.seq, hash: o.journal.hash })}</span>
              {o.journal.href ? (
                <>
                  {" "}
                  <Link href={o.journal.href} className="text-brand-700 hover:underline print:hidden">
                    {t("investigate.order.receipt")}
                  </Link>
                </>
              ) : null}
            </>
          ) : (
            t("investigate.order.journalMissing")
          )}
        </Row>
      </dl>
      <p className="pt-10 text-slate-700">{t("investigate.order.signature")}: ____________________</p>
    </article>
  );
}
