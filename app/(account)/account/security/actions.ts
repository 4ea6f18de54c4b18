"use server";

import { redirect } from "next/navigation";
import { failureState, type TFormState } from "@/lib/action-state";
import { authorizeAccountHolder, renewSignIn } from "@/lib/auth";
import { DomainError } from "@/lib/errors";
import { hasMessage } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import { disableSecondFactor } from "@/lib/mfa/disable-second-factor";
import { confirmEnrolment, regenerateRecoveryCodes } from "@/lib/mfa/enrol-second-factor";
import { changePassword } from "@/lib/users/change-password";

export type TSecurityState = TFormState & { codes?: string[] };

/** This page's refusals are worded in the security section; anything else goes the usual way. */
async function refusal(error: unknown, context: string, field?: string): Promise<TSecurityState> {
  const { t, locale } = await getT();
  if (error instanceof DomainError && hasMessage(`security.errors.${error.code}`)) {
    const message = t(`security.errors.${error.code}` as Parameters<typeof t>[0], error.params);
    return { ok: false, message, fieldErrors: field ? { [field]: message } : undefined };
  }
  return failureState(error, locale, undefined, context);
}

export async function changePasswordAction(_prev: TSecurityState, form: FormData): Promise<TSecurityState> {
  let renewal: string;
  try {
    const actor = await authorizeAccountHolder();
    const currentPassword = String(form.get("currentPassword") ?? "").slice(0, 1024);
    const newPassword = String(form.get("newPassword") ?? "").slice(0, 1024);
    // Typed twice, so a typo does not lock the user out of a password they never meant.
    if (String(form.get("newPasswordRepeat") ?? "") !== newPassword) throw new DomainError("PASSWORD_MISMATCH");
    ({ renewal } = await changePassword({ actor, currentPassword, newPassword }));
  } catch (error) {
    const code = error instanceof DomainError ? error.code : "";
    const field = code === "PASSWORD_CURRENT_WRONG" ? "currentPassword" : code === "PASSWORD_MISMATCH" ? "newPasswordRepeat" : "newPassword";
    return refusal(error, "changePasswordAction", field);
  }
  // Every session ended with the change, this one too: sign this browser in again under the new session version.
  await renewSignIn(renewal, "/account/security?changed=1");
  redirect("/sign-in");
}

export async function confirmEnrolmentAction(_prev: TSecurityState, form: FormData): Promise<TSecurityState> {
  const { t } = await getT();
  try {
    const actor = await authorizeAccountHolder();
    const codes = await confirmEnrolment({ actor, code: String(form.get("code") ?? "").slice(0, 64) });
    return { ok: true, message: t("security.secondFactor.enrolled"), codes };
  } catch (error) {
    return refusal(error, "confirmEnrolmentAction", "code");
  }
}

export async function regenerateRecoveryCodesAction(_prev: TSecurityState, form: FormData): Promise<TSecurityState> {
  const { t } = await getT();
  try {
    const actor = await authorizeAccountHolder();
    const codes = await regenerateRecoveryCodes({ actor, code: String(form.get("code") ?? "").slice(0, 64) });
    return { ok: true, message: t("security.secondFactor.regenerated"), codes };
  } catch (error) {
    return refusal(error, "regenerateRecoveryCodesAction", "code");
  }
}

export async function disableSecondFactorAction(_prev: TSecurityState, form: FormData): Promise<TSecurityState> {
  const { t } = await getT();
  try {
    const actor = await authorizeAccountHolder();
    await disableSecondFactor({ actor, code: String(form.get("code") ?? "").slice(0, 64) });
    return { ok: true, message: t("security.secondFactor.disabled") };
  } catch (error) {
    return refusal(error, "disableSecondFactorAction", "code");
  }
}
