"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { authorize } from "@/lib/auth";
import { companyFailure, companyFieldErrors, type TCompanyFormState } from "@/lib/company/form-state";
import { saveInvoice, updateDraftInvoice } from "@/lib/company/save-invoice";
// Calendar days go to DATE columns as UTC midnight of that day (as the seed writes them).
const calendarDay = (day: string) => new Date(`${day}T00:00:00Z`);
import { getT } from "@/lib/i18n/server";
import { RuleRefusal } from "@/lib/ledger/refusal";
import { parseTenge } from "@/lib/money";
import { parseQuantity } from "@/lib/projects/parse-estimate-csv";
import { describeViolation } from "@/lib/i18n/rule-present";
import { zId } from "@/lib/http/parse-id";
import { parseId } from "@/lib/http/parse-id";
import { zDay } from "@/lib/text-field";

export type TInvoiceFormState = TCompanyFormState & { lineReasons?: Record<number, string[]> };

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
export async function saveInvoiceAction(_prev: TInvoiceFormState, form: FormData): Promise<TInvoiceFormState> {
  const { t, locale } = await getT();
  const items = form.getAll("item").map(String);
  const quantities = form.getAll("quantity").map(String);
  const prices = form.getAll("price").map(String);
  const values: Record<string, string> = {
    contractId: String(form.get("contractId") ?? ""),
    number: String(form.get("number") ?? ""),
    kind: String(form.get("kind") ?? ""),
    issuedOn: String(form.get("issuedOn") ?? ""),
  };
  let target: string;
  try {
    const actor = await authorize("contractor");
    const parsed = ZInvoiceForm.safeParse({
      ...values,
      submissionKey: String(form.get("submissionKey") ?? ""),
      intent: form.get("intent") === "draft" ? "draft" : "submit",
      lines: items.map((item, i) => ({ item, quantity: quantities[i] ?? "", price: prices[i] ?? "" })),
    });
    if (!parsed.success) return { ok: false, message: t("errors.fixFields"), fieldErrors: companyFieldErrors(parsed.error, locale), values };
    const input = parsed.data;
    const draftRaw = form.get("draftId") ?? "";
    const draftId = draftRaw === "" ? 0 : (parseId(draftRaw) ?? -1);
    const lines = input.lines.map((l) => ({ estimateItemId: l.item, quantityMilli: l.quantity, unitPriceTiyn: l.price }));
    const invoice = draftId !== 0
      ? await updateDraftInvoice({ actor, invoiceId: draftId, input: { number: input.number, kind: input.kind, issuedOn: calendarDay(input.issuedOn), intent: input.intent, lines } })
      : await saveInvoice({
      actor,
      input: {
        contractId: input.contractId,
        number: input.number,
        kind: input.kind,
        issuedOn: calendarDay(input.issuedOn),
        submissionKey: input.submissionKey,
        intent: input.intent,
        lines,
      },
    });
    target = `/company/invoices/${invoice.id}`;
  } catch (error) {
    const state: TInvoiceFormState = companyFailure(error, locale, values, "saveInvoiceAction");
    if (error instanceof RuleRefusal) {
      const lineReasons: Record<number, string[]> = {};
      for (const v of error.violations) if (v.line !== undefined) (lineReasons[v.line] ??= []).push(describeViolation(v, locale));
      state.lineReasons = lineReasons;
    }
    return state;
  }
  redirect(target);
}
