import "server-only";
import { cookies, headers } from "next/headers";
import { PENDING_SIGN_IN_SECONDS } from "./pending-sign-in";

// The browser's half of a two-step sign-in: the ticket, HttpOnly, for the code page only, gone in five minutes.
const NAME = "aiqyn-sign-in-step";

export async function keepPendingTicket(ticket: string): Promise<void> {
  const proto = (await headers()).get("x-forwarded-proto")?.split(",")[0]?.trim();
  (await cookies()).set(NAME, ticket, { httpOnly: true, sameSite: "lax", secure: proto === "https", path: "/sign-in", maxAge: PENDING_SIGN_IN_SECONDS });
}

export async function pendingTicket(): Promise<string | null> {
  return (await cookies()).get(NAME)?.value ?? null;
}

export async function dropPendingTicket(): Promise<void> {
  (await cookies()).delete({ name: NAME, path: "/sign-in" });
}
