import "server-only";
import { cookies, headers } from "next/headers";
import { PENDING_SIGN_IN_SECONDS } from "./pending-sign-in";

// The browser's half of a two-step sign-in: the ticket, HttpOnly, for the code page only, gone in five minutes.
// Over HTTPS it is `Secure` and carries the `__Secure-` prefix, which a browser accepts only from a secure origin
// (ASVS 3.3.1); `__Host-` would need Path=/, and the ticket belongs to /sign-in alone.
const NAME = "aiqyn-sign-in-step";
const SECURE_NAME = `__Secure-${NAME}`;

export async function keepPendingTicket(ticket: string): Promise<void> {
  const proto = (await headers()).get("x-forwarded-proto")?.split(",")[0]?.trim();
  const secure = proto === "https";
  (await cookies()).set(secure ? SECURE_NAME : NAME, ticket, { httpOnly: true, sameSite: "lax", secure, path: "/sign-in", maxAge: PENDING_SIGN_IN_SECONDS });
}

export async function pendingTicket(): Promise<string | null> {
  const jar = await cookies();
  return jar.get(SECURE_NAME)?.value ?? jar.get(NAME)?.value ?? null;
}

export async function dropPendingTicket(): Promise<void> {
  const jar = await cookies();
  // A `__Secure-` cookie is only replaced by a Secure one: the deletion carries the flag too.
  for (const name of [SECURE_NAME, NAME]) if (jar.has(name)) jar.set(name, "", { httpOnly: true, sameSite: "lax", secure: name === SECURE_NAME, path: "/sign-in", maxAge: 0 });
}
