import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DataTable } from "@/components/data-table";
import { RecipientsTable } from "@/components/open/recipients-table";
import { PageHeader } from "@/components/page-header";
import { getT } from "@/lib/i18n/server";
import { figuresAsOfText } from "@/lib/public/aggregate-cache";
import { publicArea, type TArea } from "@/lib/public/area-profile";
import { areaView } from "@/lib/public/open-view";

const INDENT = ["", "pl-6", "pl-10", "pl-14"];

// Metadata and page read the same profile once per request.
const readArea = cache((kind: TArea["kind"], key: string, page: number) => publicArea({ kind, key }, { page }));

/** The title of a region's, ministry's or budget line's profile, or "not found". */
export async function areaTitle(area: TArea, page: number) {
  const { t, locale } = await getT();
  const a = await readArea(area.kind, area.key, page);
  return a ? areaView(a, locale).title : t("open.notFoundTitle");
}

/**
 * A region's, ministry's or budget line's public profile (issue 16): stages that add up (decision 0136), its
 * projects one page at a time, its largest recipients with persons grouped (decision 0137). Unknown → 404.
 */
export async function AreaProfile({ area, page, basePath }: { area: TArea; page: number; basePath: string }) {
  const { t, locale } = await getT();
  const a = await readArea(area.kind, area.key, page);
  if (!a) notFound();
  const v = areaView(a, locale);
  const c = (key: string) => t(`open.home.columns.${key}` as never);
  return (
    <>
      <PageHeader title={v.title} intro={v.intro} />
      <p className="mb-4 text-sm text-slate-600" data-testid="figures-as-of">
        {figuresAsOfText(a.figuresAsOf, locale)}
      </p>
      {v.ministryHref ? (
        <p className="mb-4 text-sm">
          <Link href={v.ministryHref} className="text-brand-700 hover:underline">
            {t("open.area.ministryLink")}
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="stages" className="mb-8">
        <h2 id="stages" className="mb-2 text-lg font-semibold">
          {t("open.area.stagesTitle")}
        </h2>
        <DataTable
          locale={locale}
          labelledBy="stages"
          rows={v.stages}
          rowKey={(r) => r.key}
          empty={null}
          rowTestId="stage-row"
          columns={[
            { key: "stage", header: c("stage"), cell: (r) => <span className={`${INDENT[r.level]} ${r.level <= 1 ? "font-medium" : ""}`}>{r.label}</span> },
            { key: "amount", header: c("amount"), numeric: true, cell: (r) => r.amount },
            { key: "share", header: c("share"), numeric: true, cell: (r) => r.share },
          ]}
        />
        <p className="mt-2 text-sm text-slate-600">{t("open.home.downChainNote")}</p>
      </section>
      <section aria-labelledby="projects" className="mb-8">
        <h2 id="projects" className="mb-2 text-lg font-semibold">
          {t("open.area.projects")}
        </h2>
        <DataTable
          locale={locale}
          labelledBy="projects"
          rows={v.projects.rows}
          rowKey={(r) => r.key}
          empty={t("open.home.empty")}
          pagination={{ page: v.projects.page, pages: v.projects.pages, total: v.projects.total, params: {}, basePath, fragment: "projects" }}
          columns={[
            {
              key: "project",
              header: c("project"),
              className: "min-w-48",
              cell: (r) => (
                <>
                  <Link href={r.href} className="font-medium text-brand-700 hover:underline">
                    {r.name}
                  </Link>
                  <div className="text-xs text-slate-500">{r.region}</div>
                </>
              ),
            },
            { key: "allocated", header: t("open.stages.allocated"), numeric: true, cell: (r) => r.allocated },
            { key: "paid", header: t("open.stages.firstTier"), numeric: true, cell: (r) => r.paid },
          ]}
        />
      </section>
      <RecipientsTable rows={v.recipients} className="mb-8" />
    </>
  );
}
