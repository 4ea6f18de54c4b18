"use server";

import { signInWithPassword } from "@/lib/auth";
import { getT } from "@/lib/i18n/server";
import { safeNextPath } from "@/lib/http/safe-next";
import type { TFormState } from "@/lib/action-state";

export async function signInAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  const { t } = await getT();
  const email = String(form.get("email") ?? "").trim();
  const password = String(form.get("password") ?? "");
  const values = { email };
  if (!email || !password) return { ok: false, message: t("auth.required"), values };
  const { refused } = await signInWithPassword(email, password, safeNextPath(form.get("next")));
  const [reason, minutes] = refused.split(":");
  const message =
    reason === "locked"
      ? t("auth.locked", { minutes: minutes ?? "15" })
      : reason === "inactive"
        ? t("auth.inactive")
        : reason === "required"
          ? t("auth.required")
          : t("auth.invalid");
  return { ok: false, message, values };
}
