import { PageHeader } from "@/components/page-header";
import { SearchBar } from "@/components/search-bar";
import { pageTitle } from "@/lib/i18n/server";
import { parseDepth, parseDirection, parseTraceSubject } from "@/lib/trace/subject";
import { tracePageView } from "@/lib/trace/trace-view";
import { orNotFound, pageRequest } from "../route-helpers";
import { FoundSubjects, TraceChart, TraceControls, TraceDownloads, TraceFlows, TraceTransfers } from "./trace-parts";

export const generateMetadata = pageTitle("trace.title");

type Search = { q?: string; subject?: string; direction?: string; depth?: string };

export default async function TracePage({ searchParams }: { searchParams: Promise<Search> }) {
  const { actor, t, locale, sp } = await pageRequest("investigator", searchParams);
  const subject = parseTraceSubject(sp.subject);
  const direction = parseDirection(sp.direction);
  const depth = parseDepth(sp.depth);
  const { found, trace } = await orNotFound(tracePageView({ actor, q: sp.q, subject, direction, depth, locale }));
  return (
    <>
      <PageHeader title={t("trace.title")} intro={t("trace.intro")} />
      <SearchBar className="mb-4" label={t("trace.searchLabel")} placeholder={t("trace.searchPlaceholder")} query={sp.q} submitLabel={t("common.search")} />
      {found ? <FoundSubjects rows={found} t={t} /> : null}

      {!trace ? (
        found ? null : <p className="card p-6 text-sm text-slate-600">{t("trace.start")}</p>
      ) : (
        <div className="space-y-6">
          <TraceControls view={trace} direction={direction} depth={depth} t={t} />
          {trace.isTruncated ? <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("trace.truncated")}</p> : null}
          <TraceChart view={trace} t={t} />
          <TraceDownloads view={trace} t={t} />
          <TraceFlows view={trace} depth={depth} t={t} locale={locale} />
          <TraceTransfers view={trace} t={t} locale={locale} />
        </div>
      )}
    </>
  );
}
