import "server-only";
import crypto from "node:crypto";
import { prisma } from "../db";
import { absoluteSeconds } from "./session-lifetime";

const USER_AGENT_MAX = 400;

/**
 * Opens a session at sign-in: a row whose random id goes into the JWT (decision 0064). Sessions past their
 * absolute end are deleted here: no token can outlive that moment, and a token without a row is refused anyway.
 */
export async function startSession({ userId, address, userAgent }: { userId: number; address: string; userAgent: string | null }) {
  const now = new Date();
  const [, session] = await prisma().$transaction([
    prisma().userSession.deleteMany({ where: { expiresAt: { lt: now } } }),
    prisma().userSession.create({
      data: {
        // 256 random bits (ASVS 7.2.3 asks at least 128; a UUID has 122).
        id: crypto.randomBytes(32).toString("base64url"),
        userId,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + absoluteSeconds() * 1000),
        address,
        userAgent: (userAgent ?? "").slice(0, USER_AGENT_MAX),
      },
    }),
  ]);
  return { id: session.id, signedInAt: Math.floor(now.getTime() / 1000) };
}
