import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { requireRole } from "@/lib/auth";
import { formatDateTime } from "@/lib/dates";
import { getT } from "@/lib/i18n/server";
import { receiptPageView } from "@/lib/journal/receipt-view";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("journalProofs.title") };
}

/** A journal entry's receipt, readable: the scope is the JSON route's (lib/journal/receipt.ts); out of scope is not found. */
export default async function ReceiptPage({ params }: { params: Promise<{ chain: string; seq: string }> }) {
  const actor = await requireRole("investigator", "official", "contractor");
  const { chain, seq } = await params;
  const view = await receiptPageView({ actor, chain, seq });
  if (!view) notFound();
  const { t } = await getT();
  const row = (label: string, value: string, mono = false) => (
    <div key={label}>
      <dt className="text-slate-500">{label}</dt>
      <dd className={mono ? "break-all font-mono text-xs" : "tabular-nums"}>{value}</dd>
    </div>
  );
  return (
    <>
      <PageHeader title={t("journalProofs.title")} intro={t("journalProofs.intro", { leaf: view.leafIndex })} />
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="entry-title" className="card space-y-3 p-5">
          <h2 id="entry-title" className="text-lg font-semibold text-slate-900">
            {t("journalProofs.entry")}
          </h2>
          <dl className="space-y-1 text-sm">
            {row(t("journalProofs.chain"), String(view.entry.chain))}
            {row(t("journalProofs.seq"), view.entry.seq)}
            {row(t("journalProofs.kind"), view.entry.kind)}
            {row(t("journalProofs.hash"), view.entry.hash, true)}
            {row(t("journalProofs.payload"), view.entry.payload, true)}
          </dl>
        </section>
        <section aria-labelledby="checkpoint-title" className="card space-y-3 p-5">
          <h2 id="checkpoint-title" className="text-lg font-semibold text-slate-900">
            {t("journalProofs.checkpoint")}
          </h2>
          <dl className="space-y-1 text-sm">
            {row(t("journalProofs.signedAt"), formatDateTime(view.checkpoint.signedAt))}
            {row(t("journalProofs.root"), view.checkpoint.root, true)}
            {row(t("journalProofs.keyId"), view.checkpoint.keyId, true)}
          </dl>
          <p className="text-sm">{t("journalProofs.treeSize", { count: Number(view.checkpoint.treeSize) })}</p>
          <p className="text-sm">{t("journalProofs.proof", { count: view.proofLength })}</p>
          <p role="status" className={view.holds ? "text-sm text-emerald-800" : "text-sm text-red-700"}>
            {t(view.holds ? "journalProofs.holds" : "journalProofs.fails")}
          </p>
          <p className="text-sm">
            <a className="underline" href={view.jsonUrl} download>
              {t("journalProofs.download")}
            </a>
          </p>
          <p className="break-all font-mono text-xs text-slate-600">{t("journalProofs.offline")}</p>
        </section>
      </div>
    </>
  );
}
