"use server";

import { redirect } from "next/navigation";
import { signInWithCode, signInWithPassword } from "@/lib/auth";
import { retryMessage } from "@/lib/i18n/plural";
import { getT } from "@/lib/i18n/server";
import { safeNextPath } from "@/lib/http/safe-next";
import type { TFormState } from "@/lib/action-state";
import { dropPendingTicket, pendingTicket } from "@/lib/mfa/pending-cookie";
import { hasNul } from "@/lib/text-field";

export async function signInAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  const { t, locale } = await getT();
  const email = String(form.get("email") ?? "").trim();
  const password = String(form.get("password") ?? "");
  const values = { email };
  if (!email || !password) return { ok: false, message: t("auth.required"), values };
  // No stored e-mail or password holds a NUL byte or runs to megabytes: refused as wrong, before the database.
  if (hasNul(email) || hasNul(password) || email.length > 254 || password.length > 200) return { ok: false, message: t("auth.invalid"), values: { email: "" } };
  const next = safeNextPath(form.get("next"));
  const { refused } = await signInWithPassword(email, password, next);
  const [reason, seconds] = refused.split(":");
  // The password was right and the account has a second factor (its ticket is now in a cookie): on to the code step.
  if (reason === "second_factor") redirect(`/sign-in/code?next=${encodeURIComponent(next)}`);
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
}

export async function signInCodeAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  const { t } = await getT();
  const code = String(form.get("code") ?? "").trim().slice(0, 64);
  if (!code) return { ok: false, message: t("security.signIn.codeRequired") };
  const ticket = await pendingTicket();
  if (!ticket) redirect("/sign-in?expired=1");
  const { refused } = await signInWithCode(ticket, code, safeNextPath(form.get("next")));
  if (refused === "code_invalid") return { ok: false, message: t("security.signIn.codeWrong") };
  if (refused === "code_throttled") {
    await dropPendingTicket();
    return { ok: false, message: t("security.signIn.codeThrottled") };
  }
  await dropPendingTicket();
  redirect(refused === "inactive" ? "/sign-in" : "/sign-in?expired=1");
}
