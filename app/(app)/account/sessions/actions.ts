"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentSession } from "@/lib/auth";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { confirmPassword } from "@/lib/users/confirm-password";
import { endOtherSessions, endSession } from "@/lib/users/end-session";

// "others", or the id of one of the user's other sessions.
const ZTarget = z.union([z.literal("others"), z.string().regex(/^[A-Za-z0-9_-]{43}$/)]);

/**
 * Signs one other session of the user out, or all of them, once the user's password is confirmed. The answer
 * comes back in the page's address (?ended=…, ?refused=…): the list below it shows what is still open.
 */
export async function endSessionsAction(form: FormData): Promise<void> {
  const current = await getCurrentSession();
  if (!current) throw new ForbiddenError();
  const target = ZTarget.safeParse(form.get("target"));
  if (!target.success || target.data === current.sessionId) redirect("/account/sessions");
  // scripts/serve.mjs leaves exactly the client's address in this header (decision 0063).
  const address = (await headers()).get("x-forwarded-for")?.trim() || "unknown";
  const confirmed = await confirmPassword({ actor: current.actor, password: String(form.get("password") ?? ""), address });
  if (!confirmed.ok) {
    redirect(confirmed.reason === "throttled" ? `/account/sessions?refused=throttled&wait=${confirmed.retryAfterSeconds}` : "/account/sessions?refused=password");
  }
  if (target.data === "others") {
    await endOtherSessions({ actor: current.actor, currentSessionId: current.sessionId });
    redirect("/account/sessions?ended=others");
  }
  // Another user's id changes nothing and reads like an already ended session.
  await endSession({ actor: current.actor, sessionId: target.data }).catch((error: unknown) => {
    if (!(error instanceof NotFoundError)) throw error;
  });
  redirect("/account/sessions?ended=one");
}
