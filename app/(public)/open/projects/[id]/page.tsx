import type { Metadata } from "next";
import { localizedName } from "@/lib/i18n";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { parseId } from "@/lib/http/parse-id";
import { firstParams } from "@/lib/http/search-params";
import { getT } from "@/lib/i18n/server";
import { figuresAsOfText } from "@/lib/public/aggregate-cache";
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

const INDENT = ["", "pl-6", "pl-10", "pl-14", "pl-16"];

/** Contractor → subcontractors → suppliers, indented by tier; a person is named only as "an individual". */
async function ContractTree({ rows }: { rows: TProjectView["contracts"] }) {
  const { t, locale } = await getT();
  const c = (key: string) => t(`open.project.columns.${key}` as never);
  return (
      <section aria-labelledby="tree" className="mb-8">
        <h2 id="tree" className="mb-2 text-lg font-semibold">
          {t("open.project.tree")}
        </h2>
        <DataTable
          locale={locale}
          labelledBy="tree"
          rows={rows}
          rowKey={(r) => r.id}
          empty={t("open.project.emptyTree")}
          rowTestId="contract-row"
          columns={[
            {
              key: "contractor",
              header: c("contractor"),
              className: "min-w-56",
              cell: (r) => (
                <div className={INDENT[Math.min(r.depth, 4)]}>
                  {r.depth > 0 ? <span aria-hidden>↳ </span> : null}
                  {r.href ? (
                    <Link href={r.href} className="font-medium text-brand-700 hover:underline">
                      {r.contractor}
                    </Link>
                  ) : (
                    <span className="italic">{r.contractor}</span>
                  )}
                  {r.isFinalSupplier ? <span className="text-xs text-slate-500"> · {c("finalSupplier")}</span> : null}
                  {r.bin ? <div className="text-xs text-slate-500 tabular-nums">{r.bin}</div> : null}
                </div>
              ),
            },
            { key: "contract", header: c("contract"), nowrap: true, cell: (r) => r.number },
            { key: "value", header: c("value"), numeric: true, cell: (r) => r.value },
            { key: "paid", header: c("paid"), numeric: true, cell: (r) => r.paid },
          ]}
        />
      </section>
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
      <p className="mb-4 text-sm text-slate-600" data-testid="figures-as-of">
        {figuresAsOfText(project.figuresAsOf, locale)}
      </p>
      <section aria-labelledby="figures" className="mb-8">
        <h2 id="figures" className="mb-2 text-lg font-semibold">
          {t("open.project.figures")}
        </h2>
        <DataTable
          locale={locale}
          labelledBy="figures"
          rows={v.figures}
          rowKey={(r) => r.key}
          empty={null}
          columns={[
            { key: "stage", header: t("open.home.columns.stage"), cell: (r) => <span className={INDENT[r.level]}>{r.label}</span> },
            { key: "amount", header: t("open.home.columns.amount"), numeric: true, cell: (r) => r.amount },
            { key: "share", header: t("open.home.columns.share"), numeric: true, cell: (r) => r.share },
          ]}
        />
      </section>
      <section aria-labelledby="colours" className="mb-8">
        <h2 id="colours" className="mb-2 text-lg font-semibold">
          {t("open.project.colours")}
        </h2>
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
      </section>
      <section aria-labelledby="items" className="mb-8">
        <h2 id="items" className="mb-1 text-lg font-semibold">
          {t("open.project.items")}
        </h2>
        <p className="mb-2 text-sm text-slate-600">{t("open.project.itemsNote")}</p>
        <DataTable
          locale={locale}
          labelledBy="items"
          rows={v.items.rows}
          rowKey={(r) => r.id}
          empty={t("open.project.emptyItems")}
          pagination={{ page: v.items.page, pages: v.items.pages, total: v.items.total, params: {}, basePath, fragment: "items" }}
          columns={[
            { key: "code", header: c("code"), nowrap: true, className: "font-mono text-xs", cell: (r) => r.code },
            { key: "item", header: c("item"), className: "min-w-48", cell: (r) => r.name },
            { key: "quantity", header: c("quantity"), numeric: true, cell: (r) => r.quantity },
            { key: "estimate", header: c("estimate"), numeric: true, cell: (r) => r.estimate },
            { key: "contracted", header: c("contracted"), numeric: true, cell: (r) => r.contracted },
            { key: "paid", header: c("paid"), numeric: true, cell: (r) => r.paid },
          ]}
        />
      </section>
      <ContractTree rows={v.contracts} />
      <section aria-labelledby="timeline" className="mb-8">
        <h2 id="timeline" className="mb-2 text-lg font-semibold">
          {t("open.project.timeline")}
        </h2>
        <DataTable
          locale={locale}
          labelledBy="timeline"
          rows={v.timeline}
          rowKey={(r) => r.month}
          empty={t("open.project.emptyTimeline")}
          columns={[
            { key: "month", header: c("month"), nowrap: true, className: "tabular-nums", cell: (r) => r.month },
            { key: "allocated", header: t("open.stages.allocated"), numeric: true, cell: (r) => r.allocated },
            { key: "firstTier", header: t("open.stages.firstTier"), numeric: true, cell: (r) => r.firstTier },
            { key: "downChain", header: t("open.stages.downChain"), numeric: true, cell: (r) => r.downChain },
            { key: "wagesTaxes", header: t("open.stages.wagesTaxes"), numeric: true, cell: (r) => r.wagesTaxes },
            { key: "released", header: t("open.stages.released"), numeric: true, cell: (r) => r.released },
            { key: "returned", header: t("open.stages.returned"), numeric: true, cell: (r) => r.returned },
          ]}
        />
      </section>
      <p className="text-sm">
        <Link href="/open" className="text-brand-700 hover:underline">
          {t("open.backHome")}
        </Link>
      </p>
    </>
  );
}
