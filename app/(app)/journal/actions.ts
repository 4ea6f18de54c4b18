"use server";

import { revalidatePath } from "next/cache";
import { failureState, type TFormState } from "@/lib/action-state";
import { authorize } from "@/lib/auth";
import { getT } from "@/lib/i18n/server";
import { publishJournalHead } from "@/lib/journal/publication";

export async function publishJournalHeadAction(_prev: TFormState, _form: FormData): Promise<TFormState> {
  const { t, locale } = await getT();
  try {
    const actor = await authorize("investigator");
    const publication = await publishJournalHead({ actor });
    revalidatePath("/journal");
    return { ok: true, message: t("journal.published", { digest: publication.digest }) };
  } catch (error) {
    return failureState(error, locale, undefined, "publishJournalHeadAction");
  }
}
