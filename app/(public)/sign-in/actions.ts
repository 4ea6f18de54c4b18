"use server";

import { signInWithPassword } from "@/lib/auth";
import { getT } from "@/lib/i18n/server";
import { safeNextPath } from "@/lib/http/safe-next";
import type { TFormState } from "@/lib/action-state";
import { hasNul } from "@/lib/text-field";

export async function signInAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  const { t } = await getT();
  const email = String(form.get("email") ?? "").trim();
  const password = String(form.get("password") ?? "");
  const values = { email };
  if (!email || !password) return { ok: false, message: t("auth.required"), values };
  // No stored e-mail or password holds a NUL byte or runs to megabytes: refused as wrong, before the database.
  if (hasNul(email) || hasNul(password) || email.length > 254 || password.length > 200) return { ok: false, message: t("auth.invalid"), values: { email: "" } };
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
