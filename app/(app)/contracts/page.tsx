import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { EmptyRow, FilterSelect, SearchBar } from "@/components/search-bar";
import { SortHeader } from "@/components/sort-header";
import { requireRole } from "@/lib/auth";
import { CONTRACT_SORTS, listContracts } from "@/lib/contracts/list-contracts";
import { formatDate } from "@/lib/dates";
import { localizedName } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import { formatTiyn } from "@/lib/money";
import { parseSort, ZPage } from "@/lib/pagination";
import { firstParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("contracts.title") };
}

const STATUSES = ["active", "completed", "terminated"] as const;

type Search = { kind?: string; q?: string; status?: string; sort?: string; page?: string };

export default async function ContractsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireRole("official");
  const { t, locale } = await getT();
  const sp = firstParams(await searchParams);
  const kind = sp.kind === "sub" ? "sub" : "general";
  const status = STATUSES.find((s) => s === sp.status);
  const sort = parseSort(sp.sort, CONTRACT_SORTS, "-signed");
  const page = ZPage.parse(sp.page);
  const contracts = await listContracts({ actor, kind, q: sp.q, status, page, sort });
  const params = { kind: kind === "sub" ? "sub" : undefined, q: sp.q, status, sort: sort.raw };
  const basePath = "/contracts";
  const header = (label: string, column: string, align?: "right") => (
    <SortHeader label={label} column={column} sort={sort.raw} params={params} basePath={basePath} sortLabel={t("common.sortBy", { column: label })} align={align} />
  );
  const th = (label: string, align: "left" | "right" = "left") => (
    <th scope="col" className={`px-3 py-2 font-medium ${align === "right" ? "text-right" : "text-left"}`}>
      {label}
    </th>
  );
  const company = (c: { id: number; name: string; nameRu: string | null; bin: string | null }) => (
    <>
      <Link href={`/contractors/${c.id}`} className="text-brand-700 hover:underline">
        {localizedName(locale, c.name, c.nameRu)}
      </Link>
      <div className="font-mono text-xs text-slate-500">{c.bin}</div>
    </>
  );
  return (
    <>
      <PageHeader
        title={t("contracts.title")}
        intro={kind === "sub" ? t("contracts.subIntro") : t("contracts.intro")}
        actions={
          <Link href="/contracts/new" className="btn-primary">
            {t("contracts.newContract")}
          </Link>
        }
      />
      <nav aria-label={t("contracts.title")} className="mb-4 flex gap-1 border-b border-slate-200">
        {(["general", "sub"] as const).map((k) => (
          <Link
            key={k}
            href={k === "sub" ? "/contracts?kind=sub" : "/contracts"}
            aria-current={kind === k ? "page" : undefined}
            className={`-mb-px border-b-2 px-4 py-2 text-sm font-medium ${kind === k ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
          >
            {t(`contracts.tabs.${k}`)}
          </Link>
        ))}
      </nav>
      <SearchBar className="mb-4" label={t("contracts.searchLabel")} placeholder={t("contracts.searchPlaceholder")} query={sp.q} submitLabel={t("common.search")} keep={{ sort: sort.raw, kind: params.kind }}>
        <FilterSelect name="status" label={t("contracts.statusFilter")} value={status ?? ""}>
          <option value="">{t("contracts.allStatuses")}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`contracts.status.${s}`)}
            </option>
          ))}
        </FilterSelect>
      </SearchBar>
      <div className="card overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-slate-600">
            {kind === "general" ? (
              <tr>
                {header(t("contracts.columns.number"), "number")}
                {th(t("contracts.columns.project"))}
                {th(t("contracts.columns.contractor"))}
                {header(t("contracts.columns.signed"), "signed")}
                {header(t("contracts.columns.value"), "value", "right")}
                {th(t("contracts.columns.billed"), "right")}
                {th(t("contracts.columns.paid"), "right")}
                {th(t("contracts.columns.status"))}
              </tr>
            ) : (
              <tr>
                {header(t("contracts.columns.number"), "number")}
                {th(t("contracts.columns.subcontractor"))}
                {th(t("contracts.columns.parent"))}
                {header(t("contracts.columns.value"), "value", "right")}
                {th(t("contracts.columns.items"), "right")}
                {th(t("contracts.columns.billed"), "right")}
                {th(t("contracts.columns.parentRemaining"), "right")}
                {header(t("contracts.columns.signed"), "signed")}
              </tr>
            )}
          </thead>
          <tbody className="divide-y divide-slate-100">
            {contracts.rows.length === 0 ? (
              <EmptyRow colSpan={8} message={kind === "sub" ? t("contracts.subEmpty") : t("contracts.empty")} />
            ) : kind === "general" ? (
              contracts.rows.map((c) => (
                <tr key={c.id} className={c.contractor.isDebarred ? "bg-red-50/50" : ""}>
                  <td className="px-3 py-2">
                    <Link href={`/contracts/${c.id}`} className="font-medium text-brand-700 hover:underline">
                      {c.number}
                    </Link>
                  </td>
                  <td className="max-w-64 px-3 py-2">{c.project.name}</td>
                  <td className="px-3 py-2">{company(c.contractor)}</td>
                  <td className="px-3 py-2 tabular-nums">{formatDate(c.signedOn)}</td>
                  <td className="num px-3 py-2">{formatTiyn(c.valueTiyn)}</td>
                  <td className="num px-3 py-2">{formatTiyn(c.billedTiyn)}</td>
                  <td className="num px-3 py-2">{formatTiyn(c.paidTiyn)}</td>
                  <td className="px-3 py-2">{t(`contracts.status.${c.status}`)}</td>
                </tr>
              ))
            ) : (
              contracts.rows.map((c) => (
                <tr key={c.id} className={c.contractor.isDebarred ? "bg-red-50/50" : ""}>
                  <td className="px-3 py-2">
                    <Link href={`/contracts/${c.id}`} className="font-medium text-brand-700 hover:underline">
                      {c.number}
                    </Link>
                    {c.isFinalSupplier ? <div className="text-xs text-slate-500">{t("contracts.finalSupplier")}</div> : null}
                  </td>
                  <td className="px-3 py-2">{company(c.contractor)}</td>
                  <td className="px-3 py-2">
                    {c.parent ? (
                      <>
                        <Link href={`/contracts/${c.parent.id}`} className="text-brand-700 hover:underline">
                          {c.parent.number}
                        </Link>
                        <div className="text-xs text-slate-500">{localizedName(locale, c.parent.contractor.name, c.parent.contractor.nameRu)}</div>
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className="num px-3 py-2">{formatTiyn(c.valueTiyn)}</td>
                  <td className="num px-3 py-2">{c._count.items}</td>
                  <td className="num px-3 py-2">{formatTiyn(c.billedTiyn)}</td>
                  <td className={`num px-3 py-2 ${c.parentRemainingTiyn != null && c.parentRemainingTiyn < 0n ? "text-red-700" : ""}`}>{c.parentRemainingTiyn == null ? "—" : formatTiyn(c.parentRemainingTiyn)}</td>
                  <td className="px-3 py-2 tabular-nums">{formatDate(c.signedOn)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <Pagination locale={locale} page={contracts.page} pages={contracts.pages} total={contracts.total} params={params} basePath={basePath} />
    </>
  );
}
