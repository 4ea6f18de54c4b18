import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { requireRole } from "@/lib/auth";
import { flagPageView } from "@/lib/flags/flag-view";
import { getT, pageTitle } from "@/lib/i18n/server";
import { FlagTabs, SeverityBadge } from "../flag-tabs";
import { FlagEvidence } from "./flag-evidence";
import { Pairs, Relations, Section } from "./flag-parts";
import { ReviewForm } from "./review-form";
import { orNotFound, routeId } from "../../route-helpers";

export const generateMetadata = pageTitle("flags.title");

export default async function FlagPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("investigator");
  const { t, locale } = await getT();
  const id = routeId((await params).id);
  const view = await orNotFound(flagPageView({ actor, flagId: id, locale }));
  const { flag, traces } = view;
  return (
    <>
      <PageHeader
        back={{ href: "/flags", label: t("flags.tabs.queue") }}
        title={t(`flags.kinds.${flag.kind}.name`)}
        intro={t("flags.flagNo", { id: flag.id })}
        actions={<SeverityBadge severity={flag.severity} label={t(`flags.severity.${flag.severity}`)} />}
      />
      <FlagTabs t={t} />
      <Pairs rows={view.summary} />

      <div className="mb-6 flex flex-wrap gap-3">
        {traces.company ? (
          <Link className="btn-secondary" href={traces.company.href}>
            {t("flags.detail.traceCompany", { name: traces.company.name })}
          </Link>
        ) : null}
        <Link className="btn-secondary" href={traces.colour.href}>
          {t("flags.detail.traceColour", { id: traces.colour.id })}
        </Link>
        <Link className="btn-primary" href={`/cases?attach=flag:${flag.id}#open`}>
          {t("flags.detail.openCase")}
        </Link>
      </div>

      <Section title={t("flags.detail.definition")}>
        <p className="max-w-3xl text-sm leading-6 text-slate-800">{view.definition}</p>
      </Section>

      {view.thresholds.length ? (
        <Section title={t("flags.detail.thresholds")}>
          <Pairs rows={view.thresholds} />
        </Section>
      ) : null}

      <Section title={t("flags.detail.measured")}>
        <Pairs rows={view.facts} />
      </Section>

      {view.relations.length ? (
        <Section title={t("flags.detail.relations")}>
          <Relations rows={view.relations} />
        </Section>
      ) : null}

      <Section title={t("flags.detail.evidence")}>
        <FlagEvidence view={view} t={t} locale={locale} />
      </Section>

      {flag.status !== "cleared" ? (
        <Section title={t("flags.review.title")}>
          <div className="max-w-xl">
            <ReviewForm flagId={flag.id} isDismissed={flag.status === "dismissed"} />
          </div>
        </Section>
      ) : null}
    </>
  );
}
