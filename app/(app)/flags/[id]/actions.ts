"use server";

import { revalidatePath } from "next/cache";
import { failureState, type TFormState } from "@/lib/action-state";
import { authorize } from "@/lib/auth";
import { dismissFlag } from "@/lib/flags/dismiss-flag";
import { reopenFlag } from "@/lib/flags/reopen-flag";
import { getT } from "@/lib/i18n/server";
import { parseId } from "@/lib/http/parse-id";

export async function dismissFlagAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  const { t, locale } = await getT();
  const flagId = parseId(form.get("flagId")) ?? -1;
  const reason = String(form.get("reason") ?? "");
  try {
    const actor = await authorize("investigator");
    await dismissFlag({ actor, flagId, reason });
    revalidatePath(`/flags/${flagId}`);
    revalidatePath("/flags");
    return { ok: true, message: t("flags.review.dismissed", { id: flagId }) };
  } catch (error) {
    return failureState(error, locale, { reason }, "dismissFlagAction");
  }
}

export async function reopenFlagAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  const { t, locale } = await getT();
  const flagId = parseId(form.get("flagId")) ?? -1;
  try {
    const actor = await authorize("investigator");
    await reopenFlag({ actor, flagId });
    revalidatePath(`/flags/${flagId}`);
    revalidatePath("/flags");
    return { ok: true, message: t("flags.review.reopened", { id: flagId }) };
  } catch (error) {
    return failureState(error, locale, undefined, "reopenFlagAction");
  }
}
