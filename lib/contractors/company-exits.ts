import "server-only";
import type { TActor } from "../actor";
import { fromStoredRules } from "../rules/stored-rules";
import { prisma } from "../db";
import { NotFoundError } from "../errors";
import { exitCircuit } from "../contractors/exit-circuit";
import { shareOf } from "../rules/amounts";
import type { TExitKind } from "../rules/types";
import { companyBalances } from "./company-dashboard";
import { companyOf } from "../scope";

/** Per colour the company holds: how much may still leave as wages and as taxes under the colour's rules. */
export async function exitOptions({ actor }: { actor: TActor }) {
  const org = companyOf(actor);
  const balances = await companyBalances({ actor });
  if (balances.length === 0) return [];
  const db = prisma();
  const colours = await db.colour.findMany({ where: { id: { in: balances.map((b) => b.colourId) } } });
  const rules = await db.colourRules.findMany({ where: { OR: colours.map((c) => ({ colourId: c.id, version: c.rulesVersion })) } });
  // What each account paid to wages and taxes: the running totals the ledger judges an exit on (decision 0299).
  const paid = await db.account.findMany({ where: { organizationId: org, holderKind: "company", colourId: { in: balances.map((b) => b.colourId) } }, select: { colourId: true, wagesPaidTiyn: true, taxesPaidTiyn: true } });
  return balances.map((b) => {
    const colour = colours.find((c) => c.id === b.colourId)!;
    const stored = rules.find((r) => r.colourId === b.colourId)!;
    const r = fromStoredRules(stored.rules, stored.version, colour.expiresAt);
    const per = (kind: TExitKind) => {
      const account = paid.find((a) => a.colourId === b.colourId);
      const done = (kind === "wages" ? account?.wagesPaidTiyn : account?.taxesPaidTiyn) ?? 0n;
      const limit = shareOf(b.receivedTiyn, r.exits[kind].maxShareBp);
      const left = limit - done;
      return { allowed: r.exits[kind].allowed, maxShareBp: r.exits[kind].maxShareBp, limitTiyn: limit, exitedTiyn: done, leftTiyn: left > 0n ? left : 0n };
    };
    return { ...b, wages: per("wages"), taxes: per("taxes") };
  });
}

/** Pays wages or taxes out of a colour the company holds; the ledger judges the share and the balance. */
export async function payExit({ actor, colourId, kind, amountTiyn, idempotencyKey }: { actor: TActor; colourId: number; kind: TExitKind; amountTiyn: bigint; idempotencyKey: string }) {
  const org = companyOf(actor);
  // Only a colour the company already holds: anything else reads as not found, and opens no account.
  const account = await prisma().account.findUnique({ where: { colourId_holderKey: { colourId, holderKey: `company:${org}` } } });
  if (!account) throw new NotFoundError("colour");
  const key = `exit:${org}:${idempotencyKey}`;
  // exitCircuit judges the share before the ledger sees the key, so a retry of a payment that used up the
  // share would be refused; a key already posted is answered with its transfer instead.
  const done = await prisma().ledgerRequest.findUnique({ where: { key } });
  if (done?.transferId != null) return { transferId: done.transferId, journalSeq: null, replayed: true };
  // The ledger tells the flag engine of the exit, or of its refusal (lib/ledger/events.ts).
  return exitCircuit({ actor, colourId, organizationId: org, kind, amountTiyn, idempotencyKey: key });
}
