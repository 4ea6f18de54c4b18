"use server";

import { defineAction, redirectTo } from "@/lib/actions/action";
import { parseBigId } from "@/lib/http/parse-id";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/notifications";

// Only the caller's own notifications (decision 0177): a malformed id reads as none (-1 matches nothing): "not found".
const idOf = (form: FormData) => parseBigId(form.get("id")) ?? -1n;
const PATHS = [["/", "layout"] as const, "/notifications", "/home"];

/** Marks one notification read; with `go` set, opens the thing it is about. */
export const markNotificationReadAction = defineAction({
  name: "markNotificationReadAction",
  roles: ["official", "contractor", "investigator", "admin", "school"],
  read: (_values, form) => ({ id: idOf(form), go: form.get("go") === "1" }),
  run: async ({ actor, input, t }) => {
    const { link } = await markNotificationRead(actor, input.id);
    return input.go ? redirectTo(link) : { ok: true, message: t("notifications.markedOne") };
  },
  revalidate: PATHS,
});

export const markAllNotificationsReadAction = defineAction({
  name: "markAllNotificationsReadAction",
  roles: ["official", "contractor", "investigator", "admin", "school"],
  run: async ({ actor, t }) => {
    const count = await markAllNotificationsRead(actor);
    return { ok: true, message: t("notifications.markedAll", { count }) };
  },
  revalidate: PATHS,
});
