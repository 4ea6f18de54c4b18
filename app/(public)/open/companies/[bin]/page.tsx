import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { FiguresAsOf } from "@/components/open/figures-as-of";
import { DataTable } from "@/components/data-table";
import { ProfileName } from "@/components/open/open-tables";
import { PageHeader } from "@/components/page-header";
import { getT } from "@/lib/i18n/server";
import { publicCompany } from "@/lib/public/company-profile";
import { companyView } from "@/lib/public/open-view";

// Metadata and page read the same profile once per request.
const readCompany = cache((bin: string) => publicCompany({ bin }));

type Props = { params: Promise<{ bin: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t, locale } = await getT();
  const company = await readCompany((await params).bin);
  return { title: company ? companyView(company, locale).title : t("open.notFoundTitle") };
}

export default async function OpenCompanyPage({ params }: Props) {
  const { t, locale } = await getT();
  // An IIN (a person) is not found exactly like an unknown number (decision 0137).
  const company = await readCompany((await params).bin);
  if (!company) notFound();
  const v = companyView(company, locale);
  const side = (id: string, title: string, rows: (typeof v.colours)[number]["from"]) => (
    <div>
      <h4 id={id} className="mb-1 text-sm font-medium">
        {title}
      </h4>
      <DataTable
        locale={locale}
        labelledBy={id}
        rows={rows}
        rowKey={(r) => r.key}
        empty={t("open.home.empty")}
        columns={[
          { key: "who", header: t("open.company.columns.who"), className: "min-w-48", cell: (r) => <ProfileName name={r.name} href={r.href} isQuiet unlinkedClassName="italic" /> },
          { key: "amount", header: t("open.company.columns.amount"), numeric: true, cell: (r) => r.amount },
        ]}
      />
    </div>
  );
  return (
    <>
      <PageHeader title={v.title} intro={v.intro} />
      <FiguresAsOf asOf={company.figuresAsOf} locale={locale} />
      {v.isDebarred ? (
        <p role="note" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("open.company.debarred")}
        </p>
      ) : null}
      <h2 className="mb-2 text-lg font-semibold">{t("open.company.colours")}</h2>
      {v.colours.length === 0 ? <p className="text-sm text-slate-600">{t("open.company.empty")}</p> : null}
      <div className="space-y-6">
        {v.colours.map((k) => (
          <section key={k.id} aria-labelledby={`colour-${k.id}`} className="card p-4">
            <h3 id={`colour-${k.id}`} className="font-medium">
              <Link href={k.href} className="text-brand-700 hover:underline">
                {k.title}
              </Link>
            </h3>
            <p className="mb-3 text-sm text-slate-600">{k.summary}</p>
            <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
              {side(`from-${k.id}`, t("open.company.from"), k.from)}
              {side(`to-${k.id}`, t("open.company.to"), k.to)}
            </div>
          </section>
        ))}
      </div>
    </>
  );
}
