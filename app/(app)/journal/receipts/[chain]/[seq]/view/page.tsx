import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { TitledSection } from "@/components/titled-section";
import { requireRole } from "@/lib/auth";
import { formatDateTime } from "@/lib/dates";
import { getT } from "@/lib/i18n/server";
import { receiptPageView } from "@/lib/journal/receipt-view";
import { ProofFacts } from "../../../../proof-facts";

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
  return (
    <>
      <PageHeader title={t("journalProofs.title")} intro={t("journalProofs.intro", { leaf: view.leafIndex })} />
      <div className="grid gap-6 lg:grid-cols-2">
        <TitledSection id="entry-title" title={t("journalProofs.entry")} className="card space-y-3 p-5">
          <ProofFacts
            facts={[
              { label: t("journalProofs.chain"), value: String(view.entry.chain) },
              { label: t("journalProofs.seq"), value: view.entry.seq },
              { label: t("journalProofs.kind"), value: view.entry.kind },
              { label: t("journalProofs.hash"), value: view.entry.hash, isCode: true },
              { label: t("journalProofs.payload"), value: view.entry.payload, isCode: true },
            ]}
          />
        </TitledSection>
        <TitledSection id="checkpoint-title" title={t("journalProofs.checkpoint")} className="card space-y-3 p-5">
          <ProofFacts
            facts={[
              { label: t("journalProofs.signedAt"), value: formatDateTime(view.checkpoint.signedAt) },
              { label: t("journalProofs.root"), value: view.checkpoint.root, isCode: true },
              { label: t("journalProofs.keyId"), value: view.checkpoint.keyId, isCode: true },
            ]}
          />
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
        </TitledSection>
      </div>
    </>
  );
}
