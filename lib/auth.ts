import "server-only";
import NextAuth, { AuthError, CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import type { TActor } from "./actor";
import { auditRefusal } from "./audit";
import { env } from "./env";
import { ForbiddenError, logUnexpected } from "./errors";
import type { Role } from "./generated/prisma/enums";
import { keepPendingTicket } from "./mfa/pending-cookie";
import { completeRenewal, completeSecondFactorSignIn, createPendingSignIn } from "./mfa/pending-sign-in";
import { hasSecondFactor } from "./mfa/verify-second-factor";
import { endReplacedSession, endSession } from "./users/end-session";
import { loadSessionActor } from "./users/load-session-actor";
import { idleSeconds } from "./users/session-lifetime";
import { startSession } from "./users/start-session";
import { verifyCredentials } from "./users/verify-credentials";
// Every request of the web server passes here (pages, actions, the proxy): the server's wiring comes with it.
import "./startup";

// The only file that imports next-auth. Sessions are JWTs carrying the user id, role, organisation and a
// session version; every request re-reads the user (one primary-key lookup) so that deactivation and
// "sign out on all devices" take effect at once. Each sign-in opens a user_session row whose id and sign-in time
// ride in the JWT; every read of the session (the proxy, pages, actions, /api/auth/session) refuses a token whose
// row is ended, idle or past its absolute lifetime, and Auth.js then clears the cookie (decision 0064).

declare module "next-auth" {
  interface User {
    role?: string;
    organizationId?: number | null;
    sessionVersion?: number;
    /** The user_session row opened by this sign-in. */
    startedSession?: { id: string; signedInAt: number };
  }
  interface Session {
    user: { id: string; name: string; email: string; role: Role; organizationId: number | null; sessionVersion: number; sessionId: string | null; signedInAt: number | null };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: number;
    role?: Role;
    organizationId?: number | null;
    sv?: number;
    sid?: string;
    /** Sign-in time, epoch seconds: the absolute lifetime counts from it (Auth.js re-stamps `iat` on every refresh). */
    sat?: number;
  }
}

/** Carries the reason (and for a throttled attempt, the seconds to wait) to the sign-in form through Auth.js's error code. */
class SignInRefused extends CredentialsSignin {
  constructor(reason: string, retryAfterSeconds?: number) {
    super(reason);
    this.code = retryAfterSeconds ? `${reason}:${retryAfterSeconds}` : reason;
  }
}

/**
 * The client's address as scripts/serve.mjs decided it from the socket and TRUSTED_PROXIES: that server replaces
 * X-Forwarded-For with exactly one address before Next sees the request (decision 0063). No other header counts.
 */
function clientAddress(request: Request | undefined): string {
  return request?.headers.get("x-forwarded-for")?.trim() || "unknown";
}

/** A completed sign-in opens its user_session row (decision 0064); the JWT carries the row's id and sign-in time. */
async function signedIn(u: { id: number; name: string; email: string; role: string; organizationId: number | null; sessionVersion: number }, address: string, request: Request | undefined) {
  // A browser already signed in that signs in again gets a new session; the one its cookie held ends (ASVS 7.2.4).
  const previous = await getCurrentSession().catch(() => null);
  if (previous) await endReplacedSession(previous.actor, previous.sessionId);
  const session = await startSession({ userId: u.id, address, userAgent: request?.headers.get("user-agent") ?? null });
  return { id: String(u.id), name: u.name, email: u.email, role: u.role, organizationId: u.organizationId, sessionVersion: u.sessionVersion, startedSession: session };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  trustHost: true,
  secret: env().AUTH_SECRET,
  // The cookie's lifetime is the idle timeout, renewed by use; the absolute one is checked in the jwt callback.
  session: { strategy: "jwt", maxAge: idleSeconds() },
  pages: { signIn: "/sign-in" },
  // A refused sign-in is the user's answer, already in the audit log with its reason and address (lib/users,
  // lib/mfa): Auth.js would print a stack trace for each, which an attacker could use to flood the server log.
  logger: {
    error(error: Error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
      logUnexpected(error, "auth");
    },
  },
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
          return signedIn(done.user, clientAddress(request), request);
        }
        const email = typeof credentials?.email === "string" ? credentials.email : "";
        const password = typeof credentials?.password === "string" ? credentials.password : "";
        if (!email || !password) throw new SignInRefused("required");
        const address = clientAddress(request);
        const result = await verifyCredentials(email, password, address);
        if (!result.ok) throw new SignInRefused(result.reason, result.reason === "throttled" ? result.retryAfterSeconds : undefined);
        const u = result.user;
        // With a second factor the password opens no session, only the code step: its ticket goes in an HttpOnly
        // cookie (never in the error code, which Auth.js logs).
        if (await hasSecondFactor(u.id)) {
          await keepPendingTicket(await createPendingSignIn(u.id, "second_factor"));
          throw new SignInRefused("second_factor");
        }
        return signedIn(u, address, request);
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role as Role;
        token.organizationId = user.organizationId ?? null;
        token.sv = user.sessionVersion ?? 0;
        token.sid = user.startedSession?.id;
        token.sat = user.startedSession?.signedInAt;
        return token;
      }
      // Every later read: null ends the session and makes Auth.js clear the cookie instead of renewing it.
      const actor = await loadSessionActor(claimsOf(token));
      return actor ? token : null;
    },
    session({ session, token }) {
      session.user.id = String(token.uid);
      session.user.role = token.role as Role;
      session.user.organizationId = token.organizationId ?? null;
      session.user.sessionVersion = token.sv ?? 0;
      session.user.sessionId = token.sid ?? null;
      session.user.signedInAt = token.sat ?? null;
      return session;
    },
  },
}));

