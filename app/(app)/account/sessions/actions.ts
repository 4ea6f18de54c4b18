"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { NotFoundError } from "@/lib/errors";
import { defineFormAction, redirectTo } from "@/lib/actions/action";
import { confirmPassword } from "@/lib/users/confirm-password";
import { endOtherSessions, endSession } from "@/lib/users/end-session";

// "others", or the id of one of the user's other sessions.
const ZTarget = z.union([z.literal("others"), z.string().regex(/^[A-Za-z0-9_-]{43}$/)]);

/**
 * Signs one other session of the user out, or all of them, once the user's password is confirmed. The answer
 * comes back in the page's address (?ended=…, ?refused=…): the list below it shows what is still open.
 */
export const endSessionsAction = defineFormAction({
  name: "endSessionsAction",
  roles: "account-holder",
  read: (_values, form) => ({ target: ZTarget.safeParse(form.get("target")), password: String(form.get("password") ?? "") }),
  run: async ({ actor, sessionId, input: { target, password } }) => {
    if (!target.success || target.data === sessionId) return redirectTo("/account/sessions");
    // scripts/serve.mjs leaves exactly the client's address in this header (decision 0063).
    const address = (await headers()).get("x-forwarded-for")?.trim() || "unknown";
    const confirmed = await confirmPassword({ actor, password, address });
    if (!confirmed.ok) {
      return redirectTo(confirmed.reason === "throttled" ? `/account/sessions?refused=throttled&wait=${confirmed.retryAfterSeconds}` : "/account/sessions?refused=password");
    }
    if (target.data === "others") {
      await endOtherSessions({ actor, currentSessionId: sessionId! });
      return redirectTo("/account/sessions?ended=others");
    }
    // Another user's id changes nothing and reads like an already ended session.
    await endSession({ actor, sessionId: target.data }).catch((error: unknown) => {
      if (!(error instanceof NotFoundError)) throw error;
    });
    return redirectTo("/account/sessions?ended=one");
  },
});
