"use server";

import { signInWithPassword } from "@/lib/auth";
import { retryMessage } from "@/lib/i18n/plural";
import { getT } from "@/lib/i18n/server";
import { safeNextPath } from "@/lib/http/safe-next";
import type { TFormState } from "@/lib/action-state";

export async function signInAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  const { t, locale } = await getT();
  const email = String(form.get("email") ?? "").trim();
  const password = String(form.get("password") ?? "");
  const values = { email };
  if (!email || !password) return { ok: false, message: t("auth.required"), values };
  const { refused } = await signInWithPassword(email, password, safeNextPath(form.get("next")));
  const [reason, seconds] = refused.split(":");
  const message =
    reason === "throttled"
      ? retryMessage(t, locale, Number(seconds) || 1)
      : reason === "inactive"
        ? t("auth.inactive")
        : reason === "required"
          ? t("auth.required")
          : t("auth.invalid");
  return { ok: false, message, values };
}
