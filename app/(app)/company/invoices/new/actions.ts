"use server";

import { z } from "zod";
import { saveInvoice, updateDraftInvoice } from "@/lib/invoices/save-invoice";
import { COMPANY_ERRORS, defineAction, redirectTo, type TFormAction } from "@/lib/actions/action";
import type { TFormState } from "@/lib/actions/action-state";
import { parseId, zId } from "@/lib/http/parse-id";
import { RuleRefusal } from "@/lib/ledger/refusal";
import { parseTenge } from "@/lib/money";
import { parseQuantity } from "@/lib/projects/parse-estimate-csv";
import { describeViolation } from "@/lib/i18n/rule-present";
import { zDay } from "@/lib/text-field";

// Calendar days go to DATE columns as UTC midnight of that day (as the seed writes them).
const calendarDay = (day: string) => new Date(`${day}T00:00:00Z`);

export type TInvoiceFormState = TFormState & { lineReasons?: Record<number, string[]> };

const ZInvoiceForm = z.object({
  contractId: zId("chooseContract"),
  number: z.string().trim().min(1, "invoiceNumber").max(40, "invoiceNumber"),
  kind: z.enum(["work", "advance"], { message: "invalidChoice" }),
  issuedOn: zDay(),
  submissionKey: z.string().uuid(),
  intent: z.enum(["draft", "submit"]),
  lines: z
    .array(
      z.object({
        item: zId("chooseItem"),
        quantity: z.string().transform((v, ctx) => {
          const q = parseQuantity(v);
          if (!q.ok) {
            ctx.addIssue({ code: "custom", message: "quantity" });
            return z.NEVER;
          }
          return q.milli;
        }),
        price: z.string().transform((v, ctx) => {
          const p = parseTenge(v);
          if (!p.ok || p.tiyn === 0n) {
            ctx.addIssue({ code: "custom", message: "price" });
            return z.NEVER;
          }
          return p.tiyn;
        }),
      }),
    )
    .min(1, "noLines"),
});

/** Saves a draft or submits an invoice; a refusal names the rule, item, limit and attempted value per line. */
export const saveInvoiceAction: TFormAction<TInvoiceFormState> = defineAction({
  name: "saveInvoiceAction",
  roles: ["contractor"],
  values: ["contractId", "number", "kind", "issuedOn"],
  schema: ZInvoiceForm,
  shape: (values, form) => {
    const quantities = form.getAll("quantity").map(String);
    const prices = form.getAll("price").map(String);
    return {
      ...values,
      submissionKey: String(form.get("submissionKey") ?? ""),
      intent: form.get("intent") === "draft" ? "draft" : "submit",
      lines: form.getAll("item").map(String).map((item, i) => ({ item, quantity: quantities[i] ?? "", price: prices[i] ?? "" })),
    };
  },
  run: async ({ actor, input, form }) => {
    const draftRaw = form.get("draftId") ?? "";
    const draftId = draftRaw === "" ? 0 : (parseId(draftRaw) ?? -1);
    const lines = input.lines.map((l) => ({ estimateItemId: l.item, quantityMilli: l.quantity, unitPriceTiyn: l.price }));
    const invoice =
      draftId !== 0
        ? await updateDraftInvoice({ actor, invoiceId: draftId, input: { number: input.number, kind: input.kind, issuedOn: calendarDay(input.issuedOn), intent: input.intent, lines } })
        : await saveInvoice({
            actor,
            input: { contractId: input.contractId, number: input.number, kind: input.kind, issuedOn: calendarDay(input.issuedOn), submissionKey: input.submissionKey, intent: input.intent, lines },
          });
    return redirectTo(`/company/invoices/${invoice.id}`, "invoiceSaved");
  },
  errors: {
    ...COMPANY_ERRORS,
    // Each line of the form shows its own refused rules beside it.
    onError: (error, state, { locale }) => {
      if (!(error instanceof RuleRefusal)) return state;
      const lineReasons: Record<number, string[]> = {};
      for (const v of error.violations) if (v.line !== undefined) (lineReasons[v.line] ??= []).push(describeViolation(v, locale));
      return { ...state, lineReasons };
    },
  },
});
