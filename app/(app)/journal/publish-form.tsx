"use client";

import { FormMessage } from "@/components/form-message";
import { useT } from "@/components/i18n-provider";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { publishJournalHeadAction } from "./actions";

export function PublishForm() {
  const t = useT();
  const { state, formAction, formKey } = useFormAction(publishJournalHeadAction);
  return (
    <form key={formKey} action={formAction} className="space-y-2" aria-label={t("journal.publish")}>
      <FormMessage state={state} />
      <SubmitButton className="btn-secondary" pendingLabel={t("journal.publishing")}>
        {t("journal.publish")}
      </SubmitButton>
    </form>
  );
}
