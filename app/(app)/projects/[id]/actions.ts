"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failureState, fieldErrorsFrom, formValues, type TFormState } from "@/lib/action-state";
import { topUpColour } from "@/lib/allocations/allocate-colour";
import { authorize } from "@/lib/auth";
import { getT } from "@/lib/i18n/server";
import { returnRemainder } from "@/lib/allocations/return-remainder";
import { formatTiyn } from "@/lib/money";
import { zTenge } from "@/lib/money-field";
import { zId } from "@/lib/http/parse-id";

const ZTopUp = z.object({ colourId: zId(), amount: zTenge(), requestKey: z.string().uuid() });

export async function topUpColourAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  const { t, locale } = await getT();
  const values = formValues(form, ["colourId", "amount", "requestKey"]);
  try {
    const actor = await authorize("official");
    const parsed = ZTopUp.safeParse(values);
    if (!parsed.success) return { ok: false, message: t("errors.fixFields"), fieldErrors: fieldErrorsFrom(parsed.error, locale), values };
    const { colourId, amount, requestKey } = parsed.data;
    await topUpColour({ actor, colourId, amountTiyn: amount, idempotencyKey: `top-up:${requestKey}` });
    revalidatePath("/projects", "layout");
    revalidatePath("/budget");
    return { ok: true, message: t("project.colours.toppedUp", { id: colourId, amount: formatTiyn(amount) }) };
  } catch (error) {
    return failureState(error, locale, values, "topUpColourAction", { BUDGET_LINE_EXCEEDED: "amount" });
  }
}

const ZReturn = z.object({ colourId: zId(), confirm: z.literal("on", { message: "confirmReturn" }) });

export async function returnRemainderAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  const { t, locale } = await getT();
  const values = formValues(form, ["colourId", "confirm"]);
  try {
    const actor = await authorize("official");
    const parsed = ZReturn.safeParse(values);
    if (!parsed.success) return { ok: false, message: t("errors.fixFields"), fieldErrors: fieldErrorsFrom(parsed.error, locale), values };
    const result = await returnRemainder({ actor, colourId: parsed.data.colourId });
    revalidatePath("/projects", "layout");
    revalidatePath("/budget");
    return { ok: true, message: t("project.colours.returned", { id: parsed.data.colourId, amount: formatTiyn(result.returnedTiyn), count: result.accounts }) };
  } catch (error) {
    return failureState(error, locale, values, "returnRemainderAction");
  }
}
