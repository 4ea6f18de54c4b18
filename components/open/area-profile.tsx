import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { FiguresAsOf } from "@/components/open/figures-as-of";
import { ProjectsSection, RecipientsSection, StagesSection } from "@/components/open/open-tables";
import { PageHeader } from "@/components/page-header";
import { firstParams } from "@/lib/http/search-params";
import { getT } from "@/lib/i18n/server";
import { ZPage } from "@/lib/pagination";
import { publicArea, type TArea } from "@/lib/public/area-profile";
import { areaView } from "@/lib/public/open-view";

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
  return (
    <>
      <PageHeader title={v.title} intro={v.intro} />
      <FiguresAsOf asOf={a.figuresAsOf} locale={locale} />
      {v.ministryHref ? (
        <p className="mb-4 text-sm">
          <Link href={v.ministryHref} className="text-brand-700 hover:underline">
            {t("open.area.ministryLink")}
          </Link>
        </p>
      ) : null}
      <StagesSection id="stages" title={t("open.area.stagesTitle")} rows={v.stages} rowTestId="stage-row" isTopBold>
        <p className="mt-2 text-sm text-slate-600">{t("open.home.downChainNote")}</p>
      </StagesSection>
      <ProjectsSection
        title={t("open.area.projects")}
        rows={v.projects.rows}
        pagination={{ page: v.projects.page, pages: v.projects.pages, total: v.projects.total, params: {}, basePath, fragment: "projects" }}
        className="mb-8"
      />
      <RecipientsSection rows={v.recipients} className="mb-8" />
    </>
  );
}

type TAreaRouteProps<P extends string> = { params: Promise<Record<P, string>>; searchParams: Promise<{ page?: string }> };

/**
 * A profile route's two exports for one kind of area, its key read from the route's `param` (`/open/regions/[code]`):
 * `const route = areaRoute("region", "code", "/open/regions"); export const generateMetadata = route.generateMetadata;
 * export default route.Page;`. An unknown or malformed key is a 404.
 */
export function areaRoute<P extends string>(kind: TArea["kind"], param: P, basePath: string) {
  const request = async ({ params, searchParams }: TAreaRouteProps<P>) => {
    const key = (await params)[param];
    return { area: { kind, key }, page: ZPage.parse(firstParams(await searchParams).page), basePath: `${basePath}/${encodeURIComponent(key)}` };
  };
  return {
    generateMetadata: async (props: TAreaRouteProps<P>): Promise<Metadata> => {
      const { area, page } = await request(props);
      return { title: await areaTitle(area, page) };
    },
    Page: async (props: TAreaRouteProps<P>) => <AreaProfile {...await request(props)} />,
  };
}
