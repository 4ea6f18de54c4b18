import "server-only";
import type { TActor } from "../actor";
import { writeAudit } from "../audit";
import { prisma } from "../db";
import { DomainError } from "../errors";
import { SECOND_FACTOR_REQUIRED } from "./account-setup";
import { refuseAfterRepeatedFailures } from "./recent-failures";
import { redeemSecondFactorCode } from "./verify-second-factor";

/** Turns the second factor off: only where it is optional (contractors), and only with a current code. */
export async function disableSecondFactor({ actor, code }: { actor: TActor; code: string }) {
  if (SECOND_FACTOR_REQUIRED.includes(actor.role)) throw new DomainError("SECOND_FACTOR_REQUIRED_FOR_ROLE");
  await refuseAfterRepeatedFailures(actor.userId, ["second_factor.disable_failed"]);
  if (!(await redeemSecondFactorCode(actor.userId, code))) {
    await writeAudit({ actorId: actor.userId, action: "second_factor.disable_failed", subject: actor.email });
    throw new DomainError("SECOND_FACTOR_CODE_WRONG");
  }
  const db = prisma();
  await db.$transaction([db.recoveryCode.deleteMany({ where: { userId: actor.userId } }), db.secondFactor.deleteMany({ where: { userId: actor.userId } })]);
  await writeAudit({ actorId: actor.userId, action: "second_factor.disable", subject: actor.email });
}
