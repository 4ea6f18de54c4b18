import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { getT } from "@/lib/i18n/server";
import type { TRecipientRow } from "@/lib/public/open-view";

/** The largest recipients of the overview and of a region's, ministry's or budget line's profile (decision 0137). */
export async function RecipientsTable({ rows, className }: { rows: TRecipientRow[]; className?: string }) {
  const { t, locale } = await getT();
  const c = (key: string) => t(`open.home.columns.${key}` as never);
  return (
    <section aria-labelledby="recipients" className={className}>
      <h2 id="recipients" className="mb-2 text-lg font-semibold">
        {t("open.home.largestRecipients")}
      </h2>
      <DataTable
        locale={locale}
        labelledBy="recipients"
        rows={rows}
        rowKey={(r) => r.key}
        empty={t("open.home.empty")}
        columns={[
          {
            key: "recipient",
            header: c("recipient"),
            className: "min-w-48",
            cell: (r) =>
              r.href ? (
                <Link href={r.href} className="font-medium text-brand-700 hover:underline">
                  {r.name}
                </Link>
              ) : (
                <span className="italic">{r.name}</span>
              ),
          },
          { key: "bin", header: c("bin"), nowrap: true, className: "tabular-nums", cell: (r) => r.bin },
          { key: "received", header: c("received"), numeric: true, cell: (r) => r.received },
        ]}
      />
    </section>
  );
}
