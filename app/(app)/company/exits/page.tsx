import crypto from "node:crypto";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { requireRole } from "@/lib/auth";
import { exitOptions } from "@/lib/contractors/company-exits";
import { getT, pageTitle } from "@/lib/i18n/server";
import { formatTiyn, percent } from "@/lib/money";
import { ExitForm } from "./exit-form";

export const generateMetadata = pageTitle("company.exits.title");

export default async function CompanyExitsPage() {
  const actor = await requireRole("contractor");
  const { t, locale } = await getT();
  const options = await exitOptions({ actor });
  // One row per colour and kind of exit; the colour's own figures span its two rows.
  const rows = options.flatMap((o) => (["wages", "taxes"] as const).map((kind, i) => ({ o, kind, e: o[kind], first: i === 0 })));
  return (
    <>
      <PageHeader title={t("company.exits.title")} intro={t("company.exits.intro")} />
      <DataTable
        className="card mb-6"
        label={t("company.exits.title")}
        locale={locale}
        rows={rows}
        rowKey={(r) => `${r.o.colourId}-${r.kind}`}
        empty={t("company.exits.none")}
        stickyFirst={false}
        columns={[
          {
            key: "colour",
            header: t("company.exits.columns.colour"),
            className: "font-medium",
            rowSpan: (r) => (r.first ? 2 : 0),
            cell: (r) => (
              <>
                {t("company.colour", { id: r.o.colourId })}
                <div className="text-xs font-normal text-slate-500">{r.o.projectName}</div>
              </>
            ),
          },
          { key: "kind", header: t("company.exits.columns.kind"), cell: (r) => t(`company.exits.kinds.${r.kind}`) },
          { key: "received", header: t("company.exits.columns.received"), numeric: true, rowSpan: (r) => (r.first ? 2 : 0), cell: (r) => formatTiyn(r.o.receivedTiyn) },
          { key: "share", header: t("company.exits.columns.share"), numeric: true, cell: (r) => (r.e.allowed ? percent(BigInt(r.e.maxShareBp), 10000n) : t("company.exits.notAllowed")) },
          { key: "limit", header: t("company.exits.columns.limit"), numeric: true, cell: (r) => (r.e.allowed ? formatTiyn(r.e.limitTiyn) : "—") },
          { key: "paid", header: t("company.exits.columns.paid"), numeric: true, cell: (r) => formatTiyn(r.e.exitedTiyn) },
          { key: "left", header: t("company.exits.columns.left"), numeric: true, className: "font-semibold", cell: (r) => (r.e.allowed ? formatTiyn(r.e.leftTiyn) : "—") },
          { key: "balance", header: t("company.exits.columns.balance"), numeric: true, rowSpan: (r) => (r.first ? 2 : 0), cell: (r) => formatTiyn(r.o.balanceTiyn) },
        ]}
      />
      {options.length > 0 ? (
        <section className="card max-w-xl p-5" aria-labelledby="exit-form">
          <h2 id="exit-form" className="mb-3 text-lg font-semibold">
            {t("company.exits.formTitle")}
          </h2>
          <ExitForm colours={options.map((o) => ({ id: o.colourId, label: `${t("company.colour", { id: o.colourId })} · ${o.projectName}` }))} requestKey={crypto.randomUUID()} />
        </section>
      ) : null}
    </>
  );
}
