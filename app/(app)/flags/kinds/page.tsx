import { PageHeader } from "@/components/page-header";
import { requireRole } from "@/lib/auth";
import { FLAG_KINDS, KIND_SEVERITIES } from "@/lib/flags/kinds";
import { definitionOf, thresholdsOf } from "@/lib/flags/present";
import type { TTranslate } from "@/lib/i18n";
import { getT, pageTitle } from "@/lib/i18n/server";
import { FlagTabs, SeverityBadge } from "../flag-tabs";

export const generateMetadata = pageTitle("flags.kindsPage.title");

export default async function FlagKindsPage() {
  await requireRole("investigator");
  const { t, locale } = await getT();
  return (
    <>
      <PageHeader title={t("flags.title")} intro={t("flags.kindsPage.intro")} />
      <FlagTabs t={t} />
      <ul className="space-y-4">
        {FLAG_KINDS.map((kind) => {
          const thresholds = thresholdsOf(kind, t, locale);
          return (
            <li key={kind} id={kind} className="card p-5">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h2 className="text-base font-semibold text-slate-900">{t(`flags.kinds.${kind}.name`)}</h2>
                <div className="flex items-center gap-1 text-xs text-slate-500">
                  <span className="mr-1">{t("flags.kindsPage.severities")}:</span>
                  {KIND_SEVERITIES[kind].map((s) => (
                    <SeverityBadge key={s} severity={s} label={t(`flags.severity.${s}`)} />
                  ))}
                </div>
              </div>
              <p className="mt-2 max-w-3xl text-sm leading-6 text-slate-700">{definitionOf(kind, t, locale)}</p>
              {thresholds.rows.length ? (
                <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
                  {thresholds.rows.map(([k, v]) => (
                    <div key={k} className="flex gap-1">
                      <dt className="text-slate-500">{t(`flags.thresholds.${thresholds.section}.${k}` as Parameters<TTranslate>[0])}:</dt>
                      <dd className="font-medium tabular-nums">{v}</dd>
                    </div>
                  ))}
                </dl>
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}
