"use server";

import { revalidatePath } from "next/cache";
import { attachAct } from "@/lib/company/act-documents";
import { authorize } from "@/lib/auth";
import { approveIncomingInvoice, rejectIncomingInvoice } from "@/lib/company/decide-incoming-invoice";
import { companyFailure, type TCompanyFormState } from "@/lib/company/form-state";
import { submitDraftInvoice, withdrawInvoice } from "@/lib/company/save-invoice";
import { getT } from "@/lib/i18n/server";
import { parseId } from "@/lib/http/parse-id";

// A malformed id reads as no invoice (-1 matches none): "not found", like another company's invoice.
const idOf = (form: FormData) => parseId(form.get("invoiceId")) ?? -1;

function refresh(invoiceId: number) {
  revalidatePath(`/company/invoices/${invoiceId}`);
  revalidatePath("/company/invoices");
  revalidatePath("/company");
}

export async function submitDraftAction(_prev: TCompanyFormState, form: FormData): Promise<TCompanyFormState> {
  const { t, locale } = await getT();
  const invoiceId = idOf(form);
  try {
    const actor = await authorize("contractor");
    const invoice = await submitDraftInvoice({ actor, invoiceId });
    refresh(invoiceId);
    return { ok: true, message: t("company.invoice.submitted", { number: invoice.number }) };
  } catch (error) {
    return companyFailure(error, locale, undefined, "submitDraftAction");
  }
}

export async function withdrawInvoiceAction(_prev: TCompanyFormState, form: FormData): Promise<TCompanyFormState> {
  const { t, locale } = await getT();
  const invoiceId = idOf(form);
  try {
    const actor = await authorize("contractor");
    const invoice = await withdrawInvoice({ actor, invoiceId });
    refresh(invoiceId);
    return { ok: true, message: t("company.invoice.withdrawn", { number: invoice.number }) };
  } catch (error) {
    return companyFailure(error, locale, undefined, "withdrawInvoiceAction");
  }
}

/** The act arrives in the action's body (next.config.mjs allows 12 MB); attachAct checks type by content and size. */
export async function uploadActAction(_prev: TCompanyFormState, form: FormData): Promise<TCompanyFormState> {
  const { t, locale } = await getT();
  const invoiceId = idOf(form);
  try {
    const actor = await authorize("contractor");
    const file = form.get("act");
    if (!(file instanceof File) || file.name === "") return { ok: false, message: t("errors.fixFields"), fieldErrors: { act: t("company.fields.file") } };
    const saved = await attachAct({ actor, invoiceId, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    refresh(invoiceId);
    return { ok: true, message: t("company.invoice.actUploaded", { file: saved.fileName, size: t("project.documentList.size", { size: Math.max(1, Math.round(saved.sizeBytes / 1024)) }) }) };
  } catch (error) {
    return companyFailure(error, locale, undefined, "uploadActAction");
  }
}

export async function approveIncomingAction(_prev: TCompanyFormState, form: FormData): Promise<TCompanyFormState> {
  const { t, locale } = await getT();
  const invoiceId = idOf(form);
  const number = String(form.get("number") ?? "");
  try {
    const actor = await authorize("contractor");
    const outcome = await approveIncomingInvoice({ actor, invoiceId });
    refresh(invoiceId);
    return { ok: true, message: t(outcome.status === "paid" ? "company.invoice.paid" : "company.invoice.awaiting", { number }) };
  } catch (error) {
    refresh(invoiceId);
    return companyFailure(error, locale, undefined, "approveIncomingAction");
  }
}

export async function rejectIncomingAction(_prev: TCompanyFormState, form: FormData): Promise<TCompanyFormState> {
  const { t, locale } = await getT();
  const invoiceId = idOf(form);
  const reason = String(form.get("reason") ?? "");
  try {
    const actor = await authorize("contractor");
    const invoice = await rejectIncomingInvoice({ actor, invoiceId, reason });
    refresh(invoiceId);
    return { ok: true, message: t("company.invoice.rejected", { number: invoice.number }) };
  } catch (error) {
    return companyFailure(error, locale, { reason }, "rejectIncomingAction");
  }
}
