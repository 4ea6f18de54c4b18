import Link from "next/link";
import { formatDate } from "@/lib/dates";
import type { TTranslate } from "@/lib/i18n";
import type { TContractorPreview } from "@/lib/pickers/contractor-picker";

/** The chosen contractor as the official checks it before saving: name, BIN, director, region, debarment. */
export function ContractorPreview({ preview, changeHref, t }: { preview: TContractorPreview; changeHref: string; t: TTranslate }) {
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid grid-cols-3 gap-3 py-1">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="col-span-2 text-sm text-slate-900">{value}</dd>
    </div>
  );
  return (
    <div data-testid="contractor-preview">
      <p className="mb-2 text-sm text-slate-700">{t("pickers.contractor.previewTitle")}</p>
      <dl className="divide-y divide-slate-100">
        {row(t("pickers.contractor.name"), <Link href={`/contractors/${preview.id}`} className="text-brand-700 hover:underline">{preview.name}</Link>)}
        {row(t("pickers.contractor.bin"), <span className="tabular-nums">{preview.bin}</span>)}
        {row(t("pickers.contractor.director"), preview.director ?? t("pickers.contractor.noDirector"))}
        {row(t("pickers.contractor.region"), preview.region ?? t("pickers.contractor.noRegion"))}
        {row(
          t("pickers.contractor.status"),
          preview.isDebarred ? <strong className="text-red-700">{t("pickers.contractor.debarred", { date: formatDate(preview.debarredOn) })}</strong> : t("pickers.contractor.clear"),
        )}
      </dl>
      <Link href={changeHref} className="mt-3 inline-block text-sm text-brand-700 hover:underline">
        {t("pickers.contractor.change")}
      </Link>
    </div>
  );
}
