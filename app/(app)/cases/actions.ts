"use server";

import { redirect } from "next/navigation";
import { failureState, fieldErrorsFrom, formValues, type TFormState } from "@/lib/action-state";
import { authorize } from "@/lib/auth";
import { parseCaseItemRef } from "@/lib/cases/case-items";
import { openCase, ZOpenCase } from "@/lib/cases/manage-case";
import { getT } from "@/lib/i18n/server";

export async function openCaseAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  const { t, locale } = await getT();
  const values = formValues(form, ["title", "summary", "attach"]);
  let id: number | null = null;
  try {
    const actor = await authorize("investigator");
    const parsed = ZOpenCase.safeParse(values);
    if (!parsed.success) return { ok: false, message: t("errors.fixFields"), fieldErrors: fieldErrorsFrom(parsed.error, locale), values };
    const created = await openCase({ actor, input: parsed.data, attach: parseCaseItemRef(values.attach) });
    id = created.id;
  } catch (error) {
    return failureState(error, locale, values, "openCaseAction");
  }
  redirect(`/cases/${id}`);
}
