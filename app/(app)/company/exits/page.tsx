import crypto from "node:crypto";
import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { requireRole } from "@/lib/auth";
import { exitOptions } from "@/lib/contractors/company-exits";
import { getT } from "@/lib/i18n/server";
import { formatTiyn, percent } from "@/lib/money";
import { ExitForm } from "./exit-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("company.exits.title") };
}

export default async function CompanyExitsPage() {
  const actor = await requireRole("contractor");
  const { t } = await getT();
  const options = await exitOptions({ actor });
  return (
    <>
      <PageHeader title={t("company.exits.title")} intro={t("company.exits.intro")} />
      <div className="card mb-6 overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm" aria-label={t("company.exits.title")}>
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              {(["colour", "kind"] as const).map((c) => (
                <th key={c} scope="col" className="px-3 py-2 text-left font-medium">
                  {t(`company.exits.columns.${c}`)}
                </th>
              ))}
              {(["received", "share", "limit", "paid", "left", "balance"] as const).map((c) => (
                <th key={c} scope="col" className="px-3 py-2 text-right font-medium">
                  {t(`company.exits.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {options.length === 0 ? (
              <tr>
                <td colSpan={8} className="px-3 py-8 text-center text-slate-500">
                  {t("company.exits.none")}
                </td>
              </tr>
            ) : (
              options.flatMap((o) =>
                (["wages", "taxes"] as const).map((kind, i) => {
                  const e = o[kind];
                  return (
                    <tr key={`${o.colourId}-${kind}`}>
                      {i === 0 ? (
                        <td rowSpan={2} className="px-3 py-2 align-top font-medium">
                          {t("company.colour", { id: o.colourId })}
                          <div className="text-xs font-normal text-slate-500">{o.projectName}</div>
                        </td>
                      ) : null}
                      <td className="px-3 py-2">{t(`company.exits.kinds.${kind}`)}</td>
                      {i === 0 ? (
                        <td rowSpan={2} className="num px-3 py-2 align-top">
                          {formatTiyn(o.receivedTiyn)}
                        </td>
                      ) : null}
                      <td className="num px-3 py-2">{e.allowed ? percent(BigInt(e.maxShareBp), 10000n) : t("company.exits.notAllowed")}</td>
                      <td className="num px-3 py-2">{e.allowed ? formatTiyn(e.limitTiyn) : "—"}</td>
                      <td className="num px-3 py-2">{formatTiyn(e.exitedTiyn)}</td>
                      <td className="num px-3 py-2 font-semibold">{e.allowed ? formatTiyn(e.leftTiyn) : "—"}</td>
                      {i === 0 ? (
                        <td rowSpan={2} className="num px-3 py-2 align-top">
                          {formatTiyn(o.balanceTiyn)}
                        </td>
                      ) : null}
                    </tr>
                  );
                }),
              )
            )}
          </tbody>
        </table>
      </div>
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
