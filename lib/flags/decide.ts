// The decisions of the flag engine as pure functions over plain facts (no Prisma, no Next), like lib/rules:
// gather.ts collects the facts with SQL, these say whether a flag fires, how strongly and on what.
// Each returns null when its flag does not fire.
import type { TFlagConfig } from "./config";
import type { TSeverity } from "./kinds";

export type TVerdict<F = Record<string, string | number>> = { severity: TSeverity; score: number; facts: F };

const DAY = 86_400_000;
const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));
/** a / b in basis points, rounded down; 0 when b is 0. */
export const bpOf = (a: bigint, b: bigint): number => (b <= 0n ? 0 : Number((a * 10000n) / b));

// ── pass-through ──────────────────────────────────────────────────────────────────────────────────────────
/**
 * A company forwarded at least `minForwardedBp` of what it received of a colour to other companies, each
 * tiyn within `windowDays` of its arrival (lot lineage), and paid out at most `maxOwnWorkBp` as wages.
 */
export function decidePassThrough(f: { receivedTiyn: bigint; forwardedInWindowTiyn: bigint; wagesTiyn: bigint }, c: TFlagConfig["passThrough"]): TVerdict | null {
  if (f.receivedTiyn <= 0n) return null;
  const forwardedBp = bpOf(f.forwardedInWindowTiyn, f.receivedTiyn);
  const ownWorkBp = bpOf(f.wagesTiyn, f.receivedTiyn);
  if (forwardedBp < c.minForwardedBp || ownWorkBp > c.maxOwnWorkBp) return null;
  return { severity: "high", score: clamp(60 + (forwardedBp - c.minForwardedBp) / 25), facts: { forwardedBp, ownWorkBp } };
}

// ── round-trip ────────────────────────────────────────────────────────────────────────────────────────────
export type TParty = { organizationId: number; personIds: readonly number[]; address: string | null; bankAccount: string | null };
export type TTieRole = "payer" | "earlier_tier" | "approver";
export type TTie = { role: TTieRole; via: "person" | "address" | "bank_account"; organizationId?: number; userId?: number; personId?: number };

