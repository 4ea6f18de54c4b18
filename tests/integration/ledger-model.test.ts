import { expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { ensureAccount, type THolder } from "../../lib/ledger/accounts";
import { checkLedgerInvariants } from "../../lib/ledger/check-invariants";
import { postTransfer, type TTransferKind } from "../../lib/ledger/post-transfer";
import { ledgerTransaction } from "../../lib/ledger/transaction";
import { verifyDatabaseJournal } from "../../lib/ledger/verify-journal";
import { buildWorld, T } from "../support/ledger-fixtures";

// Thousands of random operations against the real ledger and a tiny in-memory reference model of it; every
// accepted or refused posting must agree with the model. Replay a failure with LEDGER_MODEL_SEED=<seed>.
const SEED = Number(process.env.LEDGER_MODEL_SEED ?? Date.now() % 1_000_000);
const OPERATIONS = Number(process.env.LEDGER_MODEL_OPS ?? 1500);

function prng(seed: number) {
  let s = seed >>> 0 || 1;
  return (n: number) => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s % n;
  };
}

type TModelAccount = { id: bigint; colourId: number; kind: THolder["kind"]; balance: bigint };

it(`agrees with a reference model over ${OPERATIONS} random operations (seed ${SEED})`, async () => {
  const rnd = prng(SEED);
  const worlds = [await buildWorld({ amount: T(1_000_000) }), await buildWorld({ amount: T(1_000_000) })];
  const accounts: TModelAccount[] = [];
  for (const w of worlds) {
    const holders: THolder[] = [
      { kind: "project", projectId: w.project.id },
      { kind: "company", organizationId: w.general.id },
      { kind: "company", organizationId: w.sub.id },
      { kind: "exit", exit: "wages" },
    ];
    for (let i = 0; i < 3; i++) {
      const org = await prisma().organization.create({ data: { kind: "company", name: `Model company ${w.colour.id}-${i}` } });
      holders.push({ kind: "company", organizationId: org.id });
    }
    for (const h of holders) {
      const id = await ledgerTransaction((tx) => ensureAccount(tx, w.colour.id, h));
      accounts.push({ id, colourId: w.colour.id, kind: h.kind, balance: h.kind === "project" ? T(1_000_000) : 0n });
    }
  }
  const posted: { id: bigint; from: TModelAccount; to: TModelAccount; amount: bigint; reversed: boolean; kind: TTransferKind }[] = [];
  const pick = () => accounts[rnd(accounts.length)]!;
  const context = (op: number, what: string) => `seed ${SEED}, operation ${op}: ${what}`;

  for (let op = 0; op < OPERATIONS; op++) {
    const choice = rnd(10);
    if (choice < 8 || posted.length === 0) {
      const from = pick();
      const to = rnd(6) === 0 ? pick() : accounts.filter((a) => a.colourId === from.colourId)[rnd(7)]!;
      if (from.id === to.id) continue;
      const amount = BigInt(1 + rnd(Number(from.balance > 0n ? (from.balance * 12n) / 10n : 1000n)));
      const kind: TTransferKind = to.kind === "exit" ? "exit" : "payment";
      let expected: string | null = null;
      if (from.colourId !== to.colourId) expected = "COLOUR_MISMATCH";
      else if (from.kind === "exit") expected = "EXIT_IS_FINAL";
      else if (from.balance < amount) expected = "INSUFFICIENT_BALANCE";
      try {
        const r = await ledgerTransaction((tx) => postTransfer(tx, { colourId: from.colourId, fromAccountId: from.id, toAccountId: to.id, amountTiyn: amount, kind, documentType: "model" }));
        expect(expected, context(op, `posted ${amount} from ${from.id} to ${to.id}`)).toBeNull();
        from.balance -= amount;
        to.balance += amount;
        posted.push({ id: r.transferId, from, to, amount, reversed: false, kind });
      } catch (error) {
        expect((error as { code?: string }).code, context(op, `refusal of ${amount} from ${from.id} (balance ${from.balance}) to ${to.id}`)).toBe(expected);
      }
    } else {
      const t = posted[rnd(posted.length)]!;
      const expected = t.reversed ? "replay" : t.to.balance < t.amount ? "INSUFFICIENT_BALANCE" : null;
      try {
        const r = await ledgerTransaction((tx) =>
          postTransfer(tx, { colourId: t.from.colourId, fromAccountId: t.to.id, toAccountId: t.from.id, amountTiyn: t.amount, kind: "reversal", documentType: "reversal", documentId: t.id, reversesId: t.id, idempotencyKey: `model-reversal:${t.id}` }),
        );
        if (r.replayed) {
          expect(expected, context(op, `replayed reversal of ${t.id}`)).toBe("replay");
        } else {
          expect(expected, context(op, `reversed ${t.id}`)).toBeNull();
          t.to.balance -= t.amount;
          t.from.balance += t.amount;
          t.reversed = true;
        }
      } catch (error) {
        expect((error as { code?: string }).code, context(op, `refused reversal of ${t.id}`)).toBe(expected);
      }
    }
  }

  const stored = new Map((await prisma().account.findMany()).map((a) => [a.id, a.balanceTiyn]));
  for (const a of accounts) expect(stored.get(a.id), `seed ${SEED}: account ${a.id}`).toBe(a.balance);
  expect((await checkLedgerInvariants(prisma())).violations, `seed ${SEED}`).toEqual([]);
  expect((await verifyDatabaseJournal(prisma())).firstBroken, `seed ${SEED}`).toBeNull();
}, 300_000);
