import type { ReactNode } from "react";
import { PageHeader } from "@/components/page-header";
import { TabLinks } from "@/components/tab-links";
import { EntityLinks } from "@/components/entity-links";
import { projectForReader } from "@/lib/allocations/allocation-options";
import { entityLinks } from "@/lib/investigate/entity-links";
import { requireRole } from "@/lib/auth";
import { formatDate } from "@/lib/dates";
import { localizedName, nameIn } from "@/lib/i18n";
import { LocalName } from "@/components/local-name";
import { getT } from "@/lib/i18n/server";
import { regionName } from "@/lib/kz/regions";
import { entityLinkLabels, orNotFound, READERS, routeId } from "../../route-helpers";

export default async function ProjectLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const actor = await requireRole(...READERS);
  const { t, locale } = await getT();
  const id = routeId((await params).id);
  const project = await orNotFound(projectForReader(actor, id));
  const links = await entityLinks({ actor, ref: { kind: "project", id: project.id }, locale });
  const base = `/projects/${project.id}`;
  const facts = [
    localizedName(locale, project.ministry),
    regionName(project.region, locale),
    project.address,
    project.startsOn || project.endsOn ? `${formatDate(project.startsOn)} – ${formatDate(project.endsOn)}` : null,
    t("project.estimateVersion", { version: project.estimateVersion }),
  ].filter(Boolean);
  return (
    <>
      <PageHeader
        back={{ href: "/projects", label: t("project.backToList") }}
        title={<LocalName value={nameIn(locale, project)} t={t} />}
        intro={facts.join(" · ")}
        action={actor.role === "official" ? { href: `${base}/allocate`, label: t("project.allocate") } : undefined}
      />
      <EntityLinks view={links} labels={entityLinkLabels(t)} />
      <TabLinks
        label={t("project.sections")}
        items={[
          { href: base, label: t("project.tabs.overview") },
          { href: `${base}/estimate`, label: t("project.tabs.estimate") },
          { href: `${base}/payments`, label: t("project.tabs.payments") },
          { href: `${base}/documents`, label: t("project.tabs.documents") },
        ]}
      />
      {children}
    </>
  );
}
