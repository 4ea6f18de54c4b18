"use client";

import { FormMessage } from "@/components/form-message";
import { useT } from "@/components/i18n-provider";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { endUserSessionsAction, resetSecondFactorAction } from "../actions";

/** The administrator's help for a lost second factor and a lost device (decision 0079). */
export function ResetSecondFactorForm({ userId }: { userId: number }) {
  const t = useT();
  const { state, formAction } = useFormAction(resetSecondFactorAction);
  return (
    <form action={formAction} className="space-y-3" aria-label={t("accountRecovery.secondFactor.submit")}>
      <p className="text-slate-600">{t("accountRecovery.secondFactor.intro")}</p>
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton className="btn-secondary">{t("accountRecovery.secondFactor.submit")}</SubmitButton>
    </form>
  );
}

export function EndUserSessionsForm({ userId }: { userId: number }) {
  const t = useT();
  const { state, formAction } = useFormAction(endUserSessionsAction);
  return (
    <form action={formAction} className="space-y-3" aria-label={t("accountRecovery.sessions.submit")}>
      <p className="text-slate-600">{t("accountRecovery.sessions.intro")}</p>
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton className="btn-secondary">{t("accountRecovery.sessions.submit")}</SubmitButton>
    </form>
  );
}
