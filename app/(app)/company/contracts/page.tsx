import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { EmptyRow, FilterSelect, SearchBar } from "@/components/search-bar";
import { SortHeader } from "@/components/sort-header";
import { requireRole } from "@/lib/auth";
import { COMPANY_CONTRACT_SORTS, listCompanyContracts } from "@/lib/company/list-company-contracts";
import { formatDate } from "@/lib/dates";
import { localizedName } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import { formatTiyn } from "@/lib/money";
import { parseSort, ZPage } from "@/lib/pagination";
import { firstParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("company.contracts.title") };
}

const STATUSES = ["active", "completed", "terminated"] as const;
const ZSide = z.enum(["holder", "payer"]).optional().catch(undefined);
const ZStatus = z.enum(STATUSES).optional().catch(undefined);

export default async function CompanyContractsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireRole("contractor");
  const { t, locale } = await getT();
  const sp = firstParams(await searchParams);
  const side = ZSide.parse(sp.side || undefined);
  const status = ZStatus.parse(sp.status || undefined);
  const page = ZPage.parse(sp.page);
  const sort = parseSort(sp.sort, COMPANY_CONTRACT_SORTS, "-signed");
  const list = await listCompanyContracts({ actor, q: sp.q, side, status, sort: sort.column, direction: sort.direction, page });
  const params = { q: sp.q, side, status, sort: sort.raw };
  const basePath = "/company/contracts";
  const header = (column: (typeof COMPANY_CONTRACT_SORTS)[number], label: string, align: "left" | "right" = "left") => (
    <SortHeader label={label} column={column} sort={sort.raw} params={params} basePath={basePath} align={align} sortLabel={t("common.sortBy", { column: label })} />
  );
  const th = (label: string, align: "left" | "right" = "left") => (
    <th scope="col" className={`px-3 py-2 font-medium ${align === "right" ? "text-right" : "text-left"}`}>
      {label}
    </th>
  );
  return (
    <>
      <PageHeader title={t("company.contracts.title")} intro={t("company.contracts.intro")} />
      <SearchBar className="mb-4" label={t("company.contracts.searchLabel")} placeholder={t("company.contracts.searchPlaceholder")} query={sp.q} submitLabel={t("common.search")} keep={{ sort: sp.sort }}>
        <FilterSelect name="side" label={t("company.contracts.sideFilter")} value={side ?? ""}>
          <option value="">{t("company.contracts.allSides")}</option>
          {(["holder", "payer"] as const).map((s) => (
            <option key={s} value={s}>
              {t(`company.contracts.sides.${s}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect name="status" label={t("company.contracts.statusFilter")} value={status ?? ""}>
          <option value="">{t("company.contracts.allStatuses")}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`company.contractStatus.${s}`)}
            </option>
          ))}
        </FilterSelect>
      </SearchBar>
      <div className="card overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm" aria-label={t("company.contracts.title")}>
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              {header("number", t("company.contracts.columns.number"))}
              {th(t("company.contracts.columns.project"))}
              {th(t("company.contracts.columns.side"))}
              {th(t("company.contracts.columns.counterparty"))}
              {header("signed", t("company.contracts.columns.signed"))}
              {header("value", t("company.contracts.columns.value"), "right")}
              {th(t("company.contracts.columns.billed"), "right")}
              {th(t("company.contracts.columns.paid"), "right")}
              {header("status", t("company.contracts.columns.status"))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {list.rows.length === 0 ? (
              <EmptyRow colSpan={9} message={t("company.contracts.empty")} />
            ) : (
              list.rows.map((c) => (
                <tr key={c.id}>
                  <td className="px-3 py-2">
                    <Link href={`/company/contracts/${c.id}`} className="font-medium text-brand-700 hover:underline">
                      {c.number}
                    </Link>
                    <div className="text-xs text-slate-500">{t(`company.contractKinds.${c.kind}`)}</div>
                  </td>
                  <td className="px-3 py-2">
                    {c.project.name}
                    <div className="text-xs text-slate-500">
                      {t("company.colour", { id: c.colour.id })}, {formatDate(c.colour.expiresAt)}
                      {c.colour.isFrozen ? <span className="ml-2 rounded bg-red-100 px-1.5 text-xs text-red-800">{t("company.contracts.frozen")}</span> : null}
                    </div>
                  </td>
                  <td className="px-3 py-2">{t(`company.contracts.sides.${c.side}`)}</td>
                  <td className="px-3 py-2">
                    {c.counterparty.kind === "project"
                      ? t("company.history.projectAccount", { ministry: localizedName(locale, c.counterparty.name, c.counterparty.nameRu) })
                      : localizedName(locale, c.counterparty.name, c.counterparty.nameRu)}
                    {c.counterparty.bin ? <div className="font-mono text-xs text-slate-500">{c.counterparty.bin}</div> : null}
                  </td>
                  <td className="px-3 py-2 tabular-nums">{formatDate(c.signedOn)}</td>
                  <td className="num px-3 py-2">{formatTiyn(c.valueTiyn)}</td>
                  <td className="num px-3 py-2">{formatTiyn(c.billedTiyn)}</td>
                  <td className="num px-3 py-2">{formatTiyn(c.paidTiyn)}</td>
                  <td className="px-3 py-2">{t(`company.contractStatus.${c.status}`)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <Pagination locale={locale} page={list.page} pages={list.pages} total={list.total} params={params} basePath={basePath} />
    </>
  );
}