/** Addresses compare without case, punctuation or repeated spaces: "Almaty, Abay 1" = "almaty abay 1". */
export const normalizeAddress = (a: string | null | undefined) => (a ?? "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const normalizeAccount = (a: string | null | undefined) => (a ?? "").replace(/\s+/g, "").toUpperCase();

/**
 * Ties between the payee and the payer, an earlier tier of the same contract chain, or an official who
 * approved the payment: a shared director or founder, the same address, the same bank account; an approver is
 * tied when the person behind the account is a director or founder of the payee, or lives at its address.
 */
export function findTies(payee: TParty, upstream: readonly (TParty & { role: "payer" | "earlier_tier" })[], approvers: readonly { userId: number; personId: number | null; personAddress: string | null }[], c: TFlagConfig["roundTrip"]): TTie[] {
  const ties: TTie[] = [];
  const payeeAddress = normalizeAddress(payee.address);
  const payeeAccount = normalizeAccount(payee.bankAccount);
  for (const u of upstream) {
    if (u.organizationId === payee.organizationId) continue;
    if (c.byPerson) for (const p of u.personIds) if (payee.personIds.includes(p)) ties.push({ role: u.role, via: "person", organizationId: u.organizationId, personId: p });
    if (c.byAddress && payeeAddress && payeeAddress === normalizeAddress(u.address)) ties.push({ role: u.role, via: "address", organizationId: u.organizationId });
    if (c.byBankAccount && payeeAccount && payeeAccount === normalizeAccount(u.bankAccount)) ties.push({ role: u.role, via: "bank_account", organizationId: u.organizationId });
  }
  for (const a of approvers) {
    if (a.personId == null) continue;
    if (c.byPerson && payee.personIds.includes(a.personId)) ties.push({ role: "approver", via: "person", userId: a.userId, personId: a.personId });
    if (c.byAddress && payeeAddress && payeeAddress === normalizeAddress(a.personAddress)) ties.push({ role: "approver", via: "address", userId: a.userId, personId: a.personId });
  }
  return ties;
}

export function decideRoundTrip(ties: readonly TTie[]): TVerdict | null {
  if (ties.length === 0) return null;
  const strong = ties.some((t) => t.via !== "address");
  const approver = ties.some((t) => t.role === "approver");
  return { severity: "high", score: clamp((strong ? 80 : 60) + (approver ? 20 : 0) + 5 * (ties.length - 1)), facts: { ties: ties.length } };
}

// ── split invoices ────────────────────────────────────────────────────────────────────────────────────────
export type TDatedAmount = { id: number; on: Date; totalTiyn: bigint };

/**
 * Invoices of one company in one colour that are each just under the second-approval threshold (at least
 * `justUnderBp` of it, below it), at least `minInvoices` of them within `windowDays`, summing to the threshold
 * or more. Returns every invoice that belongs to such a window.
 */
export function findSplitInvoices(invoices: readonly TDatedAmount[], thresholdTiyn: bigint, c: TFlagConfig["splitInvoices"]): number[] {
  const floor = (thresholdTiyn * BigInt(c.justUnderBp)) / 10000n;
  const near = invoices.filter((i) => i.totalTiyn >= floor && i.totalTiyn < thresholdTiyn).sort((a, b) => a.on.getTime() - b.on.getTime() || a.id - b.id);
  const hit = new Set<number>();
  for (let start = 0; start < near.length; start++) {
    let sum = 0n;
    const window: number[] = [];
    for (let end = start; end < near.length && near[end]!.on.getTime() - near[start]!.on.getTime() <= c.windowDays * DAY; end++) {
      sum += near[end]!.totalTiyn;
      window.push(near[end]!.id);
    }
    if (window.length >= c.minInvoices && sum >= thresholdTiyn) window.forEach((id) => hit.add(id));
  }
  return [...hit].sort((a, b) => a - b);
}

export function decideSplitInvoices(ids: readonly number[], sumTiyn: bigint, thresholdTiyn: bigint): TVerdict | null {
  if (ids.length === 0) return null;
  return { severity: "medium", score: clamp(45 + 15 * (ids.length - 2)), facts: { invoices: ids.length, sumTiyn: sumTiyn.toString(), thresholdTiyn: thresholdTiyn.toString() } };
}

// ── markup between tiers ──────────────────────────────────────────────────────────────────────────────────
/** Average unit price of lines, weighted by quantity (tiyn per unit, rounded down). */
export function averageUnitPrice(lines: readonly { quantityMilli: bigint; unitPriceTiyn: bigint }[]): bigint | null {
  let q = 0n;
  let v = 0n;
  for (const l of lines) {
    q += l.quantityMilli;
    v += l.quantityMilli * l.unitPriceTiyn;
  }
  return q > 0n ? v / q : null;
}

/** The same item billed upward more than `minMarkupBp` above the unit price the company paid one tier down. */
export function decideMarkup(f: { upUnitPriceTiyn: bigint; downUnitPriceTiyn: bigint }, c: TFlagConfig["markup"]): TVerdict | null {
  if (f.downUnitPriceTiyn <= 0n) return null;
  const markupBp = bpOf(f.upUnitPriceTiyn - f.downUnitPriceTiyn, f.downUnitPriceTiyn);
  if (markupBp <= c.minMarkupBp) return null;
  return { severity: "medium", score: clamp(45 + (markupBp - c.minMarkupBp) / 50), facts: { markupBp, upUnitPriceTiyn: f.upUnitPriceTiyn.toString(), downUnitPriceTiyn: f.downUnitPriceTiyn.toString() } };
}

// ── unit-price outlier ────────────────────────────────────────────────────────────────────────────────────
/** Quartiles by linear interpolation between order statistics (the "type 7" rule of R and spreadsheets). */
export function quartiles(values: readonly bigint[]): { q1: number; q3: number } | null {
  if (values.length === 0) return null;
  const s = values.map(Number).sort((a, b) => a - b);
  const at = (p: number) => {
    const h = (s.length - 1) * p;
    const lo = Math.floor(h);
    return s[lo]! + (h - lo) * ((s[Math.min(lo + 1, s.length - 1)] ?? s[lo]!) - s[lo]!);
  };
  return { q1: at(0.25), q3: at(0.75) };
}

/** Q3 + factor·IQR of the unit prices of one item code across projects; null with too few prices to judge. */
export function outlierFence(prices: readonly bigint[], c: TFlagConfig["unitPriceOutlier"]): bigint | null {
  return fenceOf(quartiles(prices), prices.length, c);
}

/** The same fence from quartiles computed elsewhere (the database's percentile_cont interpolates the same way). */
export function fenceOf(q: { q1: number; q3: number } | null, samples: number, c: TFlagConfig["unitPriceOutlier"]): bigint | null {
  if (!q || samples < c.minSamples) return null;
  return BigInt(Math.floor(q.q3 + ((q.q3 - q.q1) * c.iqrFactorPct) / 100));
}

export function decideUnitPriceOutlier(f: { unitPriceTiyn: bigint; fenceTiyn: bigint | null }): TVerdict | null {
  if (f.fenceTiyn == null || f.unitPriceTiyn <= f.fenceTiyn) return null;
  const aboveBp = bpOf(f.unitPriceTiyn - f.fenceTiyn, f.fenceTiyn);
  return { severity: aboveBp >= 2500 ? "medium" : "low", score: clamp(35 + aboveBp / 50), facts: { fenceTiyn: f.fenceTiyn.toString(), unitPriceTiyn: f.unitPriceTiyn.toString(), aboveBp } };
}

// ── new company ───────────────────────────────────────────────────────────────────────────────────────────
/** Registered fewer than `maxAgeDays` days before its first coloured receipt. */
export function decideNewCompany(f: { registeredOn: Date | null; firstReceiptAt: Date }, c: TFlagConfig["newCompany"]): TVerdict | null {
  if (!f.registeredOn) return null;
  const ageDays = Math.floor((f.firstReceiptAt.getTime() - f.registeredOn.getTime()) / DAY);
  if (ageDays >= c.maxAgeDays) return null;
  return { severity: "medium", score: clamp(35 + (50 * (c.maxAgeDays - Math.max(0, ageDays))) / c.maxAgeDays), facts: { ageDays } };
}

// ── concentration ─────────────────────────────────────────────────────────────────────────────────────────
/** One subcontractor received more than `minShareBp` of everything minted into the colour. */
export function decideConcentration(f: { receivedTiyn: bigint; mintedTiyn: bigint }, c: TFlagConfig["concentration"]): TVerdict | null {
  const shareBp = bpOf(f.receivedTiyn, f.mintedTiyn);
  if (shareBp <= c.minShareBp) return null;
  return { severity: "medium", score: clamp(45 + (shareBp - c.minShareBp) / 100), facts: { shareBp } };
}

// ── rush before expiry ────────────────────────────────────────────────────────────────────────────────────
/**
 * A colour that paid nothing for `idleDays` and then spent more than `minShareBp` of what was minted in its
 * last `lastDays` before expiry. The idle period is the `idleDays` before the last period; the colour must have
 * existed for all of it.
 */
export function decideRushBeforeExpiry(f: { mintedAt: Date; expiresAt: Date; mintedTiyn: bigint; payments: readonly { at: Date; amountTiyn: bigint }[] }, c: TFlagConfig["rushBeforeExpiry"]): TVerdict | null {
  const lastFrom = f.expiresAt.getTime() - c.lastDays * DAY;
  const idleFrom = lastFrom - c.idleDays * DAY;
  if (f.mintedAt.getTime() > idleFrom) return null;
  if (f.payments.some((p) => p.at.getTime() >= idleFrom && p.at.getTime() < lastFrom)) return null;
  const last = f.payments.filter((p) => p.at.getTime() >= lastFrom && p.at.getTime() <= f.expiresAt.getTime()).reduce((s, p) => s + p.amountTiyn, 0n);
  const shareBp = bpOf(last, f.mintedTiyn);
  if (shareBp <= c.minShareBp) return null;
  return { severity: "medium", score: clamp(45 + (shareBp - c.minShareBp) / 100), facts: { shareBp } };
}

// ── duplicate invoice ─────────────────────────────────────────────────────────────────────────────────────
/** Groups of invoices of one company with the same total issued within `windowDays` of another in the group. */
export function findDuplicateInvoices(invoices: readonly (TDatedAmount & { issuerId: number })[], c: TFlagConfig["duplicateInvoice"]): number[][] {
  const byKey = new Map<string, (TDatedAmount & { issuerId: number })[]>();
  for (const i of invoices) {
    const key = `${i.issuerId}:${i.totalTiyn}`;
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  }
  const groups: number[][] = [];
  for (const list of byKey.values()) {
    const sorted = [...list].sort((a, b) => a.on.getTime() - b.on.getTime() || a.id - b.id);
    let group: number[] = [];
    for (let k = 0; k < sorted.length; k++) {
      if (k > 0 && sorted[k]!.on.getTime() - sorted[k - 1]!.on.getTime() > c.windowDays * DAY) {
        if (group.length > 1) groups.push(group);
        group = [];
      }
      group.push(sorted[k]!.id);
    }
    if (group.length > 1) groups.push(group);
  }
  return groups.map((g) => g.sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
}

export function decideDuplicateInvoice(ids: readonly number[]): TVerdict | null {
  return ids.length > 1 ? { severity: "high", score: clamp(70 + 10 * (ids.length - 2)), facts: { invoices: ids.length } } : null;
}

// ── debarred party ────────────────────────────────────────────────────────────────────────────────────────
/** A company in the register of unreliable participants holds a contract at any tier of the colour. */
export function decideDebarredParty(f: { isDebarred: boolean; receivedTiyn: bigint }): TVerdict | null {
  if (!f.isDebarred) return null;
  return { severity: "high", score: f.receivedTiyn > 0n ? 100 : 80, facts: { receivedTiyn: f.receivedTiyn.toString() } };
}

// ── repeated refused attempts ─────────────────────────────────────────────────────────────────────────────
/** The most refused attempts within any `windowDays`, when that is at least `minAttempts`; else null. */
export function decideRefusedAttempts(times: readonly Date[], c: TFlagConfig["refusedAttempts"]): TVerdict | null {
  const t = times.map((d) => d.getTime()).sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; j < t.length; j++) {
    while (t[j]! - t[i]! > c.windowDays * DAY) i++;
    best = Math.max(best, j - i + 1);
  }
  if (best < c.minAttempts) return null;
  return { severity: best >= 2 * c.minAttempts ? "medium" : "low", score: clamp(30 + 10 * (best - c.minAttempts)), facts: { attempts: best } };
}

// ── approval anomalies ────────────────────────────────────────────────────────────────────────────────────
/** Approvers who are the invoice's creator: the same account or the same natural person behind two accounts. */
export function sameApprovers(f: { creatorUserId: number; creatorPersonId: number | null; approvers: readonly { userId: number; personId: number | null }[] }): number[] {
  return f.approvers.filter((a) => a.userId === f.creatorUserId || (f.creatorPersonId != null && a.personId === f.creatorPersonId)).map((a) => a.userId);
}

export function decideSameApprover(userIds: readonly number[]): TVerdict | null {
  return userIds.length ? { severity: "high", score: 90, facts: { approvers: userIds.length } } : null;
}

const almatyParts = new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Almaty", hour: "2-digit", minute: "2-digit", weekday: "short", hourCycle: "h23" });

/** Whether an instant is outside working hours in Asia/Almaty (end hour exclusive: 19:00 is out of hours). */
export function isOutOfHours(at: Date, c: TFlagConfig["approvalOutOfHours"]): boolean {
  const parts = Object.fromEntries(almatyParts.formatToParts(at).map((p) => [p.type, p.value]));
  if (c.weekendsAreOutOfHours && (parts.weekday === "Sat" || parts.weekday === "Sun")) return true;
  const minutes = Number(parts.hour) * 60 + Number(parts.minute);
  return minutes < c.workStartHour * 60 || minutes >= c.workEndHour * 60;
}

export function decideOutOfHours(approvalTimes: readonly Date[], c: TFlagConfig["approvalOutOfHours"]): TVerdict | null {
  const out = approvalTimes.filter((t) => isOutOfHours(t, c));
  return out.length ? { severity: "low", score: clamp(30 + 10 * (out.length - 1)), facts: { approvals: out.length } } : null;
}

/** The payment was released less than `maxMinutes` after the invoice was submitted. */
export function decideFastApproval(f: { submittedAt: Date | null; releasedAt: Date | null }, c: TFlagConfig["approvalFast"]): TVerdict | null {
  if (!f.submittedAt || !f.releasedAt) return null;
  const seconds = Math.floor((f.releasedAt.getTime() - f.submittedAt.getTime()) / 1000);
  // A release dated before the submission is back-dated data (imports, the demo): nothing to judge.
  if (seconds < 0 || seconds >= c.maxMinutes * 60) return null;
  return { severity: "low", score: clamp(30 + (30 * (c.maxMinutes * 60 - seconds)) / (c.maxMinutes * 60)), facts: { seconds } };
}
