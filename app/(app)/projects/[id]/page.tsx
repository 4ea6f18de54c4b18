import { pageTitle } from "@/lib/i18n/server";
import { ZPage } from "@/lib/pagination";
import { projectOverviewView } from "@/lib/projects/project-view";
import { orNotFound, pageRequest, READERS, routeId } from "../../route-helpers";
import { ProjectColours, ProjectContracts, ProjectDocuments, ProjectFigures } from "./overview-parts";
import { RevisionList } from "./revision-list";

export const generateMetadata = pageTitle("project.tabs.overview");

export default async function ProjectOverviewPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ allocated?: string; page?: string }> }) {
  const { actor, t, locale, sp } = await pageRequest(READERS, searchParams);
  const id = routeId((await params).id);
  const view = await orNotFound(projectOverviewView({ actor, projectId: id, contractsPage: ZPage.parse(sp.page), locale }));
  const allocated = view.colours.find((c) => String(c.id) === sp.allocated);
  return (
    <div className="space-y-8">
      {allocated ? (
        <p role="status" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900">
          {t("project.allocated", { id: allocated.id })}
        </p>
      ) : null}
      <ProjectFigures figures={view.figures} t={t} />
      <ProjectColours view={view} projectId={id} t={t} locale={locale} canWrite={actor.role === "official"} />
      <ProjectContracts view={view} projectId={id} t={t} locale={locale} />
      <ProjectDocuments view={view} projectId={id} t={t} locale={locale} />
      <RevisionList locale={locale} revisions={view.revisions} />
    </div>
  );
}
