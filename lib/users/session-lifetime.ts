import { env } from "../env";

// How long a session may live (decision 0064): SESSION_IDLE_MINUTES without a request, SESSION_ABSOLUTE_MINUTES
// after sign-in at the latest. Both are checked on every request, against the JWT and the user_session row.

export const idleSeconds = () => env().SESSION_IDLE_MINUTES * 60;
export const absoluteSeconds = () => env().SESSION_ABSOLUTE_MINUTES * 60;

/** Whether a token signed in at `signedInAt` (epoch seconds, from the JWT) is still within the absolute lifetime. */
export function isWithinAbsoluteLifetime(signedInAt: number | undefined, nowMs = Date.now()): boolean {
  if (typeof signedInAt !== "number" || !Number.isFinite(signedInAt)) return false;
  return nowMs / 1000 < signedInAt + absoluteSeconds();
}
