import { PageHeader } from "@/components/page-header";
import { requireRole } from "@/lib/auth";
import { formatDateTime } from "@/lib/dates";
import { getT, pageTitle } from "@/lib/i18n/server";
import { formatQuantity } from "@/lib/quantity";
import { latestPublication } from "@/lib/journal/publication";
import { verificationReuseSeconds } from "@/lib/journal/verify";
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
        <section aria-labelledby="published-title" className="card space-y-3 p-5">
          <h2 id="published-title" className="text-lg font-semibold text-slate-900">
            {t("journal.publishedTitle")}
          </h2>
          {publication ? (
            <>
              <dl className="space-y-1 text-sm">
                <div>
                  <dt className="text-slate-500">{t("journal.publishedAt")}</dt>
                  <dd className="tabular-nums">{formatDateTime(publication.publishedAt)}</dd>
                </div>
                <div>
                  <dt className="text-slate-500">{t("journal.digest")}</dt>
                  <dd className="break-all font-mono text-xs">{publication.digest}</dd>
                </div>
                <div>
                  <dt className="text-slate-500">{t("journal.entriesCovered")}</dt>
                  <dd className="tabular-nums">{formatQuantity(publication.entries, locale, undefined, 0)}</dd>
                </div>
              </dl>
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
        </section>
      </div>
    </>
  );
}
