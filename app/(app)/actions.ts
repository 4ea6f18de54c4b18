"use server";

import { authorize, signOut } from "@/lib/auth";
import { endAllSessions } from "@/lib/users/set-user-active";

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in?signedOut=1" });
}

export async function signOutEverywhereAction(): Promise<void> {
  const actor = await authorize("official", "contractor", "investigator", "admin");
  await endAllSessions({ actor });
  await signOut({ redirectTo: "/sign-in?signedOut=1" });
}
