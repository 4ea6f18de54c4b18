"use server";

import { revalidatePath } from "next/cache";
import { failureState, fieldErrorsFrom, formValues, type TFormState } from "@/lib/action-state";
import { authorize } from "@/lib/auth";
import { createBudgetLine, ZCreateBudgetLine } from "@/lib/budget/create-budget-line";
import { getT } from "@/lib/i18n/server";
import { parseTenge } from "@/lib/money";

const FIELDS = ["code", "specifics", "fiscalYear", "name", "ministryId", "region", "appropriated"] as const;

export async function createBudgetLineAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  const { t, locale } = await getT();
  const values = formValues(form, FIELDS);
  try {
    const actor = await authorize("official");
    const amount = parseTenge(values.appropriated ?? "");
    const parsed = ZCreateBudgetLine.safeParse({
      ...values,
      region: values.region || null,
      appropriatedTiyn: amount.ok ? amount.tiyn : undefined,
    });
    const fieldErrors = parsed.success ? {} : fieldErrorsFrom(parsed.error, locale);
    if (!amount.ok) {
      fieldErrors.appropriated = t(amount.reason === "precision" ? "errors.fields.amountPrecision" : amount.reason === "negative" ? "errors.fields.amountPositive" : "errors.fields.amount");
    } else if (fieldErrors.appropriatedTiyn) {
      fieldErrors.appropriated = fieldErrors.appropriatedTiyn;
    }
    if (!parsed.success || !amount.ok) return { ok: false, message: t("errors.fixFields"), fieldErrors, values };
    const line = await createBudgetLine({ actor, input: parsed.data });
    revalidatePath("/budget");
    return { ok: true, message: t("budget.created", { code: `${line.code} / ${line.specifics}` }) };
  } catch (error) {
    return failureState(error, locale, values, "createBudgetLineAction", { BUDGET_LINE_EXISTS: "code" });
  }
}
