import Link from "next/link";
import { PageHeader, StatusPill } from "@/components/page-header";
import { requireRole } from "@/lib/auth";
import { casePageView } from "@/lib/cases/case-view";
import { CASE_STATUSES, listInvestigators } from "@/lib/cases/manage-case";
import { getT, pageTitle } from "@/lib/i18n/server";
import { orNotFound, routeId } from "../../route-helpers";
import { AssignForm, NoteForm, StatusForm } from "./case-forms";
import { CaseEvidence, CaseFreeze, CaseHistory, EvidenceAttach } from "./case-parts";
import { parseCaseItemRef, resolveCaseItems } from "@/lib/cases/case-items";
import { describeCaseItem } from "@/lib/cases/describe-item";
import { firstParams } from "@/lib/http/search-params";
import { searchEvidenceChoices } from "@/lib/pickers/evidence-picker";
import { PICK_QUERY_MAX } from "../../picker-route";

export const generateMetadata = pageTitle("cases.title");

export default async function CasePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ find?: string; pick?: string }> }) {
  const actor = await requireRole("investigator");
  const { t, locale } = await getT();
  const id = routeId((await params).id);
  const view = await orNotFound(casePageView({ actor, caseId: id, locale }));
  const investigators = await listInvestigators(actor);
  // Evidence chosen by search (decision 0228): `find` is the search, `pick` the chosen item (`company:3`).
  const sp = firstParams(await searchParams);
  const ref = parseCaseItemRef(sp.pick);
  // Only payments have 64-bit numbers; any other id past PostgreSQL's integer is no record (and no query).
  const pick = ref && (ref.type === "transfer" || Number(ref.id) <= 2_147_483_647) ? ref : null;
  const picked = pick ? (await resolveCaseItems([pick]))[0] : undefined;
  const chosen = pick && picked ? { type: pick.type, id: pick.id, label: describeCaseItem(picked, t) } : null;
  const find = (sp.find ?? "").trim().slice(0, PICK_QUERY_MAX);
  const found = !chosen && find ? await searchEvidenceChoices({ actor, q: find, locale }) : null;
  return (
    <>
      <PageHeader
        back={{ href: "/cases", label: t("cases.backToList") }}
        title={view.title}
        intro={view.intro}
        actions={
          <div className="flex items-center gap-3">
            <StatusPill>{t(`cases.status.${view.status}`)}</StatusPill>
            <span className="text-sm text-slate-700">{view.assignee}</span>
            <a className="btn-primary" href={`/cases/${view.id}/evidence`} download>
              {t("cases.evidencePack")}
            </a>
            <Link className="btn-secondary" href={`/cases/${view.id}/report`}>
              {t("investigate.report.link")}
            </Link>
          </div>
        }
      />
      {view.summary ? <p className="mb-6 max-w-3xl whitespace-pre-line text-sm text-slate-700">{view.summary}</p> : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <CaseEvidence view={view} t={t} locale={locale} attach={<EvidenceAttach caseId={view.id} q={find} found={found} chosen={chosen} t={t} />} />
          <CaseFreeze view={view} t={t} />
        </div>

        <div className="space-y-6">
          <section className="card space-y-3 p-4" aria-label={t("cases.changeStatus")}>
            <StatusForm caseId={view.id} current={view.status} statuses={CASE_STATUSES} />
          </section>
          <section className="card space-y-3 p-4" aria-label={t("caseAssign.title")}>
            <AssignForm caseId={view.id} current={view.assigneeId} investigators={investigators} />
          </section>
          <section className="card space-y-3 p-4" aria-label={t("cases.addNote")}>
            <NoteForm caseId={view.id} />
          </section>
          <CaseHistory view={view} t={t} />
        </div>
      </div>
    </>
  );
}
