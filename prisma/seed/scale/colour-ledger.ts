// One colour's ledger, kept in memory while the generator plays its history: accounts, FIFO lots, transfers
// and the colour's hash-chained journal — the same rows ledger_post() and journal_append() would write, so
// that `npm run ledger:check` and `npm run journal:verify` hold on the generated dataset.
import { canonicalJson } from "../../../lib/ledger/canonical-json";
import { entryHash, GENESIS_HASH } from "../../../lib/ledger/journal-chain";
import type { BulkWriter } from "./writer";
import type { Ids } from "./ids";

type TLot = { id: bigint; remaining: bigint };
type TAccount = { id: bigint; kind: "issuance" | "project" | "company" | "exit"; key: string; organizationId: number | null; projectId: number | null; balance: bigint; received: bigint; wagesPaid: bigint; taxesPaid: bigint; lots: TLot[]; head: number; createdAt: Date };
type TLotRow = { id: bigint; accountId: bigint; transferId: bigint; amount: bigint; remaining: bigint; at: Date; lot: TLot };

export class ColourLedger {
  private accounts = new Map<string, TAccount>();
  private lots: TLotRow[] = [];
  private seq = 0n;
  private hash = GENESIS_HASH;
  transfers = 0;

  constructor(
    readonly colourId: number,
    private ids: Ids,
    private out: BulkWriter,
  ) {}

  account(key: string, kind: TAccount["kind"], at: Date, organizationId: number | null = null, projectId: number | null = null): TAccount {
    let a = this.accounts.get(key);
    if (!a) this.accounts.set(key, (a = { id: this.ids.bigNext("account"), kind, key, organizationId, projectId, balance: 0n, received: 0n, wagesPaid: 0n, taxesPaid: 0n, lots: [], head: 0, createdAt: at }));
    return a;
  }

  company(organizationId: number, at: Date) {
    return this.account(`company:${organizationId}`, "company", at, organizationId);
  }

  balanceOf(key: string): bigint {
    return this.accounts.get(key)?.balance ?? 0n;
  }

  receivedBy(key: string): bigint {
    return this.accounts.get(key)?.received ?? 0n;
  }

  /** Appends a journal entry to the colour's chain (hash exactly as journal_append computes it). */
  journal(kind: string, payload: Record<string, unknown>, at: Date) {
    const text = canonicalJson({ ...payload, at: at.toISOString() });
    this.seq++;
    const hash = entryHash(this.hash, this.colourId, this.seq, kind, text);
    this.out.push("journal_entry", [this.ids.bigNext("journal_entry"), this.colourId, this.seq, kind, text, this.hash, hash, at]);
    this.hash = hash;
  }

  /**
   * Posts a transfer: consumes the payer's lots first-in-first-out, gives the payee a lot, moves both balances
   * and journals it. The caller has already judged it by the purpose rules; a balance short of the amount is a
   * generator bug and throws.
   */
  post(t: { from: TAccount; to: TAccount; amount: bigint; kind: "mint" | "payment" | "exit"; documentType: string; documentId: number | null; actorId: number | null; at: Date; note?: Record<string, unknown> }): bigint {
    const id = this.ids.bigNext("transfer");
    if (t.amount <= 0n) throw new Error(`generator: non-positive transfer in colour ${this.colourId}`);
    if (t.from.kind !== "issuance") {
      if (t.from.balance < t.amount) throw new Error(`generator: overdraft of ${t.from.key} in colour ${this.colourId}`);
      let left = t.amount;
      while (left > 0n) {
        const lot = t.from.lots[t.from.head]!;
        const take = lot.remaining < left ? lot.remaining : left;
        this.out.push("lot_consumption", [id, lot.id, take]);
        lot.remaining -= take;
        left -= take;
        if (lot.remaining === 0n) t.from.head++;
      }
    }
    this.out.push("transfer", [id, this.colourId, t.from.id, t.to.id, t.amount, t.kind, t.documentType, t.documentId, t.actorId, t.at]);
    const lot: TLot = { id: this.ids.bigNext("lot"), remaining: t.amount };
    t.to.lots.push(lot);
    this.lots.push({ id: lot.id, accountId: t.to.id, transferId: id, amount: t.amount, remaining: 0n, at: t.at, lot });
    t.from.balance -= t.amount;
    t.to.balance += t.amount;
    t.to.received += t.amount;
    // The running totals ledger_post keeps (decision 0299).
    if (t.to.key === "exit:wages") t.from.wagesPaid += t.amount;
    if (t.to.key === "exit:taxes") t.from.taxesPaid += t.amount;
    this.transfers++;
    this.journal("transfer", { transfer: id, colour: this.colourId, kind: t.kind, from: t.from.id, to: t.to.id, amount: t.amount.toString(), document: t.documentType, documentId: t.documentId, actor: t.actorId, reverses: null, ...t.note }, t.at);
    return id;
  }

  /** Writes the accounts with their final balances, the lots with what remains of them, and the chain's head. */
  finish(at: Date) {
    for (const a of this.accounts.values()) this.out.push("account", [a.id, this.colourId, a.kind, a.key, a.organizationId, a.projectId, a.balance, a.received, a.wagesPaid, a.taxesPaid, a.createdAt]);
    for (const l of this.lots) this.out.push("lot", [l.id, l.accountId, this.colourId, l.transferId, l.amount, l.lot.remaining, l.at]);
    this.out.push("journal_head", [this.colourId, this.seq, this.hash, at]);
  }
}
