import Link from "next/link";
import type { ReactNode } from "react";

/**
 * A page's title, its one-line intro and what one does there: `action` is the page's main link (a primary button,
 * "New project"), `download` a file to download (CSV) with its Excel workbook beside it (`excel`, decision 0254),
 * `actions` anything else (a status badge, several buttons). `back`: the way back to the list the page was opened
 * from, above the title ("← All cases").
 */
export function PageHeader({
  title,
  intro,
  actions,
  action,
  download,
  back,
}: {
  title: ReactNode;
  intro?: string;
  actions?: ReactNode;
  action?: { href: string; label: string };
  download?: { href: string; label: string; excel?: { href: string; label: string } };
  back?: { href: string; label: string };
}) {
  const header = (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
        {intro ? <p className="mt-1 max-w-3xl text-sm text-slate-600">{intro}</p> : null}
      </div>
      {action ? (
        <Link href={action.href} className="btn-primary">
          {action.label}
        </Link>
      ) : null}
      {download ? (
        <div className="flex flex-wrap gap-2">
          <a href={download.href} className="btn-secondary" download>
            {download.label}
          </a>
          {download.excel ? (
            <a href={download.excel.href} className="btn-secondary" download>
              {download.excel.label}
            </a>
          ) : null}
        </div>
      ) : null}
      {actions}
    </div>
  );
  if (!back) return header;
  return (
    <>
      <Link href={back.href} className="mb-4 inline-block text-sm text-brand-700 hover:underline">
        ← {back.label}
      </Link>
      {header}
    </>
  );
}

/** A record's state beside its title (an invoice's status, a case's); `tone` "danger" for a debarred company. */
export function StatusPill({ tone = "neutral", children }: { tone?: "neutral" | "danger"; children: ReactNode }) {
  const colours = tone === "danger" ? "bg-red-100 text-red-800" : "bg-slate-200 text-slate-700";
  return <span className={`rounded-full ${colours} px-3 py-1 text-sm font-medium`}>{children}</span>;
}
