import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { requireRole } from "@/lib/auth";
import { getCompanyContract } from "@/lib/contracts/company-contracts";
import { almatyDay } from "@/lib/dates";
import { getT, pageTitle } from "@/lib/i18n/server";
import { formatTiyn, tiynToDecimalString } from "@/lib/money";
import { formatQuantityMilli } from "@/lib/rules/amounts";
import { formatQuantityMilli as formatQuantity } from "@/lib/quantity";
import { SubcontractForm } from "./subcontract-form";
import { orNotFound, routeId } from "../../../../../route-helpers";

export const generateMetadata = pageTitle("company.contract.newSubcontract");

export default async function NewSubcontractPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("contractor");
  const { t, locale } = await getT();
  const id = routeId((await params).id);
  const view = await orNotFound(getCompanyContract({ actor, contractId: id }));
  // Only the contract's own holder subcontracts it.
  if (!view.isHolder || view.contract.status !== "active") notFound();
  const { contract } = view;
  return (
    <>
      <Link href={`/company/contracts/${contract.id}`} className="mb-4 inline-block text-sm text-brand-700 hover:underline">
        ← {t("company.contract.title", { number: contract.number })}
      </Link>
      <PageHeader title={t("company.subcontract.title", { number: contract.number })} intro={t("company.subcontract.intro", { remaining: formatTiyn(view.remainingForSubcontractsTiyn) })} />
      <SubcontractForm
        parentId={contract.id}
        today={almatyDay(new Date())}
        items={view.items.map((i) => ({
          id: i.estimateItemId,
          code: i.estimateItem.code,
          name: i.estimateItem.name,
          unit: i.estimateItem.unit,
          quantity: formatQuantity(i.quantityMilli, locale, i.estimateItem.unit),
          held: formatQuantity(i.subcontractedMilli, locale, i.estimateItem.unit),
          // What the other subcontracts leave free is the most this one can take: the form starts from it.
          free: formatQuantityMilli(i.quantityMilli > i.subcontractedMilli ? i.quantityMilli - i.subcontractedMilli : 0n),
          ceiling: formatTiyn(i.ceilingUnitPriceTiyn),
          ceilingPlain: tiynToDecimalString(i.ceilingUnitPriceTiyn),
        }))}
      />
    </>
  );
}
