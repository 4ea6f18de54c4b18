import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { Picker } from "@/components/picker";
import { PickerResults } from "@/components/picker-results";
import { requireRole } from "@/lib/auth";
import { getCompanyContract } from "@/lib/contracts/company-contracts";
import { almatyDay, formatDate } from "@/lib/dates";
import { localizedName } from "@/lib/i18n";
import { getT, pageTitle } from "@/lib/i18n/server";
import { formatTiyn, tiynToDecimalString } from "@/lib/money";
import { searchSubcontractorChoices, subcontractorPreview } from "@/lib/pickers/contractor-picker";
import { formatQuantityMilli } from "@/lib/rules/amounts";
import { formatQuantityMilli as formatQuantity } from "@/lib/quantity";
import { SubcontractForm } from "./subcontract-form";
import { PICK_QUERY_MAX } from "../../../../../picker-route";
import { orNotFound, routeId } from "../../../../../route-helpers";

export const generateMetadata = pageTitle("company.contract.newSubcontract");

type TSearch = { bin?: string; find?: string };

/**
 * A subcontract carved out of the contractor's own contract. The subcontractor is chosen, not typed (decision 0238,
 * as the official's contract form, decision 0228): a search (type-ahead, or the results step without JavaScript),
 * then a preview of the chosen company; the terms follow. Twelve digits typed into the search choose that BIN
 * directly, so a known BIN still works without JavaScript.
 */
export default async function NewSubcontractPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<TSearch> }) {
  const actor = await requireRole("contractor");
  const { t, locale } = await getT();
  const id = routeId((await params).id);
  const sp = await searchParams;
  const view = await orNotFound(getCompanyContract({ actor, contractId: id }));
  // Only the contract's own holder subcontracts it.
  if (!view.isHolder || view.contract.status !== "active") notFound();
  const { contract } = view;
  const find = (typeof sp.find === "string" ? sp.find : "").trim().slice(0, PICK_QUERY_MAX);
  const typedBin = find.replace(/\s+/g, "");
  const bin = /^\d{12}$/.test(sp.bin ?? "") ? sp.bin! : /^\d{12}$/.test(typedBin) ? typedBin : "";
  const preview = bin ? await subcontractorPreview({ actor, bin, locale }) : null;
  const found = !preview && find && !bin ? await searchSubcontractorChoices({ actor, q: find, locale }) : null;
  const action = `/company/contracts/${contract.id}/subcontracts/new`;
  return (
    <>
      <Link href={`/company/contracts/${contract.id}`} className="mb-4 inline-block text-sm text-brand-700 hover:underline">
        ← {t("company.contract.title", { number: contract.number })}
      </Link>
      <PageHeader title={t("company.subcontract.title", { number: contract.number })} intro={t("company.subcontract.intro", { remaining: formatTiyn(view.remainingForSubcontractsTiyn) })} />
      <section aria-labelledby="subcontractor-title" className="card mb-6 p-5">
        <h2 id="subcontractor-title" className="mb-3 text-lg font-semibold">
          {t("pickers.subcontractor.title")}
        </h2>
        {preview ? (
          <div data-testid="subcontractor-preview">
            <p className="mb-2 text-sm text-slate-700">{t("pickers.subcontractor.previewTitle")}</p>
            <dl className="divide-y divide-slate-100">
              {(
                [
                  [t("pickers.contractor.name"), preview.name],
                  [t("pickers.contractor.bin"), <span key="bin" className="tabular-nums">{preview.bin}</span>],
                  [t("pickers.contractor.region"), preview.region ?? t("pickers.contractor.noRegion")],
                  [t("pickers.contractor.status"), preview.isDebarred ? <strong key="status" className="text-red-700">{t("pickers.subcontractor.debarred", { date: formatDate(preview.debarredOn) })}</strong> : t("pickers.contractor.clear")],
                ] as const
              ).map(([label, value]) => (
                <div key={label} className="grid grid-cols-3 gap-3 py-1">
                  <dt className="text-sm text-slate-600">{label}</dt>
                  <dd className="col-span-2 text-sm text-slate-900">{value}</dd>
                </div>
              ))}
            </dl>
            <Link href={action} className="mt-3 inline-block text-sm text-brand-700 hover:underline">
              {t("pickers.subcontractor.change")}
            </Link>
          </div>
        ) : (
          <>
            {bin ? (
              <p role="alert" className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
                {t("pickers.subcontractor.unknown", { bin })}
              </p>
            ) : null}
            <p className="mb-3 text-sm text-slate-600">{t("pickers.subcontractor.chooseFirst")}</p>
            <Picker
              endpoint="/pickers/contractors"
              action={action}
              name="find"
              query={find}
              chooseParam="bin"
              label={t("pickers.subcontractor.find")}
              hint={t("pickers.subcontractor.hint")}
              placeholder={t("pickers.subcontractor.placeholder")}
              submitLabel={t("common.search")}
            />
            {found ? <PickerResults q={find} options={found} action={action} chooseParam="bin" t={t} /> : null}
          </>
        )}
      </section>
      {preview ? (
        <SubcontractForm
          parentId={contract.id}
          bin={preview.bin}
          today={almatyDay(new Date())}
          items={view.items.map((i) => ({
            id: i.estimateItemId,
            code: i.estimateItem.code,
            name: localizedName(locale, i.estimateItem),
            unit: i.estimateItem.unit,
            quantity: formatQuantity(i.quantityMilli, locale, i.estimateItem.unit),
            held: formatQuantity(i.subcontractedMilli, locale, i.estimateItem.unit),
            // What the other subcontracts leave free is the most this one can take: the form starts from it.
            free: formatQuantityMilli(i.quantityMilli > i.subcontractedMilli ? i.quantityMilli - i.subcontractedMilli : 0n),
            ceiling: formatTiyn(i.ceilingUnitPriceTiyn),
            ceilingPlain: tiynToDecimalString(i.ceilingUnitPriceTiyn),
          }))}
        />
      ) : null}
    </>
  );
}