/**
 * Signs in with e-mail and password. On success Auth.js throws Next's redirect to `redirectTo`, which
 * must propagate; a refusal comes back as its reason ("invalid", "inactive", "required", "throttled:<seconds>").
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

function claimsOf(token: { uid?: number; sv?: number; sid?: string; sat?: number }) {
  return { userId: Number(token.uid), sessionVersion: token.sv ?? 0, sessionId: token.sid, signedInAt: token.sat };
}

/**
 * Signs in with the ticket of the password step and a code. Like signInWithPassword: a redirect on success, else
 * the reason ("code_invalid", "code_expired", "code_throttled", "inactive").
 */
export async function signInWithCode(ticket: string, code: string, redirectTo: string): Promise<{ refused: string }> {
  return signInWithPassword("", "", redirectTo, { ticket, code });
}

/** After a password change ended every session: signs this browser in again under the new session version. */
export async function renewSignIn(renewal: string, redirectTo: string): Promise<{ refused: string }> {
  return signInWithPassword("", "", redirectTo, { ticket: renewal });
}

/**
 * The signed-in, still-active user with this session's id, or null. The user may still have to change a one-time
 * password or enrol a second factor (`actor.pendingSetup`): only /account/security accepts such a user.
 */
export async function getCurrentSession(): Promise<{ actor: TActor; sessionId: string } | null> {
  const session = await auth();
  const id = Number(session?.user?.id);
  const sessionId = session?.user?.sessionId;
  if (!session?.user || !Number.isInteger(id) || !sessionId) return null;
  const actor = await loadSessionActor({ userId: id, sessionVersion: session.user.sessionVersion, sessionId, signedInAt: session.user.signedInAt ?? undefined });
  return actor ? { actor, sessionId } : null;
}

/** The signed-in, still-active user, even one who must first change a one-time password or enrol a second factor. */
export async function getAccountHolder(): Promise<TActor | null> {
  return (await getCurrentSession())?.actor ?? null;
}

/**
 * The signed-in, still-active user, or null — also null while their account setup is pending, so every page,
 * action and route handler that asks for an actor refuses until then (only /account/security asks for less).
 */
export async function getActor(): Promise<TActor | null> {
  const holder = await getAccountHolder();
  return holder && !holder.pendingSetup ? holder : null;
}

/** Ends the current session for good (its row is marked ended), then clears the cookie and redirects. */
export async function signOutSession(redirectTo: string): Promise<void> {
  const current = await getCurrentSession();
  if (current) await endSession({ actor: current.actor, sessionId: current.sessionId });
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

/** What a refused request asked for, for the audit log: the server action's id, else the page. */
async function requested(): Promise<string> {
  const action = (await headers()).get("next-action");
  return action ? `action:${action.slice(0, 64)}` : "page";
}

/** For /account/security's actions only: the signed-in user, setup pending or not, else ForbiddenError. */
export async function authorizeAccountHolder(): Promise<TActor> {
  const actor = await getAccountHolder();
  if (!actor) throw new ForbiddenError();
  return actor;
}

/** For pages: a user of one of these roles; anyone else gets "not found", as if the page did not exist (and is audited). */
export async function requireRole(...roles: Role[]): Promise<TActor> {
  const actor = await requireUser();
  if (!roles.includes(actor.role)) {
    await auditRefusal(actor, { what: await requested(), reason: "role", details: { roles } });
    notFound();
  }
  return actor;
}

/** For server actions and route handlers: the user if of one of these roles, else ForbiddenError (audited when signed in). */
export async function authorize(...roles: Role[]): Promise<TActor> {
  const actor = await getActor();
  if (!actor || !roles.includes(actor.role)) {
    await auditRefusal(actor, { what: await requested(), reason: "role", details: { roles } });
    throw new ForbiddenError();
  }
  return actor;
}
