"use client";

import { FormMessage } from "@/components/form-message";
import { useT } from "@/components/i18n-provider";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { resetPasswordAction } from "../actions";

export function ResetPasswordForm({ userId }: { userId: number }) {
  const t = useT();
  const { state, formAction } = useFormAction(resetPasswordAction);
  return (
    <form action={formAction} className="space-y-3" aria-label={t("security.reset.submit")}>
      <p className="text-slate-600">{t("security.reset.intro")}</p>
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton className="btn-secondary">{t("security.reset.submit")}</SubmitButton>
    </form>
  );
}
