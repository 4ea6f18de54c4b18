import type { Metadata } from "next";
import { localizedName } from "@/lib/i18n";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { FiguresAsOf } from "@/components/open/figures-as-of";
import { INDENT, ProfileName, StagesSection } from "@/components/open/open-tables";
import { PageHeader } from "@/components/page-header";
import { TableSection } from "@/components/table-section";
import { TitledSection } from "@/components/titled-section";
import { parseId } from "@/lib/http/parse-id";
import { formatMonth } from "@/lib/dates";
import { firstParams } from "@/lib/http/search-params";
import { getT } from "@/lib/i18n/server";
import { ZPage } from "@/lib/pagination";
import { projectView, type TProjectView } from "@/lib/public/open-view";
import { publicProject } from "@/lib/public/project-profile";

// Metadata and page read the same profile once per request.
const readProject = cache((projectId: number, itemsPage: number) => publicProject({ projectId, itemsPage }));

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> };

async function load({ params, searchParams }: Props) {
  const projectId = parseId((await params).id);
  if (projectId === null) notFound();
  const project = await readProject(projectId, ZPage.parse(firstParams(await searchParams).page));
  if (!project) notFound();
  return project;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const projectId = parseId((await params).id);
  const { t, locale } = await getT();
  const project = projectId === null ? null : await readProject(projectId, ZPage.parse(firstParams(await searchParams).page));
  return { title: project ? localizedName(locale, project.project) : t("open.notFoundTitle") };
}

/** The timeline's columns after the month: the stages money reaches, in their order. */
const TIMELINE_STAGES = ["allocated", "firstTier", "downChain", "wagesTaxes", "released", "returned"] as const;

/** Contractor → subcontractors → suppliers, indented by tier; a person is named only as "an individual". */
async function ContractTree({ rows }: { rows: TProjectView["contracts"] }) {
  const { t, locale } = await getT();
  const c = (key: string) => t(`open.project.columns.${key}` as never);
  return (
    <TableSection
      id="tree"
      title={t("open.project.tree")}
      className="mb-8"
      table={{
        locale,
        rows,
        rowKey: (r) => r.id,
        empty: t("open.project.emptyTree"),
        rowTestId: "contract-row",
        columns: [
          {
            key: "contractor",
            header: c("contractor"),
            className: "min-w-56",
            cell: (r) => (
              <div className={INDENT[Math.min(r.depth, 4)]}>
                {r.depth > 0 ? <span aria-hidden>↳ </span> : null}
                <ProfileName name={r.contractor} href={r.href} unlinkedClassName="italic" />
                {r.isFinalSupplier ? <span className="text-xs text-slate-500"> · {c("finalSupplier")}</span> : null}
                {r.bin ? <div className="text-xs text-slate-500 tabular-nums">{r.bin}</div> : null}
              </div>
            ),
          },
          { key: "contract", header: c("contract"), nowrap: true, cell: (r) => r.number },
          { key: "value", header: c("value"), numeric: true, cell: (r) => r.value },
          { key: "paid", header: c("paid"), numeric: true, cell: (r) => r.paid },
        ],
      }}
    />
  );
}

export default async function OpenProjectPage(props: Props) {
  const { t, locale } = await getT();
  const project = await load(props);
  const v = projectView(project, locale);
  const c = (key: string) => t(`open.project.columns.${key}` as never);
  const basePath = `/open/projects/${(await props.params).id}`;
  return (
    <>
      <PageHeader title={v.title} intro={v.intro} />
      <FiguresAsOf asOf={project.figuresAsOf} locale={locale} />
      <StagesSection id="figures" title={t("open.project.figures")} rows={v.figures} />
      <TitledSection id="colours" title={t("open.project.colours")} className="mb-8">
        <div className="space-y-3">
          {v.colours.map((k) => (
            <article key={k.id} className="card p-4 text-sm">
              <h3 className="font-medium">
                {k.line} · {k.status} · {k.minted}
              </h3>
              <p className="mb-2 text-slate-600">{k.lineName}</p>
              <ul className="list-disc space-y-1 pl-5">
                {k.rules.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </article>
          ))}
        </div>
      </TitledSection>
      <TableSection
        id="items"
        title={t("open.project.items")}
        description={t("open.project.itemsNote")}
        className="mb-8"
        table={{
          locale,
          rows: v.items.rows,
          rowKey: (r) => r.id,
          empty: t("open.project.emptyItems"),
          pagination: { page: v.items.page, pages: v.items.pages, total: v.items.total, params: {}, basePath, fragment: "items" },
          columns: [
            { key: "code", header: c("code"), nowrap: true, className: "font-mono text-xs", cell: (r) => r.code },
            { key: "item", header: c("item"), className: "min-w-48", cell: (r) => r.name },
            { key: "quantity", header: c("quantity"), numeric: true, cell: (r) => r.quantity },
            { key: "estimate", header: c("estimate"), numeric: true, cell: (r) => r.estimate },
            { key: "contracted", header: c("contracted"), numeric: true, cell: (r) => r.contracted },
            { key: "paid", header: c("paid"), numeric: true, cell: (r) => r.paid },
          ],
        }}
      />
      <ContractTree rows={v.contracts} />
      <TableSection
        id="timeline"
        title={t("open.project.timeline")}
        className="mb-8"
        table={{
          locale,
          rows: v.timeline,
          rowKey: (r) => r.month,
          empty: t("open.project.emptyTimeline"),
          columns: [
            { key: "month", header: c("month"), date: true, cell: (r) => formatMonth(r.month, locale) },
            ...TIMELINE_STAGES.map((stage) => ({ key: stage, header: t(`open.stages.${stage}`), numeric: true, cell: (r: TProjectView["timeline"][number]) => r[stage] })),
          ],
        }}
      />
      <p className="text-sm">
        <Link href="/open" className="text-brand-700 hover:underline">
          {t("open.backHome")}
        </Link>
      </p>
    </>
  );
}
