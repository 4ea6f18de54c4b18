import type { Metadata } from "next";
import { FiguresAsOf } from "@/components/open/figures-as-of";
import { PortalTable, ProfileName, ProjectsSection, RecipientsSection, StagesSection } from "@/components/open/open-tables";
import { RegionMap } from "@/components/open/region-map";
import { PageHeader } from "@/components/page-header";
import { TitledSection } from "@/components/titled-section";
import { getT } from "@/lib/i18n/server";
import { cachedNationalOverview } from "@/lib/public/national-overview";
import { homeView } from "@/lib/public/open-view";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("open.home.title") };
}

type TFigureRow = { key: string; label: string; href?: string; appropriated: string; allocated: string; paid: string };

/** Appropriated, allocated and paid to the first tier per group (ministry, year). */
async function FiguresTable({ first, ...props }: { id: string; title: string; first: string; rows: TFigureRow[] }) {
  const { t } = await getT();
  return (
    <PortalTable
      {...props}
      className="mb-8"
      columns={[
        { key: "label", header: first, cell: (r) => <ProfileName name={r.label} href={r.href} /> },
        { key: "appropriated", header: t("open.stages.appropriated"), numeric: true, cell: (r) => r.appropriated },
        { key: "allocated", header: t("open.stages.allocated"), numeric: true, cell: (r) => r.allocated },
        { key: "paid", header: t("open.stages.firstTier"), numeric: true, cell: (r) => r.paid },
      ]}
    />
  );
}

export default async function OpenHomePage() {
  const { t, locale } = await getT();
  // The national sums are kept and refreshed after postings (decision 0171): the page says as of when.
  const figures = await cachedNationalOverview();
  const v = homeView(figures.value, locale);
  const c = (key: string) => t(`open.home.columns.${key}` as never);
  return (
    <>
      <PageHeader title={t("open.home.title")} intro={t("open.home.intro")} />
      <FiguresAsOf asOf={figures} locale={locale} />
      <StagesSection id="stages" title={t("open.home.stagesTitle")} label={t("open.home.stagesLabel")} rows={v.stages} rowTestId="stage-row" isTopBold>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-600">
          <li>{t("open.home.identityAppropriated")}</li>
          <li>{t("open.home.identityAllocated")}</li>
          <li>{t("open.home.identityFirstTier")}</li>
          <li>{t("open.home.downChainNote")}</li>
        </ul>
      </StagesSection>
      <TitledSection id="regions" title={t("open.home.byRegion")} className="mb-8">
        {v.regions.length === 0 ? (
          <p className="text-sm text-slate-600">{t("open.home.empty")}</p>
        ) : (
          <div className="grid grid-cols-1 gap-4">
            {/* Below 640 px the tiles' words would be too small to read: the ranked list alone carries the figures there. */}
            <div className="hidden sm:block">
              <RegionMap id="region-map" view={v.map} />
            </div>
            <ol aria-label={t("open.home.regionBarsLabel")} className="card space-y-2 p-4">
              {v.regions.map((r) => (
                <li key={r.key} className="grid grid-cols-1 gap-1 text-sm sm:grid-cols-[12rem_1fr_auto] sm:items-center sm:gap-3">
                  <ProfileName name={r.name} href={r.href} />
                  <span className="h-3 rounded bg-slate-100" aria-hidden>
                    <span className="block h-3 rounded bg-brand-600" style={{ width: `${r.width}%` }} />
                  </span>
                  <span className="tabular-nums">
                    {t("open.stages.allocated")}: {r.allocated} · {t("open.stages.firstTier")}: {r.paid}
                  </span>
                </li>
              ))}
            </ol>
          </div>
        )}
      </TitledSection>
      <FiguresTable id="ministries" title={t("open.home.byMinistry")} first={c("ministry")} rows={v.ministries.map((m) => ({ ...m, key: String(m.key), label: m.name }))} />
      <FiguresTable id="years" title={t("open.home.byYear")} first={c("year")} rows={v.years.map((y) => ({ ...y, key: String(y.key), label: y.year }))} />
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-2">
        <ProjectsSection title={t("open.home.largestProjects")} rows={v.projects} />
        <RecipientsSection rows={v.recipients} />
      </div>
    </>
  );
}
