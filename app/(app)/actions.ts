"use server";

import { signOutSession } from "@/lib/auth";
import { defineFormAction } from "@/lib/actions/action";
import { endAllSessions } from "@/lib/users/set-user-active";

// Open to anyone: ends the caller's own session, if any (then redirects to sign-in).
export const signOutAction = defineFormAction({
  name: "signOutAction",
  roles: "anyone",
  run: async () => {
    await signOutSession("/sign-in?signedOut=1");
  },
});

export const signOutEverywhereAction = defineFormAction({
  name: "signOutEverywhereAction",
  roles: ["official", "contractor", "investigator", "admin", "school"],
  run: async ({ actor }) => {
    await endAllSessions({ actor });
    await signOutSession("/sign-in?signedOut=1");
  },
});
