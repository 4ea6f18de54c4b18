"use server";

import { NotFoundError } from "@/lib/errors";
import { defineAction } from "@/lib/actions/action";
import { parseId } from "@/lib/http/parse-id";
import { createUser, ZCreateUser } from "@/lib/users/create-user";
import { resetPassword } from "@/lib/users/reset-password";
import { endUserSessions, resetSecondFactor } from "@/lib/users/admin-recovery";
import { setUserActive } from "@/lib/users/set-user-active";
import { updateUserAccess, ZUpdateUserAccess } from "@/lib/users/update-user-access";

/** The user an administrator acts on: a malformed id reads as "not found", as an unknown one does. */
function targetUser(form: FormData): number {
  const userId = parseId(form.get("userId"));
  if (userId === null) throw new NotFoundError("user");
  return userId;
}

export const createUserAction = defineAction({
  name: "createUserAction",
  roles: ["admin"],
  values: ["name", "email", "role", "organizationId", "companyBin"],
  schema: ZCreateUser,
  shape: (values) => ({ ...values, organizationId: values.organizationId || null, companyBin: values.companyBin || null }),
  run: async ({ actor, input, t }) => {
    const user = await createUser({ actor, input });
    // The one-time password is shown to the administrator this once; it is stored only as a hash.
    return { ok: true, message: t("security.created", { email: user.email, password: user.oneTimePassword ?? "" }) };
  },
  revalidate: ["/admin/users"],
});

export const setUserActiveAction = defineAction({
  name: "setUserActiveAction",
  roles: ["admin"],
  read: (_values, form) => ({ userId: targetUser(form), flag: form.get("isActive") }),
  run: async ({ actor, input, t }) => {
    // Only the two values the toggle sends: anything else once read as "false" and deactivated the user.
    if (input.flag !== "true" && input.flag !== "false") return { ok: false, message: t("input.badRequest") };
    const isActive = input.flag === "true";
    const user = await setUserActive({ actor, userId: input.userId, isActive });
    return { ok: true, message: t(isActive ? "users.reactivated" : "users.deactivated", { email: user.email }) };
  },
  revalidate: ["/admin/users"],
});

export const updateUserAccessAction = defineAction({
  name: "updateUserAccessAction",
  roles: ["admin"],
  values: ["userId", "role", "organizationId", "companyBin"],
  schema: ZUpdateUserAccess,
  shape: (values) => ({ ...values, organizationId: values.organizationId || null, companyBin: values.companyBin || null }),
  run: async ({ actor, input, values, t }) => {
    const user = await updateUserAccess({ actor, input });
    return { ok: true, message: t("users.saved", { email: user.email }), values };
  },
  revalidate: ["/admin/users"],
});

export const resetPasswordAction = defineAction({
  name: "resetPasswordAction",
  roles: ["admin"],
  read: (_values, form) => ({ userId: targetUser(form) }),
  run: async ({ actor, input, t }) => {
    const { email, oneTimePassword } = await resetPassword({ actor, userId: input.userId });
    return { ok: true, message: t("security.reset.done", { email, password: oneTimePassword }) };
  },
});

export const resetSecondFactorAction = defineAction({
  name: "resetSecondFactorAction",
  roles: ["admin"],
  read: (_values, form) => ({ userId: targetUser(form) }),
  run: async ({ actor, input, t }) => {
    const { email, oneTimePassword } = await resetSecondFactor({ actor, userId: input.userId });
    return { ok: true, message: t("accountRecovery.secondFactor.done", { email, password: oneTimePassword }) };
  },
  revalidate: (input) => [`/admin/users/${input.userId}`],
});

export const endUserSessionsAction = defineAction({
  name: "endUserSessionsAction",
  roles: ["admin"],
  read: (_values, form) => ({ userId: targetUser(form) }),
  run: async ({ actor, input, t }) => {
    const { email } = await endUserSessions({ actor, userId: input.userId });
    return { ok: true, message: t("accountRecovery.sessions.done", { email }) };
  },
});
