import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { DataTable } from "@/components/data-table";
import { requireRole } from "@/lib/auth";
import { CASE_ITEM_TYPES } from "@/lib/cases/case-items";
import { getCase } from "@/lib/cases/list-cases";
import { CASE_STATUSES } from "@/lib/cases/manage-case";
import { formatDateTime } from "@/lib/dates";
import { getT } from "@/lib/i18n/server";
import { isFlagKind } from "@/lib/flags/kinds";
import { formatTiyn } from "@/lib/money";
import { traceHref } from "@/lib/trace/subject";
import { orNotFound, routeId } from "../../route-helpers";
import { AttachForm, DetachButton, FreezeForm, NoteForm, StatusForm } from "./case-forms";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("cases.title") };
}

export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("investigator");
  const { t, locale } = await getT();
  const id = routeId((await params).id);
  const c = await orNotFound(getCase({ actor, caseId: id }));
  const traceable = (type: string) => type === "transfer" || type === "company" || type === "colour" || type === "project";
  const describeEvent = (e: (typeof c.events)[number]) => {
    const data = (e.data ?? {}) as Record<string, string | number | null>;
    switch (e.kind) {
      case "open":
        return t("cases.events.open");
      case "note":
        return t("cases.events.note", { text: e.text ?? "" });
      case "status":
        return t("cases.events.status", { from: t(`cases.status.${data.from}` as never), to: t(`cases.status.${data.to}` as never), reason: e.text ?? "" });
      case "attach":
        return t("cases.events.attach", { item: `${t(`cases.itemTypes.${data.type}` as never)} #${data.id}` });
      case "detach":
        return t("cases.events.detach", { item: `${t(`cases.itemTypes.${data.type}` as never)} #${data.id}` });
      case "freeze":
      case "unfreeze":
        return t(`cases.events.${e.kind}`, { what: data.organization ? t("cases.freeze.accountOf", { colour: data.colour ?? "" }) : t("cases.freeze.colourN", { colour: data.colour ?? "" }), reason: e.text ?? "" });
      default:
        return e.kind;
    }
  };
  return (
    <>
      <Link href="/cases" className="mb-4 inline-block text-sm text-brand-700 hover:underline">
        ← {t("cases.backToList")}
      </Link>
      <PageHeader
        title={c.case.title}
        intro={t("cases.openedBy", { id: c.case.id, name: c.createdByName ?? "—", at: formatDateTime(c.case.createdAt) })}
        actions={
          <div className="flex items-center gap-3">
            <span className="rounded-full bg-slate-200 px-3 py-1 text-sm font-medium text-slate-700">{t(`cases.status.${c.case.status}`)}</span>
            <a className="btn-primary" href={`/cases/${c.case.id}/evidence`} download>
              {t("cases.evidencePack")}
            </a>
          </div>
        }
      />
      {c.case.summary ? <p className="mb-6 max-w-3xl whitespace-pre-line text-sm text-slate-700">{c.case.summary}</p> : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <section aria-labelledby="evidence-title">
            <h2 id="evidence-title" className="mb-2 text-lg font-semibold text-slate-900">
              {t("cases.evidence")}
            </h2>
            <DataTable
              locale={locale}
              rows={c.items}
              rowKey={(i) => `${i.type}:${i.id}`}
              empty={t("cases.noEvidence")}
              columns={[
                {
                  key: "item",
                  header: t("cases.columns.item"),
                  className: "min-w-48",
                  cell: (i) => (
                    <>
                      <span className="text-xs uppercase text-slate-500">{t(`cases.itemTypes.${i.type}`)}</span> {i.label}
                      {i.flagKind && isFlagKind(i.flagKind) ? ` · ${t(`flags.kinds.${i.flagKind}.name`)}` : null}
                      {i.detail ? <div className="text-xs text-slate-500">{i.detail}</div> : null}
                      {traceable(i.type) ? (
                        <div className="flex gap-3 text-xs">
                          <Link className="text-brand-700 hover:underline" href={traceHref({ kind: i.type as "transfer", id: Number(i.id) }, "forward")}>
                            {t("trace.forward")}
                          </Link>
                          <Link className="text-brand-700 hover:underline" href={traceHref({ kind: i.type as "transfer", id: Number(i.id) }, "backward")}>
                            {t("trace.backward")}
                          </Link>
                        </div>
                      ) : i.type === "flag" ? (
                        <Link className="text-xs text-brand-700 hover:underline" href={`/flags/${i.id}`}>
                          {t("cases.openFlag")}
                        </Link>
                      ) : null}
                    </>
                  ),
                },
                { key: "note", header: t("cases.columns.note"), className: "text-slate-700", cell: (i) => i.note ?? "" },
                { key: "amount", header: t("cases.columns.amount"), numeric: true, cell: (i) => (i.amountTiyn === null ? "" : formatTiyn(i.amountTiyn)) },
                {
                  key: "actions",
                  header: <span className="sr-only">{t("cases.columns.actions")}</span>,
                  align: "right",
                  sticky: "right",
                  cell: (i) => <DetachButton caseId={c.case.id} itemType={i.type} itemId={i.id} label={i.label} />,
                },
              ]}
            />
            <div className="card mt-3 p-4">
              <AttachForm caseId={c.case.id} types={CASE_ITEM_TYPES} />
            </div>
          </section>

          <section aria-labelledby="freeze-title" className="card space-y-3 p-4">
            <h2 id="freeze-title" className="text-lg font-semibold text-slate-900">
              {t("cases.freeze.title")}
            </h2>
            <p className="text-sm text-slate-600">{t("cases.freeze.intro")}</p>
            {c.colours.length === 0 ? (
              <p className="text-sm text-slate-500">{t("cases.freeze.noColours")}</p>
            ) : (
              <>
                <ul className="space-y-1 text-sm">
                  {c.colours.map((col) => (
                    <li key={col.id}>
                      {t("cases.freeze.colourN", { colour: col.id })} · {col.project.name} —{" "}
                      {col.isFrozen ? <strong className="text-sky-900">{t("cases.freeze.isFrozen", { reason: col.frozenReason ?? "" })}</strong> : t("cases.freeze.isActive")}
                    </li>
                  ))}
                  {c.frozenAccounts.map((a) => (
                    <li key={`${a.colourId}:${a.organizationId}`} className="text-sky-900">
                      {t("cases.freeze.accountFrozen", { name: a.organization?.name ?? "", colour: a.colourId, reason: a.frozenReason ?? "" })}
                    </li>
                  ))}
                </ul>
                <FreezeForm caseId={c.case.id} colours={c.colours.map((col) => ({ id: col.id, label: `${t("cases.freeze.colourN", { colour: col.id })} · ${col.project.name}`, isFrozen: col.isFrozen }))} companies={c.companies} />
              </>
            )}
          </section>
        </div>

        <div className="space-y-6">
          <section className="card space-y-3 p-4" aria-label={t("cases.changeStatus")}>
            <StatusForm caseId={c.case.id} current={c.case.status} statuses={CASE_STATUSES} />
          </section>
          <section className="card space-y-3 p-4" aria-label={t("cases.addNote")}>
            <NoteForm caseId={c.case.id} />
          </section>
          <section aria-labelledby="history-title">
            <h2 id="history-title" className="mb-2 text-lg font-semibold text-slate-900">
              {t("cases.history")}
            </h2>
            <ol className="card divide-y divide-slate-100 text-sm">
              {c.events.map((e) => (
                <li key={String(e.id)} className="px-4 py-2">
                  <div className="text-xs text-slate-500">
                    {formatDateTime(e.at)} · {e.actorName ?? "—"}
                  </div>
                  <div className="whitespace-pre-line text-slate-800">{describeEvent(e)}</div>
                </li>
              ))}
            </ol>
          </section>
        </div>
      </div>
    </>
  );
}
