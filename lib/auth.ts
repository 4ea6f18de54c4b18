import "server-only";
import crypto from "node:crypto";
import NextAuth, { AuthError, CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import type { TActor } from "./actor";
import { auditRefusal } from "./audit";
import { env } from "./env";
import { ForbiddenError } from "./errors";
import type { Role } from "./generated/prisma/enums";
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
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const email = typeof credentials?.email === "string" ? credentials.email : "";
        const password = typeof credentials?.password === "string" ? credentials.password : "";
        if (!email || !password) throw new SignInRefused("required");
        const result = await verifyCredentials(email, password, clientAddress(request));
        if (!result.ok) throw new SignInRefused(result.reason, result.minutes);
        const u = result.user;
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
export async function signInWithPassword(email: string, password: string, redirectTo: string): Promise<{ refused: string }> {
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    return { refused: "code" in error && typeof error.code === "string" ? error.code : "invalid" };
  }
  return { refused: "invalid" };
}

/** The signed-in, still-active user, or null. */
export async function getActor(): Promise<TActor | null> {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!session?.user || !Number.isInteger(id)) return null;
  return loadActor(id, session.user.sessionVersion, session.user.sessionId);
}

/** Signs the current session out for good (its id is revoked), then clears the cookie and redirects. */
export async function signOutSession(redirectTo: string): Promise<void> {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (session?.user?.sessionId && Number.isInteger(id)) await revokeSession({ sessionId: session.user.sessionId, userId: id });
  await signOut({ redirectTo });
}

/** For pages: the user, or a redirect to sign-in. */
export async function requireUser(): Promise<TActor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return actor;
}

/** What a refused request asked for, for the audit log: the server action's id, else the page. */
async function requested(): Promise<string> {
  const action = (await headers()).get("next-action");
  return action ? `action:${action.slice(0, 64)}` : "page";
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
