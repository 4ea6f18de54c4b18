"use client";

import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { TextField } from "@/components/text-field";
import { useT } from "@/components/i18n-provider";
import { useFormAction } from "@/components/use-form-action";
import { signInCodeAction } from "../actions";

export function SignInCodeForm({ next }: { next: string }) {
  const t = useT();
  const { state, formAction, formKey } = useFormAction(signInCodeAction);
  return (
    <form key={formKey} action={formAction} className="space-y-4" aria-label={t("security.signIn.title")} noValidate>
      <input type="hidden" name="next" value={next} />
      <FormMessage state={state} />
      <TextField name="code" label={t("security.signIn.code")} hint={t("security.signIn.codeHint")} autoComplete="one-time-code" inputMode="text" required autoFocus />
      <SubmitButton className="btn-primary w-full" pendingLabel={t("auth.submitting")}>
        {t("security.signIn.submit")}
      </SubmitButton>
    </form>
  );
}
