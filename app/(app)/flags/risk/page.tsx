import { PageHeader } from "@/components/page-header";
import { DataTable, type TDataColumn } from "@/components/data-table";
import { NameCell } from "@/components/table-cells";
import { requireRole } from "@/lib/auth";
import { listRiskRanking, type TRiskRow } from "@/lib/flags/list-flags";
import { nameIn, type TLocale, type TTranslate } from "@/lib/i18n";
import { LocalName } from "@/components/local-name";
import { getT, pageTitle } from "@/lib/i18n/server";
import { regionName } from "@/lib/kz/regions";
import { FlagTabs } from "../flag-tabs";

export const generateMetadata = pageTitle("flags.risk.title");

function RiskTable({ rows, of, t, locale }: { rows: TRiskRow[]; of: "project" | "company"; t: TTranslate; locale: TLocale }) {
  const title = t(of === "project" ? "flags.risk.projects" : "flags.risk.companies");
  const columns: TDataColumn<TRiskRow>[] = [
    {
      key: "name",
      header: t("flags.columns.name"),
      className: "font-medium min-w-48",
      cell: (r) => (
        <NameCell href={`/flags?${of}=${r.id}`} weight="normal" note={r.bin} isMonoNote>
          <LocalName value={nameIn(locale, r)} t={t} />
        </NameCell>
      ),
    },
    { key: "region", header: t("flags.columns.region"), cell: (r) => (r.region ? regionName(r.region, locale) : "—") },
    { key: "risk", header: t("flags.columns.risk"), numeric: true, className: "font-semibold", cell: (r) => r.risk },
    { key: "flags", header: t("flags.columns.flags"), numeric: true, cell: (r) => r.flags },
    { key: "high", header: t("flags.columns.high"), numeric: true, cell: (r) => r.high },
  ];
  return (
    <section>
      <h2 className="mb-3 text-lg font-semibold text-slate-900">{title}</h2>
      <DataTable locale={locale} label={title} rows={rows} rowKey={(r) => r.id} empty={t("flags.risk.empty")} columns={columns} />
    </section>
  );
}

export default async function FlagRiskPage() {
  const actor = await requireRole("investigator");
  const { t, locale } = await getT();
  const [projects, companies] = await Promise.all([listRiskRanking({ actor, of: "project" }), listRiskRanking({ actor, of: "company" })]);
  return (
    <>
      <PageHeader title={t("flags.title")} intro={t("flags.risk.intro")} />
      <FlagTabs t={t} />
      <div className="grid gap-8 xl:grid-cols-2">
        <RiskTable rows={projects} of="project" t={t} locale={locale} />
        <RiskTable rows={companies} of="company" t={t} locale={locale} />
      </div>
    </>
  );
}
