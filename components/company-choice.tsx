import Link from "next/link";
import { Picker } from "@/components/picker";
import { PickerResults } from "@/components/picker-results";
import { formatDate } from "@/lib/dates";
import type { TMessageKey, TTranslate } from "@/lib/i18n";
import type { TContractorPreview, TSubcontractorPreview } from "@/lib/pickers/contractor-picker";
import type { TPickOption } from "@/lib/pickers/pick-option";

// The company a contract is signed with, chosen and not typed (decisions 0228, 0238): the official's new contract
// chooses its contractor, a contractor's new subcontract its subcontractor. Until a company is chosen, a search
// (type-ahead, or the results step without JavaScript); then the preview of the chosen company with a way back.

type TKind = "contractor" | "subcontractor";

const TEXTS = {
  contractor: {
    title: "pickers.contractor.title",
    unknown: "pickers.contractor.unknown",
    chooseFirst: "pickers.contractor.chooseFirst",
    find: "pickers.contractor.find",
    hint: "pickers.contractor.hint",
    placeholder: "pickers.contractor.placeholder",
    previewTitle: "pickers.contractor.previewTitle",
    debarred: "pickers.contractor.debarred",
    change: "pickers.contractor.change",
  },
  subcontractor: {
    title: "pickers.subcontractor.title",
    unknown: "pickers.subcontractor.unknown",
    chooseFirst: "pickers.subcontractor.chooseFirst",
    find: "pickers.subcontractor.find",
    hint: "pickers.subcontractor.hint",
    placeholder: "pickers.subcontractor.placeholder",
    previewTitle: "pickers.subcontractor.previewTitle",
    debarred: "pickers.subcontractor.debarred",
    change: "pickers.subcontractor.change",
  },
} as const satisfies Record<TKind, Record<string, TMessageKey>>;

type TCompanyChoiceProps = {
  kind: TKind;
  /** The chosen company; the official's preview (with its id and director) links to the company's page. */
  preview: TContractorPreview | TSubcontractorPreview | null;
  /** The BIN asked for: when no company has it (no preview), the reader is told. */
  bin: string;
  /** The search typed and what it found (the results step), when nothing is chosen yet. */
  find: string;
  found: TPickOption[] | null;
  /** The page the search and a choice open, with its parameters to keep. */
  action: string;
  keep?: Record<string, string>;
  /** Where "choose another" leads. */
  changeHref: string;
  t: TTranslate;
};

export function CompanyChoice({ kind, preview, bin, find, found, action, keep, changeHref, t }: TCompanyChoiceProps) {
  const texts = TEXTS[kind];
  return (
    <section aria-labelledby={`${kind}-title`} className="card mb-6 p-5">
      <h2 id={`${kind}-title`} className="mb-3 text-lg font-semibold">
        {t(texts.title)}
      </h2>
      {preview ? (
        <CompanyPreview kind={kind} preview={preview} changeHref={changeHref} t={t} />
      ) : (
        <>
          {bin ? (
            <p role="alert" className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
              {t(texts.unknown, { bin })}
            </p>
          ) : null}
          <p className="mb-3 text-sm text-slate-600">{t(texts.chooseFirst)}</p>
          <Picker
            endpoint="/pickers/contractors"
            action={action}
            name="find"
            query={find}
            chooseParam="bin"
            keep={keep}
            label={t(texts.find)}
            hint={t(texts.hint)}
            placeholder={t(texts.placeholder)}
            submitLabel={t("common.search")}
          />
          {found ? <PickerResults q={find} options={found} action={action} keep={keep} chooseParam="bin" t={t} /> : null}
        </>
      )}
    </section>
  );
}

/** The chosen company as it is checked before saving: name, BIN, director (the official's), region, debarment. */
function CompanyPreview({ kind, preview, changeHref, t }: { kind: TKind; preview: TContractorPreview | TSubcontractorPreview; changeHref: string; t: TTranslate }) {
  const texts = TEXTS[kind];
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid grid-cols-3 gap-3 py-1">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="col-span-2 text-sm text-slate-900">{value}</dd>
    </div>
  );
  return (
    <div data-testid={`${kind}-preview`}>
      <p className="mb-2 text-sm text-slate-700">{t(texts.previewTitle)}</p>
      <dl className="divide-y divide-slate-100">
        {row(
          t("pickers.contractor.name"),
          "id" in preview ? (
            <Link href={`/contractors/${preview.id}`} className="text-brand-700 hover:underline">
              {preview.name}
            </Link>
          ) : (
            preview.name
          ),
        )}
        {row(t("pickers.contractor.bin"), <span className="tabular-nums">{preview.bin}</span>)}
        {"director" in preview ? row(t("pickers.contractor.director"), preview.director ?? t("pickers.contractor.noDirector")) : null}
        {row(t("pickers.contractor.region"), preview.region ?? t("pickers.contractor.noRegion"))}
        {row(
          t("pickers.contractor.status"),
          preview.isDebarred ? <strong className="text-red-700">{t(texts.debarred, { date: formatDate(preview.debarredOn) })}</strong> : t("pickers.contractor.clear"),
        )}
      </dl>
      <Link href={changeHref} className="mt-3 inline-block text-sm text-brand-700 hover:underline">
        {t(texts.change)}
      </Link>
    </div>
  );
}
