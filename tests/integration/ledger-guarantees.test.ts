import { describe, expect, inject, it } from "vitest";
import { prisma } from "../../lib/db";
import { ensureAccount } from "../../lib/ledger/accounts";
import { checkLedgerInvariants } from "../../lib/ledger/check-invariants";
import { postTransfer, type TPostTransfer } from "../../lib/ledger/post-transfer";
import { ledgerTransaction } from "../../lib/ledger/transaction";
import { verifyDatabaseJournal } from "../../lib/ledger/verify-journal";
import { buildWorld, T, type TWorld } from "../support/ledger-fixtures";

async function fund(w: TWorld, organizationId: number, amount: bigint) {
  return ledgerTransaction(async (tx) => {
    const from = await ensureAccount(tx, w.colour.id, { kind: "project", projectId: w.project.id });
    const to = await ensureAccount(tx, w.colour.id, { kind: "company", organizationId });
    await postTransfer(tx, { colourId: w.colour.id, fromAccountId: from, toAccountId: to, amountTiyn: amount, kind: "payment", documentType: "test" });
    return to;
  });
}

const post = (p: TPostTransfer) => ledgerTransaction((tx) => postTransfer(tx, p));

async function snapshot() {
  const db = prisma();
  return {
    transfers: await db.transfer.count(),
    lots: await db.lot.count(),
    consumptions: await db.lotConsumption.count(),
    journal: await db.journalEntry.count(),
    requests: await db.ledgerRequest.count(),
    balances: (await db.account.findMany({ orderBy: { id: "asc" } })).map((a) => `${a.id}:${a.balanceTiyn}`),
    heads: (await db.journalHead.findMany({ orderBy: { chain: "asc" } })).map((h) => `${h.chain}:${h.seq}:${h.hash}`),
  };
}

async function expectConsistent() {
  expect((await checkLedgerInvariants(prisma())).violations).toEqual([]);
  expect((await verifyDatabaseJournal(prisma())).firstBroken).toBeNull();
}

describe("append-only postings and journal", () => {
  it.each([
    ["UPDATE transfer SET amount_tiyn = amount_tiyn + 1"],
    ["DELETE FROM transfer"],
    ["UPDATE journal_entry SET payload = '{}'"],
    ["DELETE FROM journal_entry"],
    ["UPDATE lot_consumption SET amount_tiyn = 1"],
    ["DELETE FROM lot_consumption"],
    ["UPDATE colour_rules SET reason = 'rewritten'"],
    ["UPDATE lot SET amount_tiyn = amount_tiyn + 1"],
    ["UPDATE lot SET remaining_tiyn = remaining_tiyn + 1"],
    ["DELETE FROM lot"],
  ])("refuses %s", async (sql) => {
    const w = await buildWorld();
    await fund(w, w.general.id, T(1000));
    await expect(prisma().$executeRawUnsafe(sql)).rejects.toThrow(/APPEND_ONLY/);
  });

  it("refuses a negative balance even if code outside the ledger tried one", async () => {
    const w = await buildWorld();
    const account = await fund(w, w.general.id, T(10));
    await expect(prisma().$executeRaw`UPDATE account SET balance_tiyn = -1 WHERE id = ${account}`).rejects.toThrow(/account_balance_non_negative/);
  });
});

