"use server";

import { dismissFlag } from "@/lib/flags/dismiss-flag";
import { reopenFlag } from "@/lib/flags/reopen-flag";
import { defineAction } from "@/lib/actions/action";
import { parseId } from "@/lib/http/parse-id";

// A malformed id reads as no flag (-1 matches none): "not found".
const flagIdOf = (form: FormData) => parseId(form.get("flagId")) ?? -1;
const flagPaths = (flagId: number) => [`/flags/${flagId}`, "/flags"];

export const dismissFlagAction = defineAction({
  name: "dismissFlagAction",
  roles: ["investigator"],
  values: ["reason"],
  read: (values, form) => ({ flagId: flagIdOf(form), reason: values.reason ?? "" }),
  run: async ({ actor, input, t }) => {
    await dismissFlag({ actor, flagId: input.flagId, reason: input.reason });
    return { ok: true, message: t("flags.review.dismissed", { id: input.flagId }) };
  },
  revalidate: (input) => flagPaths(input.flagId),
});

export const reopenFlagAction = defineAction({
  name: "reopenFlagAction",
  roles: ["investigator"],
  read: (_values, form) => ({ flagId: flagIdOf(form) }),
  run: async ({ actor, input, t }) => {
    await reopenFlag({ actor, flagId: input.flagId });
    return { ok: true, message: t("flags.review.reopened", { id: input.flagId }) };
  },
  revalidate: (input) => flagPaths(input.flagId),
});
