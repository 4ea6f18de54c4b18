"use server";

import { authorize, signOutSession } from "@/lib/auth";
import { endAllSessions } from "@/lib/users/set-user-active";

export async function signOutAction(): Promise<void> {
  await signOutSession("/sign-in?signedOut=1");
}

export async function signOutEverywhereAction(): Promise<void> {
  const actor = await authorize("official", "contractor", "investigator", "admin");
  await endAllSessions({ actor });
  await signOutSession("/sign-in?signedOut=1");
}
