"use client";

import { FormMessage } from "@/components/form-message";
import { useT } from "@/components/i18n-provider";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { markAllNotificationsReadAction, markNotificationReadAction } from "./actions";

/** Open (marks it read, then goes to what it is about) and, while unread, "Mark read". */
export function NotificationActions({ id, isRead }: { id: string; isRead: boolean }) {
  const t = useT();
  const mark = useFormAction(markNotificationReadAction);
  return (
    <form key={mark.formKey} action={mark.formAction} className="flex flex-wrap items-center justify-end gap-2">
      <input type="hidden" name="id" value={id} />
      {mark.state.ok === false ? <FormMessage state={mark.state} /> : null}
      <SubmitButton className="btn-secondary text-xs" name="go" value="1">
        {t("notifications.open")}
      </SubmitButton>
      {isRead ? null : (
        <SubmitButton className="btn-secondary text-xs">
          {t("notifications.markRead")}
        </SubmitButton>
      )}
    </form>
  );
}

export function MarkAllRead({ disabled }: { disabled: boolean }) {
  const t = useT();
  const all = useFormAction(markAllNotificationsReadAction);
  return (
    <form key={all.formKey} action={all.formAction} className="mb-4 flex flex-wrap items-center gap-3">
      <SubmitButton className="btn-secondary" disabled={disabled}>
        {t("notifications.markAll")}
      </SubmitButton>
      <FormMessage state={all.state} />
    </form>
  );
}