describe("idempotency", () => {
  it("the same request sent 50 times at once posts once", async () => {
    const w = await buildWorld();
    const from = await fund(w, w.general.id, T(1000));
    const to = await ledgerTransaction((tx) => ensureAccount(tx, w.colour.id, { kind: "company", organizationId: w.sub.id }));
    const request: TPostTransfer = { colourId: w.colour.id, fromAccountId: from, toAccountId: to, amountTiyn: T(7), kind: "payment", documentType: "test", idempotencyKey: "pay-once-1" };
    const results = await Promise.all(Array.from({ length: 50 }, () => post(request)));
    expect(new Set(results.map((r) => r.transferId)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await prisma().transfer.count({ where: { fromAccountId: from } })).toBe(1);
    expect((await prisma().account.findUniqueOrThrow({ where: { id: to } })).balanceTiyn).toBe(T(7));
    await expectConsistent();
  });

  it("the same key with a different request is refused", async () => {
    const w = await buildWorld();
    const from = await fund(w, w.general.id, T(1000));
    const to = await ledgerTransaction((tx) => ensureAccount(tx, w.colour.id, { kind: "company", organizationId: w.sub.id }));
    await post({ colourId: w.colour.id, fromAccountId: from, toAccountId: to, amountTiyn: T(7), kind: "payment", documentType: "test", idempotencyKey: "k-2" });
    await expect(post({ colourId: w.colour.id, fromAccountId: from, toAccountId: to, amountTiyn: T(8), kind: "payment", documentType: "test", idempotencyKey: "k-2" })).rejects.toMatchObject({
      code: "IDEMPOTENCY_KEY_REUSED",
    });
  });
});

describe("concurrent writers", () => {
  it("16 writers draining one account end at exactly zero, never below", async () => {
    const w = await buildWorld();
    const start = T(1000); // 100 000 tiyn, drained 700 tiyn at a time with a remainder of 600
    const from = await fund(w, w.general.id, start);
    const sinks = await Promise.all(
      Array.from({ length: 4 }, async (_, i) => {
        const org = await prisma().organization.create({ data: { kind: "company", name: `Sink ${i}` } });
        return ledgerTransaction((tx) => ensureAccount(tx, w.colour.id, { kind: "company", organizationId: org.id }));
      }),
    );
    let posted = 0n;
    const writer = async (i: number) => {
      for (;;) {
        const amount = 700n;
        try {
          await post({ colourId: w.colour.id, fromAccountId: from, toAccountId: sinks[i % sinks.length]!, amountTiyn: amount, kind: "payment", documentType: "test" });
          posted += amount;
        } catch (error) {
          expect(error).toMatchObject({ code: "INSUFFICIENT_BALANCE" });
          return;
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, (_, i) => writer(i)));
    const remaining = (await prisma().account.findUniqueOrThrow({ where: { id: from } })).balanceTiyn;
    expect(remaining).toBe(start % 700n);
    expect(posted).toBe(start - remaining);
    // Drain the remainder exactly.
    await post({ colourId: w.colour.id, fromAccountId: from, toAccountId: sinks[0]!, amountTiyn: remaining, kind: "payment", documentType: "test" });
    expect((await prisma().account.findUniqueOrThrow({ where: { id: from } })).balanceTiyn).toBe(0n);
    await expectConsistent();
  }, 120_000);
});

describe("serialization failures", () => {
  it("under SERIALIZABLE, conflicting writers fail with 40001 and are retried until every posting lands", async () => {
    const w = await buildWorld();
    const from = await fund(w, w.general.id, T(100));
    const to = await ledgerTransaction((tx) => ensureAccount(tx, w.colour.id, { kind: "company", organizationId: w.sub.id }));
    let retries = 0;
    const one = () =>
      ledgerTransaction((tx) => postTransfer(tx, { colourId: w.colour.id, fromAccountId: from, toAccountId: to, amountTiyn: 100n, kind: "payment", documentType: "test" }), {
        isolationLevel: "Serializable",
        attempts: 60,
        baseDelayMs: 2,
        onRetry: () => retries++,
      });
    await Promise.all(Array.from({ length: 16 }, one));
    expect((await prisma().account.findUniqueOrThrow({ where: { id: to } })).balanceTiyn).toBe(1600n);
    // PGlite has one session and never conflicts; PostgreSQL must have produced (and survived) conflicts.
    if (inject("databaseKind") === "postgresql") expect(retries).toBeGreaterThan(0);
    await expectConsistent();
  }, 120_000);
});

describe("atomicity", () => {
  // A trigger that fails the n-th write to a table stands in for a crash between two writes of a posting.
  it.each(["transfer", "ledger_request", "lot_consumption", "lot", "account", "journal_entry", "journal_head"])(
    "a failure while writing %s leaves nothing behind",
    async (table) => {
      const w = await buildWorld();
      const from = await fund(w, w.general.id, T(1000));
      const to = await ledgerTransaction((tx) => ensureAccount(tx, w.colour.id, { kind: "company", organizationId: w.sub.id }));
      const before = await snapshot();
      const db = prisma();
      await db.$executeRawUnsafe(`CREATE FUNCTION test_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$`);
      await db.$executeRawUnsafe(`CREATE TRIGGER test_fail BEFORE INSERT OR UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION test_fail()`);
      try {
        await expect(post({ colourId: w.colour.id, fromAccountId: from, toAccountId: to, amountTiyn: T(5), kind: "payment", documentType: "test", idempotencyKey: `atomic-${table}` })).rejects.toThrow(/injected failure/);
      } finally {
        await db.$executeRawUnsafe(`DROP TRIGGER test_fail ON ${table}`);
        await db.$executeRawUnsafe(`DROP FUNCTION test_fail()`);
      }
      expect(await snapshot()).toEqual(before);
      // And the same request goes through afterwards.
      await post({ colourId: w.colour.id, fromAccountId: from, toAccountId: to, amountTiyn: T(5), kind: "payment", documentType: "test", idempotencyKey: `atomic-${table}` });
      await expectConsistent();
    },
  );
});

describe("colour purity", () => {
  it("refuses every randomised attempt to move money between colours", async () => {
    const a = await buildWorld();
    const b = await buildWorld();
    const accountsA = [await fund(a, a.general.id, T(100)), await fund(a, a.sub.id, T(100))];
    const accountsB = [await fund(b, b.general.id, T(100)), await fund(b, b.sub.id, T(100))];
    let seed = 42;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 40; i++) {
      const [fromSet, toSet, colour] = rnd(2) ? [accountsA, accountsB, rnd(2) ? a.colour.id : b.colour.id] : [accountsB, accountsA, rnd(2) ? a.colour.id : b.colour.id];
      await expect(post({ colourId: colour, fromAccountId: fromSet[rnd(2)]!, toAccountId: toSet[rnd(2)]!, amountTiyn: BigInt(1 + rnd(500)), kind: "payment", documentType: "test" })).rejects.toMatchObject({ code: "COLOUR_MISMATCH" });
    }
    await expectConsistent();
  });
});

describe("journal verification", () => {
  it("names the first altered entry", async () => {
    const w = await buildWorld();
    await fund(w, w.general.id, T(100));
    await fund(w, w.general.id, T(200));
    const target = await prisma().journalEntry.findFirstOrThrow({ where: { chain: w.colour.id, seq: 3n } });
    // Only someone able to switch off the guard could do this; verification must still catch it.
    await prisma().$executeRawUnsafe(`ALTER TABLE journal_entry DISABLE TRIGGER journal_entry_append_only`);
    await prisma().$executeRaw`UPDATE journal_entry SET payload = replace(payload, '"10000"', '"10001"') WHERE id = ${target.id}`;
    await prisma().$executeRawUnsafe(`ALTER TABLE journal_entry ENABLE TRIGGER journal_entry_append_only`);
    const result = await verifyDatabaseJournal(prisma());
    expect(result.firstBroken).toMatchObject({ chain: w.colour.id, seq: 3n });
    expect(result.firstBroken!.reason).toMatch(/content does not match its hash/);
  });
});

it("runs on the database this suite was started with", () => {
  expect(["embedded", "postgresql"]).toContain(inject("databaseKind"));
});
