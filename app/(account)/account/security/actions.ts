"use server";

import { renewSignIn } from "@/lib/auth";
import { DomainError } from "@/lib/errors";
import { defineAction, redirectTo, type TFormAction } from "@/lib/actions/action";
import type { TFormState } from "@/lib/actions/action-state";
import { disableSecondFactor } from "@/lib/mfa/disable-second-factor";
import { confirmEnrolment, regenerateRecoveryCodes } from "@/lib/mfa/enrol-second-factor";
import { changePassword } from "@/lib/users/change-password";
import { setEmailNotifications } from "@/lib/users/mail-preferences";

export type TSecurityState = TFormState & { codes?: string[] };

// This page's refusals are worded in the security section, each shown beside the field it is about.
const SECURITY_CODES = [
  "ACCOUNT_TOO_MANY_ATTEMPTS",
  "PASSWORD_CURRENT_WRONG",
  "PASSWORD_TOO_SHORT",
  "PASSWORD_TOO_LONG",
  "PASSWORD_COMMON",
  "PASSWORD_CONTEXT",
  "PASSWORD_MISMATCH",
  "PASSWORD_PERSONAL",
  "PASSWORD_UNCHANGED",
  "SECOND_FACTOR_ALREADY_ON",
  "SECOND_FACTOR_NOT_STARTED",
  "SECOND_FACTOR_CODE_WRONG",
  "SECOND_FACTOR_REQUIRED_FOR_ROLE",
];
const securityErrors = (field?: string, own: Record<string, string> = {}) => ({
  sections: ["security"] as const,
  fields: field ? { ...Object.fromEntries(SECURITY_CODES.map((code) => [code, field])), ...own } : undefined,
});

export const changePasswordAction: TFormAction<TSecurityState> = defineAction({
  name: "changePasswordAction",
  roles: "account-holder",
  read: (_values, form) => ({
    currentPassword: String(form.get("currentPassword") ?? "").slice(0, 1024),
    newPassword: String(form.get("newPassword") ?? "").slice(0, 1024),
    newPasswordRepeat: String(form.get("newPasswordRepeat") ?? ""),
  }),
  run: async ({ actor, input }) => {
    // Typed twice, so a typo does not lock the user out of a password they never meant.
    if (input.newPasswordRepeat !== input.newPassword) throw new DomainError("PASSWORD_MISMATCH");
    const { renewal } = await changePassword({ actor, currentPassword: input.currentPassword, newPassword: input.newPassword });
    // Every session ended with the change, this one too: sign this browser in again under the new session version.
    await renewSignIn(renewal, "/account/security?changed=1");
    return redirectTo("/sign-in");
  },
  errors: securityErrors("newPassword", { PASSWORD_CURRENT_WRONG: "currentPassword", PASSWORD_MISMATCH: "newPasswordRepeat" }),
});

export const confirmEnrolmentAction: TFormAction<TSecurityState> = defineAction({
  name: "confirmEnrolmentAction",
  roles: "account-holder",
  read: (_values, form) => ({ code: String(form.get("code") ?? "").slice(0, 64) }),
  run: async ({ actor, input, t }) => {
    const codes = await confirmEnrolment({ actor, code: input.code });
    return { ok: true, message: t("security.secondFactor.enrolled"), codes };
  },
  errors: securityErrors("code"),
});

export const regenerateRecoveryCodesAction: TFormAction<TSecurityState> = defineAction({
  name: "regenerateRecoveryCodesAction",
  roles: "account-holder",
  read: (_values, form) => ({ code: String(form.get("code") ?? "").slice(0, 64) }),
  run: async ({ actor, input, t }) => {
    const codes = await regenerateRecoveryCodes({ actor, code: input.code });
    return { ok: true, message: t("security.secondFactor.regenerated"), codes };
  },
  errors: securityErrors("code"),
});

export const disableSecondFactorAction: TFormAction<TSecurityState> = defineAction({
  name: "disableSecondFactorAction",
  roles: "account-holder",
  read: (_values, form) => ({ code: String(form.get("code") ?? "").slice(0, 64) }),
  run: async ({ actor, input, t }) => {
    await disableSecondFactor({ actor, code: input.code });
    return { ok: true, message: t("security.secondFactor.disabled") };
  },
  errors: securityErrors("code"),
});

/** E-mail notifications on or off (decision 0227): the account's own row; the language in use is remembered too. */
export const setEmailNotificationsAction = defineAction({
  name: "setEmailNotificationsAction",
  roles: "account-holder",
  // Kept on a refusal, so the form comes back as the user left it.
  values: ["emailNotifications"],
  read: (_values, form) => ({ isOn: form.get("emailNotifications") === "on" }),
  run: async ({ actor, input: { isOn }, t, locale }) => {
    await setEmailNotifications({ actor, isOn, locale });
    return { ok: true, message: isOn ? t("mail.settings.savedOn") : t("mail.settings.savedOff") };
  },
  revalidate: ["/account/security"],
});
