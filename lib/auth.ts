import "server-only";
import crypto from "node:crypto";
import NextAuth, { AuthError, CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { notFound, redirect } from "next/navigation";
import type { TActor } from "./actor";
import { env } from "./env";
import { ForbiddenError } from "./errors";
import type { Role } from "./generated/prisma/enums";
import { keepPendingTicket } from "./mfa/pending-cookie";
import { completeRenewal, completeSecondFactorSignIn, createPendingSignIn } from "./mfa/pending-sign-in";
import { hasSecondFactor } from "./mfa/verify-second-factor";
import { loadActor } from "./users/load-actor";
import { revokeSession, SESSION_MAX_AGE_SECONDS } from "./users/revoke-session";
import { verifyCredentials } from "./users/verify-credentials";

// The only file that imports next-auth. Sessions are JWTs carrying the user id, role, organisation and a
// session version; every request re-reads the user (one primary-key lookup) so that deactivation and
// "sign out on all devices" take effect at once. Each sign-in gets a session id, refused after sign-out.

declare module "next-auth" {
  interface User {
    role?: string;
    organizationId?: number | null;
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; name: string; email: string; role: Role; organizationId: number | null; sessionVersion: number; sessionId: string | null };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: number;
    role?: Role;
    organizationId?: number | null;
    sv?: number;
    sid?: string;
  }
}

/** Carries the reason (and for a lock, the minutes) to the sign-in form through Auth.js's error code. */
class SignInRefused extends CredentialsSignin {
  constructor(reason: string, minutes?: number) {
    super(reason);
    this.code = minutes ? `${reason}:${minutes}` : reason;
  }
}

function clientAddress(request: Request | undefined): string {
  const forwarded = request?.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request?.headers.get("x-real-ip") || "unknown";
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  trustHost: true,
  secret: env().AUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, ticket: {}, code: {} },
      async authorize(credentials, request) {
        // The second step of a two-step sign-in, or a renewal after a password change (lib/mfa/pending-sign-in.ts).
        const ticket = typeof credentials?.ticket === "string" ? credentials.ticket : "";
        if (ticket) {
          const code = typeof credentials?.code === "string" ? credentials.code : null;
          const done = code === null ? await completeRenewal(ticket) : await completeSecondFactorSignIn({ ticket, code, address: clientAddress(request) });
          if (!done.ok) throw new SignInRefused(done.reason);
          const v = done.user;
          return { id: String(v.id), name: v.name, email: v.email, role: v.role, organizationId: v.organizationId, sessionVersion: v.sessionVersion };
        }
        const email = typeof credentials?.email === "string" ? credentials.email : "";
        const password = typeof credentials?.password === "string" ? credentials.password : "";
        if (!email || !password) throw new SignInRefused("required");
        const result = await verifyCredentials(email, password, clientAddress(request));
        if (!result.ok) throw new SignInRefused(result.reason, result.minutes);
        const u = result.user;
        // With a second factor the password opens no session, only the code step: its ticket goes in an HttpOnly
        // cookie (never in the error code, which Auth.js logs).
        if (await hasSecondFactor(u.id)) {
          await keepPendingTicket(await createPendingSignIn(u.id, "second_factor"));
          throw new SignInRefused("second_factor");
        }
        return { id: String(u.id), name: u.name, email: u.email, role: u.role, organizationId: u.organizationId, sessionVersion: u.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role as Role;
        token.organizationId = user.organizationId ?? null;
        token.sv = user.sessionVersion ?? 0;
        token.sid = crypto.randomUUID();
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = String(token.uid);
      session.user.role = token.role as Role;
      session.user.organizationId = token.organizationId ?? null;
      session.user.sessionVersion = token.sv ?? 0;
      session.user.sessionId = token.sid ?? null;
      return session;
    },
  },
}));

/**
 * Signs in with e-mail and password. On success Auth.js throws Next's redirect to `redirectTo`, which
 * must propagate; a refusal comes back as its reason ("invalid", "inactive", "required", "locked:<min>").
 */
export async function signInWithPassword(email: string, password: string, redirectTo: string, step?: { ticket: string; code?: string }): Promise<{ refused: string }> {
  try {
    await signIn("credentials", step ? { ...step, redirectTo } : { email, password, redirectTo });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    return { refused: "code" in error && typeof error.code === "string" ? error.code : "invalid" };
  }
  return { refused: "invalid" };
}

/**
 * Signs in with the ticket of the password step and a code. Like signInWithPassword: a redirect on success, else
 * the reason ("code_invalid", "code_expired", "inactive").
 */
export async function signInWithCode(ticket: string, code: string, redirectTo: string): Promise<{ refused: string }> {
  return signInWithPassword("", "", redirectTo, { ticket, code });
}

/** After a password change ended every session: signs this browser in again under the new session version. */
export async function renewSignIn(renewal: string, redirectTo: string): Promise<{ refused: string }> {
  return signInWithPassword("", "", redirectTo, { ticket: renewal });
}

/** The signed-in, still-active user, even one who must first change a one-time password or enrol a second factor. */
export async function getAccountHolder(): Promise<TActor | null> {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!session?.user || !Number.isInteger(id)) return null;
  return loadActor(id, session.user.sessionVersion, session.user.sessionId);
}

/**
 * The signed-in, still-active user, or null — also null while their account setup is pending, so every page,
 * action and route handler that asks for an actor refuses until then (only /account/security asks for less).
 */
export async function getActor(): Promise<TActor | null> {
  const holder = await getAccountHolder();
  return holder && !holder.pendingSetup ? holder : null;
}

/** Signs the current session out for good (its id is revoked), then clears the cookie and redirects. */
export async function signOutSession(redirectTo: string): Promise<void> {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (session?.user?.sessionId && Number.isInteger(id)) await revokeSession({ sessionId: session.user.sessionId, userId: id });
  await signOut({ redirectTo });
}

/** For pages: the user, or a redirect to sign-in (or to /account/security while their account setup is pending). */
export async function requireUser(): Promise<TActor> {
  const actor = await requireAccountHolder();
  if (actor.pendingSetup) redirect("/account/security");
  return actor;
}

/** For /account/security only: the signed-in user, setup pending or not. */
export async function requireAccountHolder(): Promise<TActor> {
  const actor = await getAccountHolder();
  if (!actor) redirect("/sign-in");
  return actor;
}

/** For /account/security's actions only: the signed-in user, setup pending or not, else ForbiddenError. */
export async function authorizeAccountHolder(): Promise<TActor> {
  const actor = await getAccountHolder();
  if (!actor) throw new ForbiddenError();
  return actor;
}

/** For pages: a user of one of these roles; anyone else gets "not found", as if the page did not exist. */
export async function requireRole(...roles: Role[]): Promise<TActor> {
  const actor = await requireUser();
  if (!roles.includes(actor.role)) notFound();
  return actor;
}

/** For server actions and route handlers: the user if of one of these roles, else ForbiddenError. */
export async function authorize(...roles: Role[]): Promise<TActor> {
  const actor = await getActor();
  if (!actor || !roles.includes(actor.role)) throw new ForbiddenError();
  return actor;
}
