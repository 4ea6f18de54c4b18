"use server";

import { signInWithCode, signInWithPassword } from "@/lib/auth";
import { defineAction, redirectTo } from "@/lib/actions/action";
import { safeNextPath } from "@/lib/http/safe-next";
import { retryMessage } from "@/lib/i18n/plural";
import { dropPendingTicket, pendingTicket } from "@/lib/mfa/pending-cookie";
import { hasNul } from "@/lib/text-field";

// Open to anyone: the credentials decide (throttled in lib/auth). A successful sign-in redirects from inside Auth.js.
export const signInAction = defineAction({
  name: "signInAction",
  roles: "anyone",
  read: (_values, form) => ({ email: String(form.get("email") ?? "").trim(), password: String(form.get("password") ?? ""), next: safeNextPath(form.get("next")) }),
  run: async ({ input: { email, password, next }, t, locale }) => {
    const values = { email };
    if (!email || !password) return { ok: false, message: t("auth.required"), values };
    // No stored e-mail or password holds a NUL byte or runs to megabytes: refused as wrong, before the database.
    if (hasNul(email) || hasNul(password) || email.length > 254 || password.length > 200) return { ok: false, message: t("auth.invalid"), values: { email: "" } };
    const { refused } = await signInWithPassword(email, password, next);
    const [reason, seconds] = refused.split(":");
    // The password was right and the account has a second factor (its ticket is now in a cookie): on to the code step.
    if (reason === "second_factor") return redirectTo(`/sign-in/code?next=${encodeURIComponent(next)}`);
    const message =
      reason === "throttled"
        ? retryMessage(t, locale, Number(seconds) || 1)
        : reason === "inactive"
          ? t("auth.inactive")
          : reason === "one_time_expired"
            ? t("accountRecovery.oneTimeExpired")
            : reason === "required"
              ? t("auth.required")
              : t("auth.invalid");
    return { ok: false, message, values };
  },
});

export const signInCodeAction = defineAction({
  name: "signInCodeAction",
  roles: "anyone",
  read: (_values, form) => ({ code: String(form.get("code") ?? "").trim().slice(0, 64), next: safeNextPath(form.get("next")) }),
  run: async ({ input: { code, next }, t }) => {
    if (!code) return { ok: false, message: t("security.signIn.codeRequired") };
    const ticket = await pendingTicket();
    if (!ticket) return redirectTo("/sign-in?expired=1");
    const { refused } = await signInWithCode(ticket, code, next);
    if (refused === "code_invalid") return { ok: false, message: t("security.signIn.codeWrong") };
    if (refused === "code_throttled") {
      await dropPendingTicket();
      return { ok: false, message: t("security.signIn.codeThrottled") };
    }
    await dropPendingTicket();
    return redirectTo(refused === "inactive" ? "/sign-in" : "/sign-in?expired=1");
  },
});
