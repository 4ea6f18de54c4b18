"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failureState, fieldErrorsFrom, type TFormState } from "@/lib/action-state";
import { authorize } from "@/lib/auth";
import { getT } from "@/lib/i18n/server";
import { approveInvoice } from "@/lib/invoices/approve-invoice";
import { rejectInvoice } from "@/lib/invoices/reject-invoice";
import { RuleRefusal } from "@/lib/ledger/refusal";
import { describeViolation } from "@/lib/i18n/rule-present";
import { zText } from "@/lib/text-field";
import { zId } from "@/lib/http/parse-id";
import { parseId } from "@/lib/http/parse-id";

export async function approveInvoiceAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  const { t, locale } = await getT();
  const invoiceId = parseId(form.get("invoiceId")) ?? -1;
  const number = String(form.get("number") ?? "").slice(0, 100);
  try {
    const actor = await authorize("official", "contractor");
    const outcome = await approveInvoice({ actor, invoiceId });
    revalidatePath(`/invoices/${invoiceId}`);
    revalidatePath("/invoices");
    return { ok: true, message: t(outcome.status === "paid" ? "invoices.paid" : "invoices.awaiting", { number }) };
  } catch (error) {
    if (error instanceof RuleRefusal) {
      revalidatePath(`/invoices/${invoiceId}`);
      return { ok: false, message: t("invoices.refusedBecause", { reasons: error.violations.map((v) => describeViolation(v, locale)).join(" ") }) };
    }
    return failureState(error, locale, undefined, "approveInvoiceAction");
  }
}

// The contractor reads the reason: at least a few words (lib/invoices/reject-invoice.ts checks the same floor).
const ZReject = z.object({
  invoiceId: zId(),
  reason: zText({ min: 5, max: 1000 }),
});

export async function rejectInvoiceAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  const { t, locale } = await getT();
  const values = { invoiceId: String(form.get("invoiceId") ?? ""), reason: String(form.get("reason") ?? "") };
  try {
    const actor = await authorize("official", "contractor");
    const parsed = ZReject.safeParse(values);
    if (!parsed.success) return { ok: false, message: t("errors.fixFields"), fieldErrors: fieldErrorsFrom(parsed.error, locale), values };
    const { invoiceId, reason } = parsed.data;
    const invoice = await rejectInvoice({ actor, invoiceId, reason });
    revalidatePath("/invoices");
    revalidatePath(`/invoices/${invoiceId}`);
    return { ok: true, message: t("invoices.rejected", { number: invoice.number }) };
  } catch (error) {
    return failureState(error, locale, values, "rejectInvoiceAction", { REASON_REQUIRED: "reason" });
  }
}
