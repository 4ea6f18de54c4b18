import crypto from "node:crypto";
import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { requireRole } from "@/lib/auth";
import { billedByItem, listInvoiceableContracts } from "@/lib/company/company-contracts";
import { almatyDay } from "@/lib/dates";
import { getT } from "@/lib/i18n/server";
import { formatTiyn } from "@/lib/money";
import { formatQuantityMilli } from "@/lib/rules/amounts";
import { InvoiceForm, type TContractOption } from "./invoice-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("company.newInvoice.title") };
}

export default async function NewCompanyInvoicePage({ searchParams }: { searchParams: Promise<{ contract?: string }> }) {
  const actor = await requireRole("contractor");
  const { t } = await getT();
  const sp = await searchParams;
  const contracts = await listInvoiceableContracts({ actor });
  const options: TContractOption[] = await Promise.all(
    contracts.map(async (c) => {
      const billed = await billedByItem(c.id);
      return {
        id: c.id,
        label: `${c.number} · ${c.project.name}`,
        items: c.items.map((i) => ({
          id: i.estimateItemId,
          label: `${i.estimateItem.code} · ${i.estimateItem.name}`,
          unit: i.estimateItem.unit,
          estimated: `${formatQuantityMilli(i.quantityMilli)} ${i.estimateItem.unit}`,
          billed: `${formatQuantityMilli(billed.get(i.estimateItemId) ?? 0n)} ${i.estimateItem.unit}`,
          ceiling: formatTiyn(i.ceilingUnitPriceTiyn),
        })),
      };
    }),
  );
  const preselected = options.find((o) => String(o.id) === sp.contract)?.id ?? options[0]?.id ?? null;
  return (
    <>
      <PageHeader title={t("company.newInvoice.title")} intro={t("company.newInvoice.intro")} />
      {options.length === 0 ? (
        <p className="card p-6 text-sm text-slate-600">{t("company.newInvoice.noContracts")}</p>
      ) : (
        // A new key per render: submitting the same form twice (double click, retry) creates one invoice.
        <InvoiceForm contracts={options} initialContractId={preselected} submissionKey={crypto.randomUUID()} today={almatyDay(new Date())} />
      )}
    </>
  );
}
