import "server-only";
import { z } from "zod";
import type { TActor } from "../actor";
import { prisma, type Tx } from "../db";
import { DomainError, NotFoundError } from "../errors";
import { scheduleCompanyFlagRefresh } from "../flags/refresh-flags";
import { appendJournal, SYSTEM_CHAIN } from "../ledger/journal";
import { assertRegistrar, ZPastDay } from "./register-company";
import { zText } from "../text-field";
import { zId } from "../http/parse-id";

const ZReason = zText({ min: 5, max: 1000 });

export const ZDebarCompany = z.object({
  companyId: zId(),
  reason: ZReason,
  debarredOn: ZPastDay,
});

export const ZLiftDebarment = z.object({
  companyId: zId(),
  reason: ZReason,
});

// Debarring and lifting are decisions about who may receive public money: they go to the journal's chain 0
// (docs/decisions/0020-debarment-in-the-journal.md), in the same transaction as the change they record. After
// the commit, every colour the company holds money or a contract in has its flags refreshed in the background:
// the debarred-party flag appears (or clears) without a recompute (docs/decisions/0042-flags-follow-every-move.md).

// Who decides (docs/decisions/0069-who-may-debar.md): a debarment stops a company's payments in every ministry,
// so the Ministry of Finance, which keeps the register, debars and lifts for all; a spending ministry's official,
// as the customer who saw the breach, debars only a company holding a contract (at any tier, in any status) in one
// of that ministry's projects, and lifts nothing (lifting reopens payments in ministries that did not decide).
// Anything else reads as "not found", as out-of-scope objects do everywhere.

async function worksForMinistry(db: Pick<Tx, "contract">, companyId: number, ministryId: number): Promise<boolean> {
  return (await db.contract.findFirst({ where: { contractorId: companyId, project: { ministryId } }, select: { id: true } })) !== null;
}

/** What this official may decide about the company: the page offers only what the use cases will accept. */
export async function mayDebar({ actor, companyId }: { actor: TActor; companyId: number }): Promise<{ debar: boolean; lift: boolean }> {
  if (!actor.isSystem && actor.role !== "official") return { debar: false, lift: false };
  if (actor.isSystem || actor.isFinance) return { debar: true, lift: true };
  return { debar: actor.organizationId != null && (await worksForMinistry(prisma(), companyId, actor.organizationId)), lift: false };
}

async function assertMayDecide(tx: Tx, actor: TActor, companyId: number, decision: "debar" | "lift") {
  if (actor.isSystem || actor.isFinance) return;
  if (decision === "debar" && actor.organizationId != null && (await worksForMinistry(tx, companyId, actor.organizationId))) return;
  throw new NotFoundError("company");
}

async function lockCompany(tx: Tx, companyId: number) {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM organization WHERE id = ${companyId} AND kind = 'company' FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError("company");
  return tx.organization.findUniqueOrThrow({ where: { id: companyId } });
}

/** Puts a company in the register of unreliable participants: from now on it may not sign or be paid. */
export async function debarCompany({ actor, input }: { actor: TActor; input: z.input<typeof ZDebarCompany> }) {
  assertRegistrar(actor);
  const data = ZDebarCompany.parse(input);
  const debarred = await prisma().$transaction(async (tx) => {
    const company = await lockCompany(tx, data.companyId);
    await assertMayDecide(tx, actor, company.id, "debar");
    if (company.isDebarred) throw new DomainError("COMPANY_ALREADY_DEBARRED", { name: company.name });
    const updated = await tx.organization.update({ where: { id: company.id }, data: { isDebarred: true, debarredOn: data.debarredOn, debarredReason: data.reason } });
    const seq = await appendJournal(tx, SYSTEM_CHAIN, "company.debarred", {
      companyId: company.id,
      bin: company.bin,
      name: company.name,
      reason: data.reason,
      debarredOn: data.debarredOn.toISOString().slice(0, 10),
      actorId: actor.isSystem ? null : actor.userId,
      // Which ministry decided: the chain alone tells who stopped the company's payments.
      actorOrganizationId: actor.isSystem ? null : actor.organizationId,
    });
    return { company: updated, journalSeq: seq };
  });
  scheduleCompanyFlagRefresh(debarred.company.id);
  return debarred;
}

/** Takes a company off the register; the reason for lifting is journalled next to the debarment it ends. */
export async function liftDebarment({ actor, input }: { actor: TActor; input: z.input<typeof ZLiftDebarment> }) {
  assertRegistrar(actor);
  const data = ZLiftDebarment.parse(input);
  const lifted = await prisma().$transaction(async (tx) => {
    const company = await lockCompany(tx, data.companyId);
    await assertMayDecide(tx, actor, company.id, "lift");
    if (!company.isDebarred) throw new DomainError("COMPANY_NOT_DEBARRED", { name: company.name });
    const updated = await tx.organization.update({ where: { id: company.id }, data: { isDebarred: false, debarredOn: null, debarredReason: null } });
    const seq = await appendJournal(tx, SYSTEM_CHAIN, "company.debarment_lifted", {
      companyId: company.id,
      bin: company.bin,
      name: company.name,
      reason: data.reason,
      wasDebarredOn: company.debarredOn?.toISOString().slice(0, 10) ?? null,
      wasReason: company.debarredReason,
      actorId: actor.isSystem ? null : actor.userId,
      actorOrganizationId: actor.isSystem ? null : actor.organizationId,
    });
    return { company: updated, journalSeq: seq };
  });
  scheduleCompanyFlagRefresh(lifted.company.id);
  return lifted;
}
