import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { EmptyRow } from "@/components/search-bar";
import { requireRole } from "@/lib/auth";
import { listRiskRanking, type TRiskRow } from "@/lib/flags/list-flags";
import { localizedName, type TLocale, type TTranslate } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import { regionName } from "@/lib/kz/regions";
import { FlagTabs } from "../flag-tabs";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("flags.risk.title") };
}

function RiskTable({ rows, of, t, locale }: { rows: TRiskRow[]; of: "project" | "company"; t: TTranslate; locale: TLocale }) {
  const title = t(of === "project" ? "flags.risk.projects" : "flags.risk.companies");
  return (
    <section>
      <h2 className="mb-3 text-lg font-semibold text-slate-900">{title}</h2>
      <div className="card overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm" aria-label={title}>
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                {t("flags.columns.name")}
              </th>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                {t("flags.columns.region")}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t("flags.columns.risk")}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t("flags.columns.flags")}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t("flags.columns.high")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.length === 0 ? (
              <EmptyRow colSpan={5} message={t("flags.risk.empty")} />
            ) : (
              rows.map((r) => (
                <tr key={r.id}>
                  <td className="px-3 py-2 font-medium">
                    <Link href={`/flags?${of}=${r.id}`} className="text-brand-700 hover:underline">
                      {localizedName(locale, r.name, r.nameRu)}
                    </Link>
                    {r.bin ? <div className="font-mono text-xs text-slate-500">{r.bin}</div> : null}
                  </td>
                  <td className="px-3 py-2">{r.region ? regionName(r.region, locale) : "—"}</td>
                  <td className="num px-3 py-2 font-semibold">{r.risk}</td>
                  <td className="num px-3 py-2">{r.flags}</td>
                  <td className="num px-3 py-2">{r.high}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export default async function FlagRiskPage() {
  const actor = await requireRole("investigator");
  const { t, locale } = await getT();
  const [projects, companies] = await Promise.all([listRiskRanking({ actor, of: "project" }), listRiskRanking({ actor, of: "company" })]);
  return (
    <>
      <PageHeader title={t("flags.title")} intro={t("flags.risk.intro")} />
      <FlagTabs t={t} />
      <div className="grid gap-8 xl:grid-cols-2">
        <RiskTable rows={projects} of="project" t={t} locale={locale} />
        <RiskTable rows={companies} of="company" t={t} locale={locale} />
      </div>
    </>
  );
}
