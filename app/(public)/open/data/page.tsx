import type { Metadata } from "next";
import { TableSection } from "@/components/table-section";
import { TitledSection } from "@/components/titled-section";
import { formatDateTime } from "@/lib/dates";
import { getT } from "@/lib/i18n/server";
import { openDataView } from "@/lib/ocds/data-page";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("openData.title") };
}

/** The open-data page: bulk files with size and SHA-256, the API's entry points and the publication policy. */
export default async function OpenDataPage() {
  const { t, locale } = await getT();
  const view = await openDataView();
  const link = "text-brand-700 underline hover:no-underline";
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">{t("openData.title")}</h1>
      <p className="text-slate-700">{t("openData.intro")}</p>

      <TableSection
        id="bulk-title"
        title={t("openData.bulkTitle")}
        description={
          <>
            {t("openData.bulkIntro", { count: view.files.length })} {view.generatedAt ? t("openData.generatedAt", { time: formatDateTime(view.generatedAt) }) : null}
          </>
        }
        className="space-y-3"
        table={{
          locale,
          rows: view.files,
          rowKey: (f) => f.name,
          empty: t("openData.noFiles"),
          columns: [
            { key: "file", header: t("openData.file"), nowrap: true, cell: (f) => <a className={link} href={f.href} download>{f.name}</a> },
            { key: "month", header: t("openData.month"), nowrap: true, cell: (f) => f.month },
            { key: "releases", header: t("openData.releases"), numeric: true, cell: (f) => f.releases },
            { key: "size", header: t("openData.size"), numeric: true, cell: (f) => t("openData.sizeBytes", { bytes: f.size }) },
            { key: "sha256", header: t("openData.sha256"), className: "font-mono text-xs break-all", cell: (f) => f.sha256 },
          ],
        }}
      />

      <TitledSection id="api-title" title={t("openData.apiTitle")} className="space-y-3">
        <p className="text-sm text-slate-700">{t("openData.apiIntro", { burst: view.rate.burst, perMinute: view.rate.perMinute })}</p>
        <ul className="list-disc space-y-1 pl-6 text-sm">
          {view.api.map((a) => (
            <li key={a.href}>
              <a className={`${link} break-all font-mono`} href={a.href}>
                {a.label}
              </a>
            </li>
          ))}
        </ul>
      </TitledSection>

      <TitledSection id="policy-title" title={t("openData.policyTitle")} className="space-y-3">
        <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">{t("openData.license")}</dt>
          <dd>
            <a className={link} href={view.policy.license} rel="license">
              {t("openData.licenseName")}
            </a>
          </dd>
          <dt className="font-medium">{t("openData.updates")}</dt>
          <dd>{t("openData.updatesText")}</dd>
          <dt className="font-medium">{t("openData.personalData")}</dt>
          <dd>{t("openData.personalDataText")}</dd>
        </dl>
        <p className="text-sm">
          {t("openData.policyLinks")}{" "}
          <a className={link} href={view.policy.json}>
            {t("openData.formatJson")}
          </a>{" "}
          <a className={link} href={view.policy.markdown}>
            {t("openData.formatMarkdown")}
          </a>
        </p>
      </TitledSection>
    </div>
  );
}
