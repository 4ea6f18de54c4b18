import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { CompanyChoice } from "@/components/company-choice";
import { requireRole } from "@/lib/auth";
import { getCompanyContract } from "@/lib/contracts/company-contracts";
import { almatyDay } from "@/lib/dates";
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
      <PageHeader
        back={{ href: `/company/contracts/${contract.id}`, label: t("company.contract.title", { number: contract.number }) }}
        title={t("company.subcontract.title", { number: contract.number })}
        intro={t("company.subcontract.intro", { remaining: formatTiyn(view.remainingForSubcontractsTiyn) })}
      />
      <CompanyChoice kind="subcontractor" preview={preview} bin={bin} find={find} found={found} action={action} changeHref={action} t={t} />
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
