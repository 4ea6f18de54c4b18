"use server";

import { revalidatePath } from "next/cache";
import type { TFormState } from "@/lib/action-state";
import { authorize } from "@/lib/auth";
import { debarCompany, liftDebarment } from "@/lib/contractors/debar-company";
import { formFailure } from "@/lib/field-issues";
import { getT } from "@/lib/i18n/server";

export async function debarCompanyAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  const { t, locale } = await getT();
  const values = { companyId: String(form.get("companyId") ?? ""), reason: String(form.get("reason") ?? ""), debarredOn: String(form.get("debarredOn") ?? "") };
  try {
    const actor = await authorize("official");
    const { company, journalSeq } = await debarCompany({ actor, input: values });
    revalidatePath(`/contractors/${company.id}`);
    revalidatePath("/contractors");
    return { ok: true, message: t("contractors.debarredDone", { name: company.name, seq: journalSeq }) };
  } catch (error) {
    return formFailure(error, locale, values, "debarCompanyAction", ["contractors"]);
  }
}

export async function liftDebarmentAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  const { t, locale } = await getT();
  const values = { companyId: String(form.get("companyId") ?? ""), reason: String(form.get("reason") ?? "") };
  try {
    const actor = await authorize("official");
    const { company, journalSeq } = await liftDebarment({ actor, input: values });
    revalidatePath(`/contractors/${company.id}`);
    revalidatePath("/contractors");
    return { ok: true, message: t("contractors.liftedDone", { name: company.name, seq: journalSeq }) };
  } catch (error) {
    return formFailure(error, locale, values, "liftDebarmentAction", ["contractors"]);
  }
}
