import { PageHeader } from "@/components/page-header";
import { TitledSection } from "@/components/titled-section";
import { requireRole } from "@/lib/auth";
import { formatDateTime } from "@/lib/dates";
import { getT, pageTitle } from "@/lib/i18n/server";
import { formatQuantity } from "@/lib/quantity";
import { latestPublication } from "@/lib/journal/publication";
import { verificationReuseSeconds } from "@/lib/journal/verify";
import { ProofFacts } from "./proof-facts";
import { PublishForm } from "./publish-form";
import { VerifyJournal } from "./verify-journal";

export const generateMetadata = pageTitle("journal.title");

export default async function JournalPage() {
  const actor = await requireRole("investigator", "admin");
  const { t, locale } = await getT();
  const { publication, mismatches, totals } = await latestPublication({ actor });
  return (
    <>
      <PageHeader title={t("journal.title")} intro={t("journal.intro", { entries: totals.entries, chains: totals.chains })} />
      <div className="grid gap-6 lg:grid-cols-2">
        <VerifyJournal total={Number(totals.entries)} reuseSeconds={verificationReuseSeconds()} />
        <TitledSection id="published-title" title={t("journal.publishedTitle")} className="card space-y-3 p-5">
          {publication ? (
            <>
              <ProofFacts
                facts={[
                  { label: t("journal.publishedAt"), value: formatDateTime(publication.publishedAt) },
                  { label: t("journal.digest"), value: publication.digest, isCode: true },
                  { label: t("journal.entriesCovered"), value: formatQuantity(publication.entries, locale, undefined, 0) },
                ]}
              />
              {mismatches.length === 0 ? (
                <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900">{t("journal.publicationHolds")}</p>
              ) : (
                <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
                  {t("journal.publicationBroken", { chains: mismatches.map((m) => m.chain).join(", ") })}
                </p>
              )}
            </>
          ) : (
            <p className="text-sm text-slate-600">{t("journal.nothingPublished")}</p>
          )}
          {actor.role === "investigator" ? <PublishForm /> : null}
          <p className="text-xs text-slate-500">{t("journal.offline")}</p>
        </TitledSection>
      </div>
    </>
  );
}
