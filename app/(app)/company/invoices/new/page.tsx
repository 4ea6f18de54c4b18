import crypto from "node:crypto";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { listInvoiceableContracts } from "@/lib/contracts/company-contracts";
import { getCompanyInvoice } from "@/lib/invoices/company-invoices";
import { almatyDay } from "@/lib/dates";
import { pageTitle } from "@/lib/i18n/server";
import { formatTiyn, tiynToDecimalString } from "@/lib/money";
import { formatQuantityMilli } from "@/lib/rules/amounts";
import { unitLabel } from "@/lib/unit-label";
import { formatQuantityMilli as formatQuantity } from "@/lib/quantity";
import { InvoiceForm, type TContractOption, type TDraft } from "./invoice-form";
import { parseId } from "@/lib/http/parse-id";
import { orNotFound, pageRequest } from "../../../route-helpers";

export const generateMetadata = pageTitle("company.newInvoice.title");

export default async function NewCompanyInvoicePage({ searchParams }: { searchParams: Promise<{ contract?: string; draft?: string }> }) {
  const { actor, t, locale, sp } = await pageRequest("contractor", searchParams);
  // ?draft=<id>: the same form, filled with one of the company's own drafts, rewrites that draft.
  const draftView = sp.draft
    ? await orNotFound(getCompanyInvoice({ actor, invoiceId: parseId(sp.draft) ?? -1 }))
    : null;
  if (draftView && (draftView.role !== "issuer" || draftView.invoice.status !== "draft")) notFound();
  const draft: TDraft | null = draftView
    ? {
        id: draftView.invoice.id,
        contractId: draftView.invoice.contractId,
        number: draftView.invoice.number,
        kind: draftView.invoice.kind,
        issuedOn: almatyDay(draftView.invoice.issuedOn),
        lines: draftView.invoice.lines.map((l) => ({ item: String(l.estimateItemId), quantity: formatQuantityMilli(l.quantityMilli), price: tiynToDecimalString(l.unitPriceTiyn) })),
      }
    : null;
  const contracts = (await listInvoiceableContracts({ actor })).filter((c) => !draft || c.id === draft.contractId);
  const options: TContractOption[] = contracts.map((c) => ({
    id: c.id,
    label: `${c.number} · ${c.project.name}`,
    items: c.items.map((i) => ({
      id: i.estimateItemId,
      label: `${i.estimateItem.code} · ${i.estimateItem.name}`,
      unit: unitLabel(i.estimateItem.unit, locale),
      estimated: formatQuantity(i.quantityMilli, locale, i.estimateItem.unit),
      billed: formatQuantity(c.billed.get(i.estimateItemId) ?? 0n, locale, i.estimateItem.unit),
      ceiling: formatTiyn(i.ceilingUnitPriceTiyn),
    })),
  }));
  const preselected = draft?.contractId ?? options.find((o) => String(o.id) === sp.contract)?.id ?? options[0]?.id ?? null;
  return (
    <>
      <PageHeader title={draft ? t("company.newInvoice.editTitle", { number: draft.number }) : t("company.newInvoice.title")} intro={t("company.newInvoice.intro")} />
      {options.length === 0 ? (
        <p className="card p-6 text-sm text-slate-600">{t("company.newInvoice.noContracts")}</p>
      ) : (
        // A new key per render: submitting the same form twice (double click, retry) creates one invoice.
        <InvoiceForm contracts={options} initialContractId={preselected} submissionKey={crypto.randomUUID()} today={almatyDay(new Date())} draft={draft} />
      )}
    </>
  );
}
