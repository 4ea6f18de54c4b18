import "server-only";
import { auditRead } from "../audit";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { ForbiddenError } from "../errors";
import { verifyDatabaseJournal } from "../ledger/verify-journal";

/** The whole journal re-checked for an investigator or an administrator, reporting progress as it reads. */
export async function verifyJournal({ actor, onProgress }: { actor: TActor; onProgress?: (checked: number) => void }) {
  if (!actor.isSystem && actor.role !== "investigator" && actor.role !== "admin") throw new ForbiddenError();
  const verifier = await verifyDatabaseJournal(prisma(), { onProgress });
  await auditRead(actor, "journal.verify", undefined, { checked: verifier.checked, chains: verifier.chains().length, firstBroken: verifier.firstBroken ? JSON.parse(JSON.stringify(verifier.firstBroken, (_k, v) => (typeof v === "bigint" ? v.toString() : v))) : null });
  return verifier;
}
