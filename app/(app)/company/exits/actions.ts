"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorize } from "@/lib/auth";
import { payExit } from "@/lib/company/company-exits";
import { companyFailure, companyFieldErrors, type TCompanyFormState } from "@/lib/company/form-state";
import { getT } from "@/lib/i18n/server";
import { formatTiyn, parseTenge } from "@/lib/money";
import { zId } from "@/lib/http/parse-id";

const ZExitForm = z.object({
  colourId: zId(),
  kind: z.enum(["wages", "taxes"], { message: "invalidChoice" }),
  amount: z.string().transform((v, ctx) => {
    const p = parseTenge(v);
    if (!p.ok || p.tiyn === 0n) {
      ctx.addIssue({ code: "custom", message: p.ok || p.reason === "negative" ? "amountPositive" : p.reason === "precision" ? "amountPrecision" : "amount" });
      return z.NEVER;
    }
    return p.tiyn;
  }),
  requestKey: z.string().uuid(),
});

/** A wages or taxes exit; the same request key twice (double click, retry) pays once. */
export async function payExitAction(_prev: TCompanyFormState, form: FormData): Promise<TCompanyFormState> {
  const { t, locale } = await getT();
  const values = { colourId: String(form.get("colourId") ?? ""), kind: String(form.get("kind") ?? ""), amount: String(form.get("amount") ?? "") };
  try {
    const actor = await authorize("contractor");
    const parsed = ZExitForm.safeParse({ ...values, requestKey: String(form.get("requestKey") ?? "") });
    if (!parsed.success) return { ok: false, message: t("errors.fixFields"), fieldErrors: companyFieldErrors(parsed.error, locale), values };
    const f = parsed.data;
    await payExit({ actor, colourId: f.colourId, kind: f.kind, amountTiyn: f.amount, idempotencyKey: f.requestKey });
    revalidatePath("/company/exits");
    revalidatePath("/company");
    return { ok: true, message: t("company.exits.paid", { amount: formatTiyn(f.amount), kind: t(`company.exits.kinds.${f.kind}`), colour: f.colourId }) };
  } catch (error) {
    return companyFailure(error, locale, values, "payExitAction");
  }
}
