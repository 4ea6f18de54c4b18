"use server";

import { revalidatePath } from "next/cache";
import { attachAct } from "@/lib/invoices/act-documents";
import { approveIncomingInvoice, rejectIncomingInvoice } from "@/lib/invoices/decide-incoming-invoice";
import { submitDraftInvoice, withdrawInvoice } from "@/lib/invoices/save-invoice";
import { COMPANY_ERRORS, defineAction } from "@/lib/actions/action";
import { parseId } from "@/lib/http/parse-id";
import { kilobytes } from "@/lib/quantity";

// A malformed id reads as no invoice (-1 matches none): "not found", like another company's invoice.
const idOf = (form: FormData) => parseId(form.get("invoiceId")) ?? -1;
const invoicePaths = (invoiceId: number) => [`/company/invoices/${invoiceId}`, "/company/invoices", "/company"];

export const submitDraftAction = defineAction({
  name: "submitDraftAction",
  roles: ["contractor"],
  read: (_values, form) => ({ invoiceId: idOf(form) }),
  run: async ({ actor, input, t }) => {
    const invoice = await submitDraftInvoice({ actor, invoiceId: input.invoiceId });
    return { ok: true, message: t("company.invoice.submitted", { number: invoice.number }) };
  },
  revalidate: (input) => invoicePaths(input.invoiceId),
  errors: COMPANY_ERRORS,
});

export const withdrawInvoiceAction = defineAction({
  name: "withdrawInvoiceAction",
  roles: ["contractor"],
  read: (_values, form) => ({ invoiceId: idOf(form) }),
  run: async ({ actor, input, t }) => {
    const invoice = await withdrawInvoice({ actor, invoiceId: input.invoiceId });
    return { ok: true, message: t("company.invoice.withdrawn", { number: invoice.number }) };
  },
  revalidate: (input) => invoicePaths(input.invoiceId),
  errors: COMPANY_ERRORS,
});

/** The act arrives in the action's body (next.config.mjs allows 12 MB); attachAct checks type by content and size. */
export const uploadActAction = defineAction({
  name: "uploadActAction",
  roles: ["contractor"],
  read: (_values, form) => ({ invoiceId: idOf(form), file: form.get("act") }),
  run: async ({ actor, input: { invoiceId, file }, t }) => {
    if (!(file instanceof File) || file.name === "") return { ok: false, message: t("errors.fixFields"), fieldErrors: { act: t("company.fields.file") } };
    const saved = await attachAct({ actor, invoiceId, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return { ok: true, message: t("company.invoice.actUploaded", { file: saved.fileName, size: t("project.documentList.size", { size: kilobytes(saved.sizeBytes) }) }) };
  },
  revalidate: (input) => invoicePaths(input.invoiceId),
  errors: COMPANY_ERRORS,
});

export const approveIncomingAction = defineAction({
  name: "approveIncomingAction",
  roles: ["contractor"],
  read: (_values, form) => ({ invoiceId: idOf(form), number: String(form.get("number") ?? "") }),
  run: async ({ actor, input, t }) => {
    const outcome = await approveIncomingInvoice({ actor, invoiceId: input.invoiceId });
    return { ok: true, message: t(outcome.status === "paid" ? "company.invoice.paid" : "company.invoice.awaiting", { number: input.number }) };
  },
  revalidate: (input) => invoicePaths(input.invoiceId),
  errors: {
    ...COMPANY_ERRORS,
    // A refused payment may still have changed the invoice (its refusals are recorded): the pages show it.
    onError: (_error, state, { form }) => {
      for (const path of invoicePaths(idOf(form))) revalidatePath(path);
      return state;
    },
  },
});

export const rejectIncomingAction = defineAction({
  name: "rejectIncomingAction",
  roles: ["contractor"],
  values: (form) => ({ reason: String(form.get("reason") ?? "") }),
  read: (values, form) => ({ invoiceId: idOf(form), reason: values.reason ?? "" }),
  run: async ({ actor, input, t }) => {
    const invoice = await rejectIncomingInvoice({ actor, invoiceId: input.invoiceId, reason: input.reason });
    return { ok: true, message: t("company.invoice.rejected", { number: invoice.number }) };
  },
  revalidate: (input) => invoicePaths(input.invoiceId),
  errors: COMPANY_ERRORS,
});
