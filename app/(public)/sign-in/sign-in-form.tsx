"use client";

import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { TextField } from "@/components/text-field";
import { useT } from "@/components/i18n-provider";
import { useFormAction } from "@/components/use-form-action";
import { signInAction } from "./actions";

export function SignInForm({ next }: { next: string }) {
  const t = useT();
  const { state, formAction, formKey } = useFormAction(signInAction);
  return (
    <form key={formKey} action={formAction} className="space-y-4" aria-label={t("auth.title")} noValidate>
      <input type="hidden" name="next" value={next} />
      <FormMessage state={state} />
      <TextField name="email" type="email" label={t("auth.email")} autoComplete="username" required defaultValue={state.values?.email} />
      <TextField name="password" type="password" label={t("auth.password")} autoComplete="current-password" required />
      <SubmitButton className="btn-primary w-full" pendingLabel={t("auth.submitting")}>
        {t("auth.submit")}
      </SubmitButton>
    </form>
  );
}
