import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { ForbiddenError } from "../errors";
import { verifyDatabaseJournal } from "../ledger/verify-journal";

/** The whole journal re-checked for an investigator or an administrator, reporting progress as it reads. */
export async function verifyJournal({ actor, onProgress }: { actor: TActor; onProgress?: (checked: number) => void }) {
  if (!actor.isSystem && actor.role !== "investigator" && actor.role !== "admin") throw new ForbiddenError();
  return verifyDatabaseJournal(prisma(), { onProgress });
}
