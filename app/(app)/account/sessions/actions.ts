"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentSession } from "@/lib/auth";
import { ForbiddenError } from "@/lib/errors";
import { endOtherSessions, endSession } from "@/lib/users/end-session";

const ZSessionId = z.string().uuid();

/** Signs one of the user's other sessions out (a device they do not recognise or no longer use). */
export async function endSessionAction(form: FormData): Promise<void> {
  const current = await getCurrentSession();
  if (!current) throw new ForbiddenError();
  const sessionId = ZSessionId.safeParse(form.get("sessionId"));
  // An unknown or foreign id changes nothing: the list the user sees next tells them what is still open.
  if (sessionId.success && sessionId.data !== current.sessionId) {
    await endSession({ actor: current.actor, sessionId: sessionId.data }).catch(() => undefined);
    redirect("/account/sessions?ended=one");
  }
  redirect("/account/sessions");
}

/** "Sign out everywhere else": every session of the user but this one ends. */
export async function endOtherSessionsAction(): Promise<void> {
  const current = await getCurrentSession();
  if (!current) throw new ForbiddenError();
  await endOtherSessions({ actor: current.actor, currentSessionId: current.sessionId });
  redirect("/account/sessions?ended=others");
}
