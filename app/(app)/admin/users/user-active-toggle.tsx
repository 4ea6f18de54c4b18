"use client";

import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { SubmitButton } from "@/components/submit-button";
import { setUserActiveAction } from "./actions";

export function UserActiveToggle({ userId, email, isActive }: { userId: number; email: string; isActive: boolean }) {
  const t = useT();
  const [state, action] = useActionState(setUserActiveAction, {});
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (isActive && !window.confirm(t("users.confirmDeactivate", { email }))) e.preventDefault();
      }}
      className="inline-flex flex-col items-end gap-1"
    >
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="isActive" value={String(!isActive)} />
      <SubmitButton className={isActive ? "btn-danger px-2.5 py-1 text-xs" : "btn-secondary px-2.5 py-1 text-xs"}>
        {isActive ? t("users.deactivate") : t("users.reactivate")}
        <span className="sr-only"> {email}</span>
      </SubmitButton>
      {state.message && !state.ok ? (
        <span role="alert" className="text-xs text-red-700">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
