"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import { parseId, zId } from "@/lib/http/parse-id";
import { approveInvoice } from "@/lib/invoices/approve-invoice";
import { rejectInvoice } from "@/lib/invoices/reject-invoice";
import { RuleRefusal } from "@/lib/ledger/refusal";
import { zText } from "@/lib/text-field";

// A malformed id reads as no invoice (-1 matches none): "not found".
const idOf = (form: FormData) => parseId(form.get("invoiceId")) ?? -1;

export const approveInvoiceAction = defineAction({
  name: "approveInvoiceAction",
  roles: ["official", "contractor"],
  read: (_values, form) => ({ invoiceId: idOf(form), number: String(form.get("number") ?? "").slice(0, 100) }),
  run: async ({ actor, input, t }) => {
    const outcome = await approveInvoice({ actor, invoiceId: input.invoiceId });
    return { ok: true, message: t(outcome.status === "paid" ? "invoices.paid" : "invoices.awaiting", { number: input.number }) };
  },
  revalidate: (input) => [`/invoices/${input.invoiceId}`, "/invoices"],
  errors: {
    refused: "invoices.refusedBecause",
    // The refusal is recorded on the invoice: its page shows it.
    onError: (error, state, { form }) => {
      if (error instanceof RuleRefusal) revalidatePath(`/invoices/${idOf(form)}`);
      return state;
    },
  },
});

// The contractor reads the reason: at least a few words (lib/invoices/reject-invoice.ts checks the same floor).
const ZReject = z.object({
  invoiceId: zId(),
  reason: zText({ min: 5, max: 1000 }),
});

export const rejectInvoiceAction = defineAction({
  name: "rejectInvoiceAction",
  roles: ["official", "contractor"],
  values: ["invoiceId", "reason"],
  schema: ZReject,
  run: async ({ actor, input, t }) => {
    const invoice = await rejectInvoice({ actor, invoiceId: input.invoiceId, reason: input.reason });
    return { ok: true, message: t("invoices.rejected", { number: invoice.number }) };
  },
  revalidate: (input) => ["/invoices", `/invoices/${input.invoiceId}`],
  errors: { fields: { REASON_REQUIRED: "reason" } },
});
