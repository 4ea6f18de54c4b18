import Link from "next/link";
import type { TDataColumn } from "@/components/data-table";
import { TableSection } from "@/components/table-section";
import { TextLink } from "@/components/text-link";
import { TitledSection } from "@/components/titled-section";
import { LocalText } from "@/components/local-name";
import { CASE_ITEM_TYPES } from "@/lib/cases/case-items";
import type { TCasePageView } from "@/lib/cases/case-view";
import type { TLocale, TTranslate } from "@/lib/i18n";
import { AttachForm, DetachButton, FreezeForm } from "./case-forms";
import { Picker } from "@/components/picker";
import { PickerResults } from "@/components/picker-results";
import type { TPickOption } from "@/lib/pickers/pick-option";

type TView = TCasePageView;

function ItemCell({ item: i, t }: { item: TView["items"][number]; t: TTranslate }) {
  return (
    <>
      <span className="text-xs uppercase text-slate-500">{i.typeLabel}</span> {i.local ? <LocalText {...i.local} /> : i.label}
      {i.flagKind}
      {i.detail ? (
        <div className="text-xs text-slate-500">
          <LocalText {...i.detail} />
        </div>
      ) : null}
      {i.traces ? (
        <div className="flex gap-3 text-xs">
          <TextLink href={i.traces.forward}>{t("trace.forward")}</TextLink>
          <TextLink href={i.traces.backward}>{t("trace.backward")}</TextLink>
        </div>
      ) : i.flagHref ? (
        <TextLink href={i.flagHref} className="text-xs">
          {t("cases.openFlag")}
        </TextLink>
      ) : null}
    </>
  );
}

export function CaseEvidence({ view, t, locale, attach }: { view: TView; t: TTranslate; locale: TLocale; attach: React.ReactNode }) {
  const columns: TDataColumn<TView["items"][number]>[] = [
    { key: "item", header: t("cases.columns.item"), className: "min-w-48", cell: (i) => <ItemCell item={i} t={t} /> },
    { key: "note", header: t("cases.columns.note"), className: "text-slate-700", cell: (i) => i.note },
    { key: "amount", header: t("cases.columns.amount"), numeric: true, cell: (i) => i.amount },
    {
      key: "actions",
      header: <span className="sr-only">{t("cases.columns.actions")}</span>,
      align: "right",
      sticky: "right",
      cell: (i) => <DetachButton caseId={view.id} itemType={i.type} itemId={i.id} label={i.label} />,
    },
  ];
  return (
    <TableSection
      id="evidence-title"
      title={t("cases.evidence")}
      table={{ locale, rows: view.items, rowKey: (i) => i.key, empty: t("cases.noEvidence"), columns }}
    >
      <div className="card mt-3 p-4">{attach}</div>
    </TableSection>
  );
}

/**
 * How evidence is added (decision 0228): search payments, invoices and companies (type-ahead, or the results step
 * without JavaScript), choose one, add a note, attach. Colours, projects and flags by kind and number, folded away.
 */
export function EvidenceAttach({ caseId, q, found, chosen, t }: { caseId: number; q: string; found: TPickOption[] | null; chosen: { type: string; id: string; label: string } | null; t: TTranslate }) {
  const path = `/cases/${caseId}`;
  if (chosen)
    return (
      <>
        <AttachForm caseId={caseId} types={CASE_ITEM_TYPES} chosen={chosen} />
        <Link href={path} className="mt-2 inline-block text-sm text-brand-700 hover:underline">
          {t("pickers.evidence.change")}
        </Link>
      </>
    );
  return (
    <div className="space-y-3">
      <Picker endpoint="/pickers/evidence" action={path} name="find" query={q} chooseParam="pick" label={t("pickers.evidence.find")} hint={t("pickers.evidence.hint")} placeholder={t("pickers.evidence.placeholder")} submitLabel={t("common.search")} />
      {found ? <PickerResults q={q} options={found} action={path} chooseParam="pick" t={t} /> : null}
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700">{t("pickers.evidence.byNumber")}</summary>
        <div className="mt-2">
          <AttachForm caseId={caseId} types={CASE_ITEM_TYPES} />
        </div>
      </details>
    </div>
  );
}

export function CaseFreeze({ view, t }: { view: TView; t: TTranslate }) {
  return (
    <section aria-labelledby="freeze-title" className="card space-y-3 p-4">
      <h2 id="freeze-title" className="text-lg font-semibold text-slate-900">
        {t("cases.freeze.title")}
      </h2>
      <p className="text-sm text-slate-600">{t("cases.freeze.intro")}</p>
      {view.colours.length === 0 ? (
        <p className="text-sm text-slate-500">{t("cases.freeze.noColours")}</p>
      ) : (
        <>
          <ul className="space-y-1 text-sm">
            {view.colours.map((col) => (
              <li key={col.id}>
                {col.label} —{" "}
                {col.isFrozen ? <strong className="text-sky-900">{col.state}</strong> : col.state}
              </li>
            ))}
            {view.frozenAccounts.map((a) => (
              <li key={a.key} className="text-sky-900">
                {a.text}
              </li>
            ))}
          </ul>
          <FreezeForm caseId={view.id} colours={view.colours.map((col) => ({ id: col.id, label: col.label, isFrozen: col.isFrozen }))} companies={view.companies} />
        </>
      )}
    </section>
  );
}

export function CaseHistory({ view, t }: { view: TView; t: TTranslate }) {
  return (
    <TitledSection id="history-title" title={t("cases.history")}>
      <ol className="card divide-y divide-slate-100 text-sm">
        {view.events.map((e) => (
          <li key={e.key} className="px-4 py-2">
            <div className="text-xs text-slate-500">{e.meta}</div>
            <div className="whitespace-pre-line text-slate-800">{e.text}</div>
          </li>
        ))}
      </ol>
    </TitledSection>
  );
}
