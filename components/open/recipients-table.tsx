import { ProfileName } from "@/components/open/open-tables";
import { TableSection } from "@/components/table-section";
import { getT } from "@/lib/i18n/server";
import type { TRecipientRow } from "@/lib/public/open-view";

/** The largest recipients of the overview and of a region's, ministry's or budget line's profile (decision 0137). */
export async function RecipientsTable({ rows, className }: { rows: TRecipientRow[]; className?: string }) {
  const { t, locale } = await getT();
  const c = (key: string) => t(`open.home.columns.${key}` as never);
  return (
    <TableSection
      id="recipients"
      title={t("open.home.largestRecipients")}
      className={className}
      table={{
        locale,
        rows,
        rowKey: (r) => r.key,
        empty: t("open.home.empty"),
        columns: [
          { key: "recipient", header: c("recipient"), className: "min-w-48", cell: (r) => <ProfileName name={r.name} href={r.href} unlinkedClassName="italic" /> },
          { key: "bin", header: c("bin"), nowrap: true, className: "tabular-nums", cell: (r) => r.bin },
          { key: "received", header: c("received"), numeric: true, cell: (r) => r.received },
        ],
      }}
    />
  );
}
