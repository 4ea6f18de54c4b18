"use server";

import { revalidatePath } from "next/cache";
import { failureState, fieldErrorsFrom, formValues, type TFormState } from "@/lib/action-state";
import { authorize } from "@/lib/auth";
import { getT } from "@/lib/i18n/server";
import { createUser, ZCreateUser } from "@/lib/users/create-user";
import { resetPassword } from "@/lib/users/reset-password";
import { endUserSessions, resetSecondFactor } from "@/lib/users/admin-recovery";
import { setUserActive } from "@/lib/users/set-user-active";
import { updateUserAccess, ZUpdateUserAccess } from "@/lib/users/update-user-access";
import { parseId } from "@/lib/http/parse-id";

const FIELDS = ["name", "email", "role", "organizationId", "companyBin"] as const;

export async function createUserAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  const { t, locale } = await getT();
  const values = formValues(form, FIELDS);
  try {
    const actor = await authorize("admin");
    const parsed = ZCreateUser.safeParse({
      ...values,
      organizationId: values.organizationId || null,
      companyBin: values.companyBin || null,
    });
    if (!parsed.success) return { ok: false, message: t("errors.fixFields"), fieldErrors: fieldErrorsFrom(parsed.error, locale), values };
    const user = await createUser({ actor, input: parsed.data });
    revalidatePath("/admin/users");
    // The one-time password is shown to the administrator this once; it is stored only as a hash.
    return { ok: true, message: t("security.created", { email: user.email, password: user.oneTimePassword ?? "" }) };
  } catch (error) {
    return failureState(error, locale, values, "createUserAction");
  }
}

export async function setUserActiveAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  const { t, locale } = await getT();
  try {
    const actor = await authorize("admin");
    const userId = parseId(form.get("userId"));
    const flag = form.get("isActive");
    if (userId === null) return { ok: false, message: t("errors.codes.NOT_FOUND") };
    // Only the two values the toggle sends: anything else once read as "false" and deactivated the user.
    if (flag !== "true" && flag !== "false") return { ok: false, message: t("input.badRequest") };
    const isActive = flag === "true";
    const user = await setUserActive({ actor, userId, isActive });
    revalidatePath("/admin/users");
    return { ok: true, message: t(isActive ? "users.reactivated" : "users.deactivated", { email: user.email }) };
  } catch (error) {
    return failureState(error, locale, undefined, "setUserActiveAction");
  }
}

export async function updateUserAccessAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  const { t, locale } = await getT();
  const values = formValues(form, ["userId", "role", "organizationId", "companyBin"]);
  try {
    const actor = await authorize("admin");
    const parsed = ZUpdateUserAccess.safeParse({ ...values, organizationId: values.organizationId || null, companyBin: values.companyBin || null });
    if (!parsed.success) return { ok: false, message: t("errors.fixFields"), fieldErrors: fieldErrorsFrom(parsed.error, locale), values };
    const user = await updateUserAccess({ actor, input: parsed.data });
    revalidatePath("/admin/users");
    return { ok: true, message: t("users.saved", { email: user.email }), values };
  } catch (error) {
    return failureState(error, locale, values, "updateUserAccessAction");
  }
}

export async function resetPasswordAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  const { t, locale } = await getT();
  try {
    const actor = await authorize("admin");
    const userId = Number(form.get("userId"));
    if (!Number.isSafeInteger(userId) || userId <= 0) return { ok: false, message: t("errors.codes.NOT_FOUND") };
    const { email, oneTimePassword } = await resetPassword({ actor, userId });
    return { ok: true, message: t("security.reset.done", { email, password: oneTimePassword }) };
  } catch (error) {
    return failureState(error, locale, undefined, "resetPasswordAction");
  }
}

export async function resetSecondFactorAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  const { t, locale } = await getT();
  try {
    const actor = await authorize("admin");
    const userId = parseId(form.get("userId"));
    if (userId === null) return { ok: false, message: t("errors.codes.NOT_FOUND") };
    const { email, oneTimePassword } = await resetSecondFactor({ actor, userId });
    revalidatePath(`/admin/users/${userId}`);
    return { ok: true, message: t("accountRecovery.secondFactor.done", { email, password: oneTimePassword }) };
  } catch (error) {
    return failureState(error, locale, undefined, "resetSecondFactorAction");
  }
}

export async function endUserSessionsAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  const { t, locale } = await getT();
  try {
    const actor = await authorize("admin");
    const userId = parseId(form.get("userId"));
    if (userId === null) return { ok: false, message: t("errors.codes.NOT_FOUND") };
    const { email } = await endUserSessions({ actor, userId });
    return { ok: true, message: t("accountRecovery.sessions.done", { email }) };
  } catch (error) {
    return failureState(error, locale, undefined, "endUserSessionsAction");
  }
}
