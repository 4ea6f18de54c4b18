import Link from "next/link";
import type { ReactNode } from "react";
import { DataTable } from "@/components/data-table";
import { PrintButton } from "@/components/print-button";
import { formatDate, formatDateTime } from "@/lib/dates";
import { nameIn } from "@/lib/i18n";
import { LocalName } from "@/components/local-name";
import { pageTitle } from "@/lib/i18n/server";
import { formatTiyn } from "@/lib/money";
import { colourStatement, STATEMENT_MAX_ROWS, type TStatementMovement } from "@/lib/projects/colour-statement";
import { orNotFound, pageRequest, READERS, routeId } from "../../../route-helpers";

export const generateMetadata = pageTitle("lists.statement.link");

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[14rem_1fr] gap-3 border-b border-slate-200 py-1.5">
      <dt className="text-slate-600">{label}</dt>
      <dd className="break-words tabular-nums">{children}</dd>
    </div>
  );
}

/** A colour's statement, print-ready (A4, no app chrome on paper): its project account's movements and balances. */
export default async function ColourStatementPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor, t, locale } = await pageRequest(READERS, searchParams);
  const colourId = routeId((await params).id);
  const { project, colour, statement: s } = await orNotFound(colourStatement({ actor, colourId }));
  const counterparty = (m: TStatementMovement) => {
    const c = m.counterparty;
    if (c.kind === "exit") return t(`project.exits.${c.key.slice("exit:".length)}` as never);
    if (c.kind === "issuance") return t("project.exits.issuance");
    if (c.kind === "project") return <LocalName value={nameIn(locale, project)} t={t} />;
    return c.name ? <LocalName value={nameIn(locale, { ...c, name: c.name })} t={t} /> : c.key;
  };
  const document = (m: TStatementMovement) => (m.documentType === "invoice" && m.invoiceNumber ? t("project.timeline.invoice", { number: m.invoiceNumber }) : t(`project.timeline.documents.${m.documentType}` as never));
  const state = colour.isClosed ? "closed" : colour.isFrozen ? "frozen" : "open";
  return (
    <article className="print-document mx-auto max-w-5xl space-y-6 text-sm text-slate-900">
      <div className="flex items-center justify-between print:hidden">
        <Link href={`/projects/${project.id}`} className="text-brand-700 hover:underline">
          {t("lists.statement.back")}
        </Link>
        <PrintButton label={t("lists.statement.print")} />
      </div>
      <header className="border-b border-slate-300 pb-3">
        <h1 className="text-2xl font-semibold">{t("lists.statement.title", { colour: colour.id })}</h1>
        <p className="text-slate-700">{t("lists.statement.intro", { project: nameIn(locale, project).text })}</p>
      </header>
      <dl>
        <Row label={t("lists.statement.ministry")}>
          <LocalName value={nameIn(locale, project.ministry)} t={t} />
        </Row>
        <Row label={t("lists.statement.budgetLine")}>
          {`${colour.budgetLine.code} / ${colour.budgetLine.specifics} · ${colour.budgetLine.fiscalYear} · `}
          <LocalName value={nameIn(locale, colour.budgetLine)} t={t} />
        </Row>
        <Row label={t("lists.statement.expires")}>{formatDate(colour.expiresAt)}</Row>
        <Row label={t("lists.statement.state")}>{t(`lists.statement.states.${state}`)}</Row>
        <Row label={t("lists.statement.opening")}>{formatTiyn(s.openingTiyn)}</Row>
        <Row label={t("lists.statement.minted")}>{formatTiyn(s.mintedTiyn)}</Row>
        <Row label={t("lists.statement.incoming")}>{formatTiyn(s.incomingTiyn)}</Row>
        <Row label={t("lists.statement.outgoing")}>{formatTiyn(s.outgoingTiyn)}</Row>
        <Row label={t("lists.statement.closing")}>
          <strong>{formatTiyn(s.closingTiyn)}</strong>
        </Row>
        <Row label={t("lists.statement.head")}>
          {s.head ? <span className="font-mono text-xs break-all">{t("lists.statement.headRef", { chain: s.head.chain, seq: s.head.seq, hash: s.head.hash })}</span> : t("lists.statement.headMissing")}
        </Row>
      </dl>
      <p role="status" className={s.isBalanced ? "text-slate-700" : "rounded-md bg-red-50 px-3 py-2 text-red-800"}>
        {s.isBalanced ? t("lists.statement.balanced") : t("lists.statement.unbalanced")} {t("lists.statement.movements", { count: s.movementCount })}
      </p>
      {s.isTruncated ? <p className="rounded-md bg-amber-50 px-3 py-2 text-amber-900">{t("lists.statement.truncated", { max: STATEMENT_MAX_ROWS, total: s.movementCount })}</p> : null}
      <DataTable
        locale={locale}
        label={t("lists.statement.title", { colour: colour.id })}
        rows={s.movements}
        rowKey={(m) => String(m.id)}
        empty={t("lists.statement.empty")}
        columns={[
          { key: "when", header: t("lists.statement.when"), date: true, cell: (m) => formatDateTime(m.createdAt) },
          { key: "kind", header: t("lists.statement.kind"), cell: (m) => t(`investigate.order.kinds.${m.kind as "mint"}`) },
          { key: "counterparty", header: t("lists.statement.counterparty"), className: "min-w-48", cell: counterparty },
          {
            key: "document",
            header: t("lists.statement.document"),
            cell: (m) => (
              <>
                {document(m)}
                <div className="font-mono text-xs text-slate-500">
                  <Link href={`/payments/${String(m.id)}/order`}>#{String(m.id)}</Link>
                </div>
              </>
            ),
          },
          { key: "in", header: t("lists.statement.in"), numeric: true, cell: (m) => (m.inTiyn ? formatTiyn(m.inTiyn) : "") },
          { key: "out", header: t("lists.statement.out"), numeric: true, cell: (m) => (m.outTiyn ? formatTiyn(m.outTiyn) : "") },
          { key: "balance", header: t("lists.statement.balance"), numeric: true, cell: (m) => formatTiyn(m.balanceTiyn) },
        ]}
      />
      <p className="text-xs text-slate-500">{t("lists.statement.prepared", { at: formatDateTime(new Date()) })}</p>
      <p className="pt-8 text-slate-700">{t("lists.statement.signature")}: ____________________</p>
    </article>
  );
}
