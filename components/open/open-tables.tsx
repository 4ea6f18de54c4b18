import type { ReactNode } from "react";
import type { TDataTablePagination, TDataTableProps } from "@/components/data-table";
import { TableSection } from "@/components/table-section";
import { TextLink } from "@/components/text-link";
import { getT } from "@/lib/i18n/server";
import type { TRecipientRow } from "@/lib/public/open-view";

// The open portal's tables that several pages show (decision 0286): the stages that add up, a page of projects, the
// largest recipients, and the name cell that links to a public profile. Rows come formatted from lib/public/open-view.ts.

/** Indentation of a row by what it makes up (decision 0136). */
export const INDENT = ["", "pl-6", "pl-10", "pl-14", "pl-16"];

/**
 * A name that links to its public profile, or stands unlinked: a person is never named (decision 0137), so the
 * group row of persons reads in italics (`unlinkedClassName="italic"`).
 */
export function ProfileName({ name, href, isQuiet = false, unlinkedClassName }: { name: string; href?: string | null; isQuiet?: boolean; unlinkedClassName?: string }) {
  if (!href) return <span className={unlinkedClassName}>{name}</span>;
  return (
    <TextLink href={href} className={isQuiet ? undefined : "font-medium"}>
      {name}
    </TextLink>
  );
}

/**
 * The portal's titled table: rows keyed by their `key`, the portal's one sentence for "no figures" unless the table
 * says otherwise (`empty`).
 */
export async function PortalTable<R extends { key: string | number }>({
  id,
  title,
  className,
  children,
  ...table
}: Pick<TDataTableProps<R>, "rows" | "columns" | "label" | "rowTestId" | "pagination"> & { id: string; title: string; className?: string; empty?: ReactNode; children?: ReactNode }) {
  const { t, locale } = await getT();
  return (
    <TableSection id={id} title={title} className={className} table={{ locale, rowKey: (r) => r.key, empty: t("open.home.empty"), ...table }}>
      {children}
    </TableSection>
  );
}

type TStageRow = { key: string; label: string; amount: string; share: string; level: number };

/**
 * The stages of the money as rows that add up (the overview, an area's profile, a project's figures). `isTopBold`:
 * the two top levels in bold, where the table starts at the appropriation. `label` names the table when the
 * heading alone would not; `children` stand under it (the notes on what the stages mean).
 */
export async function StagesSection({ isTopBold = false, ...props }: { id: string; title: string; rows: TStageRow[]; label?: string; rowTestId?: string; isTopBold?: boolean; children?: ReactNode }) {
  const { t } = await getT();
  const stage = (r: TStageRow) => (isTopBold && r.level <= 1 ? `${INDENT[r.level]} font-medium` : INDENT[r.level]);
  return (
    <PortalTable
      {...props}
      className="mb-8"
      empty={null}
      columns={[
        { key: "stage", header: t("open.home.columns.stage"), cell: (r) => <span className={stage(r)}>{r.label}</span> },
        { key: "amount", header: t("open.home.columns.amount"), numeric: true, cell: (r) => r.amount },
        { key: "share", header: t("open.home.columns.share"), numeric: true, cell: (r) => r.share },
      ]}
    />
  );
}

type TProjectRow = { key: number; href: string; name: string; region: string; allocated: string; paid: string };

/** Projects with their region, allocated and paid to the first tier (the overview's largest, an area's page of them). */
export async function ProjectsSection(props: { title: string; rows: TProjectRow[]; pagination?: TDataTablePagination; className?: string }) {
  const { t } = await getT();
  const project = (r: TProjectRow) => (
    <>
      <ProfileName name={r.name} href={r.href} />
      <div className="text-xs text-slate-500">{r.region}</div>
    </>
  );
  return (
    <PortalTable
      id="projects"
      {...props}
      columns={[
        { key: "project", header: t("open.home.columns.project"), className: "min-w-48", cell: project },
        { key: "allocated", header: t("open.stages.allocated"), numeric: true, cell: (r) => r.allocated },
        { key: "paid", header: t("open.stages.firstTier"), numeric: true, cell: (r) => r.paid },
      ]}
    />
  );
}

/** The largest recipients of the overview and of a region's, ministry's or budget line's profile (decision 0137). */
export async function RecipientsSection(props: { rows: TRecipientRow[]; className?: string }) {
  const { t } = await getT();
  const c = (key: string) => t(`open.home.columns.${key}` as never);
  return (
    <PortalTable
      id="recipients"
      title={t("open.home.largestRecipients")}
      {...props}
      columns={[
        { key: "recipient", header: c("recipient"), className: "min-w-48", cell: (r) => <ProfileName name={r.name} href={r.href} unlinkedClassName="italic" /> },
        { key: "bin", header: c("bin"), nowrap: true, className: "tabular-nums", cell: (r) => r.bin },
        { key: "received", header: c("received"), numeric: true, cell: (r) => r.received },
      ]}
    />
  );
}
