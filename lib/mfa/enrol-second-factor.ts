import "server-only";
import QRCode from "qrcode";
import type { TActor } from "../actor";
import { writeAudit } from "../audit";
import { prisma } from "../db";
import { DomainError } from "../errors";
import { refuseAfterRepeatedFailures } from "./recent-failures";
import { hashPassword } from "../security/password";
import { newRecoveryCodes, normalizeRecoveryCode } from "./recovery-codes";
import { openSecret, sealSecret } from "./secret-box";
import { redeemSecondFactorCode } from "./verify-second-factor";
import { enrolmentUri, matchingStep, newTotpSecret } from "./totp";

export type TEnrolment = { secret: string; uri: string; qrSvg: string };

/**
 * The secret being enrolled, created on first view and kept until confirmed (a reload shows the same QR code, so
 * a phone that already scanned it stays right). Refused once a second factor is confirmed: disable it first.
 */
export async function startEnrolment({ actor }: { actor: TActor }): Promise<TEnrolment> {
  const db = prisma();
  const existing = await db.secondFactor.findUnique({ where: { userId: actor.userId } });
  if (existing?.confirmedAt) throw new DomainError("SECOND_FACTOR_ALREADY_ON");
  let secret: string;
  if (existing) secret = openSecret(existing.secret);
  else {
    secret = newTotpSecret();
    // Two tabs opening the page at once: the first row wins and both show its secret.
    await db.secondFactor.createMany({ data: [{ userId: actor.userId, secret: sealSecret(secret) }], skipDuplicates: true });
    secret = openSecret((await db.secondFactor.findUniqueOrThrow({ where: { userId: actor.userId } })).secret);
  }
  const uri = enrolmentUri(secret, actor.email);
  // An SVG made on the server and put in the page as markup: no script and no image request, so a strict CSP
  // (nonce scripts, any img-src) shows it.
  const qrSvg = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { secret, uri, qrSvg };
}

async function storeRecoveryCodes(userId: number): Promise<string[]> {
  const codes = newRecoveryCodes();
  const hashes = await Promise.all(codes.map((c) => hashPassword(normalizeRecoveryCode(c))));
  const db = prisma();
  await db.$transaction([
    db.recoveryCode.deleteMany({ where: { userId } }),
    db.recoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId, codeHash })) }),
  ]);
  return codes;
}

/** Confirms the enrolment with a first code from the app; returns the recovery codes, shown this once. */
export async function confirmEnrolment({ actor, code, moment = Date.now() }: { actor: TActor; code: string; moment?: number }): Promise<string[]> {
  const db = prisma();
  const factor = await db.secondFactor.findUnique({ where: { userId: actor.userId } });
  if (!factor) throw new DomainError("SECOND_FACTOR_NOT_STARTED");
  if (factor.confirmedAt) throw new DomainError("SECOND_FACTOR_ALREADY_ON");
  await refuseAfterRepeatedFailures(actor.userId, ["second_factor.enrol_failed"]);
  const step = matchingStep(openSecret(factor.secret), code, moment);
  if (step === null) {
    await writeAudit({ actorId: actor.userId, action: "second_factor.enrol_failed", subject: actor.email });
    throw new DomainError("SECOND_FACTOR_CODE_WRONG");
  }
  const confirmed = await db.secondFactor.updateMany({ where: { userId: actor.userId, confirmedAt: null }, data: { confirmedAt: new Date(moment), lastUsedStep: step } });
  if (confirmed.count !== 1) throw new DomainError("SECOND_FACTOR_ALREADY_ON");
  await writeAudit({ actorId: actor.userId, action: "second_factor.enrol", subject: actor.email });
  return storeRecoveryCodes(actor.userId);
}

/**
 * New recovery codes replace all the old ones (used or not). Only with a current code (authenticator or recovery):
 * an open session alone — a borrowed laptop, a stolen cookie — cannot mint new ones (ASVS 7.5.1, decision 0079).
 */
export async function regenerateRecoveryCodes({ actor, code }: { actor: TActor; code: string }): Promise<string[]> {
  const factor = await prisma().secondFactor.findUnique({ where: { userId: actor.userId } });
  if (!factor?.confirmedAt) throw new DomainError("SECOND_FACTOR_NOT_STARTED");
  await refuseAfterRepeatedFailures(actor.userId, ["second_factor.recovery_codes_failed"]);
  if (!(await redeemSecondFactorCode(actor.userId, code))) {
    await writeAudit({ actorId: actor.userId, action: "second_factor.recovery_codes_failed", subject: actor.email });
    throw new DomainError("SECOND_FACTOR_CODE_WRONG");
  }
  await writeAudit({ actorId: actor.userId, action: "second_factor.recovery_codes", subject: actor.email });
  return storeRecoveryCodes(actor.userId);
}

export async function remainingRecoveryCodes(userId: number): Promise<number> {
  return prisma().recoveryCode.count({ where: { userId, usedAt: null } });
}
