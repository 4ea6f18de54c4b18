// Plays one project's history, from its allocation to the last day of the dataset: the estimate, the colour
// and its rules, the general contract and the subcontracts down two or three tiers, monthly invoices with their
// approvals, payments, wages and taxes — in time order, each payment judged by the real purpose rules
// (lib/rules) against the state the ledger would have at that moment, then posted through ColourLedger.
// A planted scheme, when given, bends one part of that history the way a real scheme would.
import { toStoredRules } from "../../../lib/rules/stored-rules";
import { invoiceTotalTiyn, lineAmountTiyn } from "../../../lib/rules/amounts";
import { checkExit, checkInvoicePayment, checkUnitPriceCeiling } from "../../../lib/rules/purpose-rules";
import { isWorkingDay } from "../../../lib/rules/working-calendar";
import type { TColourState, TEstimateItemState, TExitKind, TPurposeRules } from "../../../lib/rules/types";
import type { TRegionCode } from "../../../lib/kz/regions";
import { ITEMS, PRICE_LEVEL, type TItem, type TItemKey, type TProjectKind, type TTrade } from "./catalogue";
import { ColourLedger } from "./colour-ledger";
import type { Ids } from "./ids";
import type { Random } from "./random";
import { plantedMoment, type TPlant, type TTruth } from "./plants";
import type { Registry, TCompany, TOfficial } from "./registry";
import { itemNames, type TNameForms } from "./scale-names";
import type { BulkWriter } from "./writer";

export type TProjectPlan = { kind: TProjectKind; region: TRegionCode; mintDay: number; mintedTiyn: bigint; budgetLineId: number; ministryId: number; plant: TPlant | null; size: number; extra: string; city: string; names: TNameForms };

const DAY = 86_400_000;
const ALMATY = 5 * 3600_000; // UTC+5
/** The dataset's "today": nothing happens after it. */
export const DATASET_END = new Date("2026-11-30T13:00:00Z");
const EXPIRES = new Date("2027-12-25T18:59:59Z");

type TContractItem = { item: TEstimateRow; quantity: bigint; ceiling: bigint; billed: bigint };
type TEstimateRow = { id: number; key: TItemKey; spec: TItem; quantity: bigint; ceiling: bigint };
type TContract = { id: number; isFinal: boolean; company: TCompany; payer: TCompany | null; parent: TContract | null; items: Map<number, TContractItem>; value: bigint; tier: number; markup: [number, number]; share: number; children: TContract[]; isShell: boolean; forwardDays: [number, number]; twist?: TTwist };
/** How a planted subcontract departs from an honest one. */
type TTwist = { debarredFrom?: number; stopsAt?: number; duplicateAfterDays?: number; refusals?: { count: number; gapDays: [number, number] } };
type TLine = { item: TEstimateRow; quantity: bigint; price: bigint };
type TEvent = { at: number; order: number; run: () => void };

/** Counters the caller adds up (and prints). */
export type THistoryTotals = { transfers: number; invoices: number; paid: number; refused: number; rejected: number; awaiting: number };

export class ProjectHistory {
  private events: TEvent[] = [];
  private order = 0;
  private ledger: ColourLedger;
  private colour!: TColourState;
  private estimate: TEstimateRow[] = [];
  private projectId!: number;
  private colourId!: number;
  private subcontracts = 0;
  private inChain = new Set<number>();
  /** What each company had received when its last wages / taxes were paid. */
  private counted = new Map<string, bigint>();
  private exited = new Map<string, bigint>();
  /** The colour's expiry: the rules' far date, or a date inside the dataset for the rush plants. */
  private expires = EXPIRES;
  /** Truth rows of this project's plant, kept when the plant happened (`happened`). */
  private planted: (TTruth & { happened: () => boolean })[] = [];
  /** Invoices of the general contract whose approvals are planted, and how many are still to plant. */
  private approvalPlants = 0;
  private plantedInvoices: number[] = [];
  private paidIds = new Set<number>();
  private paidLines = new Set<string>();
  /** The official a planted general contractor is tied to (founder, namesake, or the same person as its accountant). */
  private tiedOfficial: TOfficial | null = null;
  /** The person keeping the planted general contractor's books (shared-books plants). */
  private generalAccountant: { id: number; fullName: string } | null = null;
  /** Planted subcontractors whose twist (refusals, a double bill) has happened. */
  private twistsDone = new Set<number>();
  private twistsTried = new Set<number>();
  readonly totals: THistoryTotals = { transfers: 0, invoices: 0, paid: 0, refused: 0, rejected: 0, awaiting: 0 };

  constructor(
    private r: Random,
    private ids: Ids,
    private out: BulkWriter,
    private registry: Registry,
    private officials: TOfficial[],
    private plan: TProjectPlan,
    private invoiceNumbers: Map<number, number>,
    private truth: TTruth[] = [],
  ) {
    this.ledger = new ColourLedger(0, ids, out);
  }

  run() {
    const { plan, r } = this;
    const mintAt = this.businessTime(plan.mintDay);
    this.projectId = this.ids.nextId("project");
    const name = plan.kind.name({ city: plan.city, size: plan.size, extra: plan.extra });
    const { nameRu, nameKk, nameEn } = plan.names;
    const startsOn = new Date(mintAt.getTime() - r.int(10, 60) * DAY);
    // The works are planned over this many months (the project's end date); invoices follow that pace.
    const plannedMonths = r.int(14, 26);
    this.out.push("project", [this.projectId, name, nameRu, nameKk, nameEn, plan.region, `${plan.city}, ${r.pick(["Abai ave.", "Satpaev st.", "Zhambyl st.", "Tole bi st.", "Kunaev st."])} ${r.int(1, 120)}`, plan.ministryId, day(startsOn), day(new Date(startsOn.getTime() + (plannedMonths + 1) * 30.4 * DAY)), startsOn]);
    this.buildEstimate();

    // ── the allocation: the colour, its rules (version 1) and the mint ──
    this.colourId = this.ids.nextId("colour");
    this.expires = this.expiryOf(plan.mintDay);
    this.ledger = new ColourLedger(this.colourId, this.ids, this.out);
    const official = r.pick(this.officials);
    const threshold = roundTo((plan.mintedTiyn * BigInt(r.int(600, 1000))) / 10000n, 100_000_000n); // to the million tenge
    const rules: Omit<TPurposeRules, "version" | "expiresAt"> = { allowedItemCodes: "all", advanceLimitBp: 2000, approvalThresholdTiyn: threshold > 0n ? threshold : 100_000_000n, exits: { wages: { allowed: true, maxShareBp: 2000 }, taxes: { allowed: true, maxShareBp: 1200 } } };
    const stored = toStoredRules(rules);
    this.colour = { id: this.colourId, isFrozen: false, isClosed: false, rules: { ...rules, version: 1, expiresAt: this.expires } };
    const reason = `Allocation order No. ${r.int(10, 420)}-${2026} of the ${plan.kind.ministry === "minedu" ? "Ministry of Enlightenment" : plan.kind.ministry === "minhealth" ? "Ministry of Health" : plan.kind.ministry === "mintransport" ? "Ministry of Transport" : plan.kind.ministry === "minwater" ? "Ministry of Water Resources and Irrigation" : "Ministry of Tourism and Sports"}`;
    this.out.push("colour", [this.colourId, plan.budgetLineId, this.projectId, plan.mintedTiyn, this.expires, official.userId, mintAt]);
    this.out.push("colour_rules", [this.colourId, 1, JSON.stringify(stored), reason, official.userId, mintAt]);
    this.ledger.journal("rules", { colour: this.colourId, version: 1, rules: stored, expiresAt: this.expires.toISOString(), reason, actor: official.userId }, mintAt);
    const issuance = this.ledger.account("issuance", "issuance", mintAt);
    const projectAccount = this.ledger.account(`project:${this.projectId}`, "project", mintAt, null, this.projectId);
    this.ledger.post({ from: issuance, to: projectAccount, amount: plan.mintedTiyn, kind: "mint", documentType: "allocation", documentId: this.colourId, actorId: official.userId, at: mintAt });

    // ── contracts ──
    const signed = this.businessTime(mintAt.getTime() + r.int(5, 25) * DAY);
    const general = this.contract(this.generalContractor(), null, signed, this.estimate.map((e) => [e, e.quantity, e.ceiling] as const), { markup: [0, 0], share: 1 });
    this.subcontract(general, signed);

    // ── monthly invoices of the general contractor, to the end of the dataset ──
    let month = new Date(Date.UTC(signed.getUTCFullYear(), signed.getUTCMonth() + 1, 1));
    let k = 0;
    // The split happens in one of the months whose three invoices (two to three weeks apart) all fall before the
    // end of the dataset, so that every planted split is there to be found.
    const months = (DATASET_END.getUTCFullYear() - month.getUTCFullYear()) * 12 + DATASET_END.getUTCMonth() - month.getUTCMonth();
    const plantMonth = Math.max(0, Math.min(r.int(2, 4), months - 2));
    const kind = plan.plant?.kind;
    const last = kind === "rush_before_expiry" ? this.expires.getTime() - (plan.plant!.isScheme ? 150 : 22) * DAY : this.expires.getTime();
    if (kind === "approval_out_of_hours" || kind === "approval_fast") this.approvalPlants = plan.plant!.variant === "holiday-release" ? 3 : 2;
    while (month.getTime() < Math.min(DATASET_END.getTime(), last)) {
      const issued = this.businessTime(month.getTime() + r.int(20, 26) * DAY);
      if (k === plantMonth && kind === "split_invoices") this.splitInvoices(general, issued);
      else if (k === plantMonth && kind === "duplicate_invoice" && plan.plant!.variant !== "supplier-double-bills") this.schedule(issued.getTime(), () => this.invoiceMonth(general, issued, plannedMonths, plan.plant!.isScheme ? r.int(1, 2) : r.int(10, 16)));
      else this.schedule(issued.getTime(), () => this.invoiceMonth(general, issued, plannedMonths));
      month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
      k++;
    }
    // Wages twice a month (an advance mid-month, the rest at its end), taxes monthly, out of what each company received.
    for (let m = new Date(Date.UTC(signed.getUTCFullYear(), signed.getUTCMonth(), 1)); m.getTime() < DATASET_END.getTime(); m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1))) {
      const mid = this.businessTime(m.getTime() + r.int(13, 15) * DAY);
      const end = this.businessTime(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1) - r.int(2, 4) * DAY);
      this.schedule(mid.getTime(), () => this.exits(general, mid, false));
      this.schedule(end.getTime(), () => this.exits(general, end, true));
    }
    if (kind === "rush_before_expiry") this.rush(general);
    this.drain();
    if (kind === "approval_out_of_hours" || kind === "approval_fast") {
      const ids = this.plantedInvoices.filter((id) => this.paidIds.has(id));
      this.plantTruth({ companyId: general.company.id, invoiceIds: ids }, () => ids.length > 0);
    }
    for (const { happened, ...row } of this.planted) if (happened()) this.truth.push({ ...row, colourId: this.colourId });
    this.ledger.finish(DATASET_END);
    this.totals.transfers = this.ledger.transfers;
    return { projectId: this.projectId, colourId: this.colourId };
  }

  // ───────────────────────── plants (plants.ts) ─────────────────────────

  /** Records a truth row of this project's plant, kept if `happened` says so once the history is played. */
  private plantTruth(row: Partial<TTruth> & { companyId?: number | null }, happened: () => boolean = () => true) {
    const p = this.plan.plant!;
    this.planted.push({ kind: p.kind, variant: p.variant, role: p.isScheme ? "scheme" : "lookalike", colourId: this.colourId, companyId: null, invoiceIds: null, itemCode: null, ...row, happened });
  }

  private received = (company: TCompany) => () => this.ledger.receivedBy(`company:${company.id}`) > 0n;

  /** The rush plants' colours expire inside the dataset: the first 25 December (or late November 2026) at least 150 days after the mint. */
  private expiryOf(mintDay: number): Date {
    if (this.plan.plant?.kind !== "rush_before_expiry") return EXPIRES;
    const candidates = [Date.parse("2025-12-25T12:59:59Z"), Date.parse("2026-11-27T12:59:59Z")];
    return new Date(candidates.find((t) => t >= mintDay + 150 * DAY) ?? candidates[1]!);
  }

  /** The general contractor: from the register, or planted (tied to an official, or keeping books with one). */
  private generalContractor(): TCompany {
    const p = this.plan.plant;
    const official = this.r.pick(this.officials);
    const region = this.plan.region;
    let company: TCompany | null = null;
    if (p?.variant === "official-founds-general") company = this.registry.company(region, "general", { founder: official.personId, isPlanted: true });
    else if (p?.variant === "official-namesake") company = this.registry.company(region, "general", { director: this.registry.namesake(official).id, isPlanted: true });
    else if (p?.variant === "official-keeps-contractor-books") company = this.registry.company(region, "general", { accountant: official.personId, isPlanted: true });
    else if (p?.variant === "one-accountant-two-companies" || p?.variant === "namesake-accountant") {
      // The general contractor's books are kept by a person whose other account (or namesake's) bills it as a subcontractor.
      this.generalAccountant = this.registry.person({ city: this.plan.city });
      const books = this.registry.company(region, "general", { accountant: this.generalAccountant.id, isPlanted: true });
      this.inChain.add(books.id);
      return books;
    }
    if (!company) return this.pickCompany("general");
    this.inChain.add(company.id);
    this.tiedOfficial = official;
    // The flag is about the general contractor's invoices (approved by the official) or about it as a payee.
    const c = company;
    this.plantTruth({ companyId: c.id }, this.received(c));
    return company;
  }

  /** Rush plants: the last weeks before expiry, after an idle spell (schemes) or a busy year (brisk December). */
  private rush(general: TContract) {
    const { r, plan } = this;
    const end = this.expires.getTime();
    const parts = plan.plant!.variant === "idle-then-one-invoice" ? [0.82] : plan.plant!.isScheme ? [0.42, 0.42] : [0.3];
    const ids: number[] = [];
    parts.forEach((share, i) => {
      const issued = this.businessTime(end - (26 - i * 7) * DAY);
      this.schedule(issued.getTime(), () => {
        const lines: TLine[] = [];
        for (const ci of general.items.values()) {
          const q = isWhole(ci.item) ? ((ci.quantity - ci.billed) * BigInt(Math.round(share * 100))) / 100_000n * 1000n : scale(ci.quantity - ci.billed, share / (1 - i * share));
          if (q > 0n) lines.push({ item: ci.item, quantity: q, price: scale(ci.ceiling, r.between(0.9, 0.98)) });
        }
        const id = lines.length ? this.invoice(general, issued, lines) : null;
        if (id) ids.push(id);
      });
    });
    this.plantTruth({}, () => ids.some((id) => this.paidIds.has(id)));
  }

  // ───────────────────────── estimate and contracts ─────────────────────────

  private buildEstimate() {
    const { plan, r } = this;
    const level = PRICE_LEVEL[plan.region] ?? 1 + (r.next() - 0.5) * 0.1;
    const budget = Number(plan.mintedTiyn) * 1.04;
    // Planted unit-price outliers: the estimate of one material is priced far above the market (or a little, at a remote site).
    const variant = plan.plant?.kind === "unit_price_outlier" ? plan.plant.variant : null;
    const inflated = variant ? plan.kind.items.find(([k]) => !ITEMS[k].isWorks)?.[0] : undefined;
    const factor = variant === "estimate-x2" ? r.between(1.9, 2.3) : variant === "estimate-x3" ? r.between(2.8, 3.3) : r.between(1.15, 1.25);
    if (inflated) this.plantTruth({ itemCode: ITEMS[inflated].code }, () => this.paidLines.has(ITEMS[inflated].code));
    for (const [key, weight] of plan.kind.items) {
      const spec = ITEMS[key];
      const money = (budget * weight) / 100;
      let quantityMilli: bigint;
      let ceiling: bigint;
      if (spec.isWorks) {
        // Works are priced per object, or per km in proportion to the money (so a km costs about the same everywhere).
        const units = spec.unit === "км" ? Math.max(1, Math.round((Number(plan.mintedTiyn) / 1e11) * r.between(3.5, 4.5) * (key === "waterWorks" ? 3 : 1))) : 1;
        quantityMilli = BigInt(units * 1000);
        ceiling = BigInt(Math.round(money / units));
      } else {
        ceiling = BigInt(Math.round(level * (spec.low + (spec.high - spec.low) * r.between(0.8, 1)) * 100 * (key === inflated ? factor : 1)));
        quantityMilli = BigInt(Math.max(1000, Math.round((money / Number(ceiling)) * 1000)));
      }
      const id = this.ids.nextId("estimate_item");
      const forms = itemNames(spec);
      this.out.push("estimate_item", [id, this.projectId, spec.code, spec.name, forms.nameRu, forms.nameKk, forms.nameEn, spec.category, spec.unit, quantityMilli, ceiling]);
      this.estimate.push({ id, key, spec, quantity: quantityMilli, ceiling });
    }
  }

  /** A company of the trade from the region, one not yet in this colour's chain (a payer never pays itself). */
  private pickCompany(trade: TTrade): TCompany {
    const pool = this.registry.pool(this.plan.region, trade);
    for (let tries = 0; tries < 8 && pool.length; tries++) {
      const c = this.r.pick(pool);
      if (!this.inChain.has(c.id)) return (this.inChain.add(c.id), c);
    }
    const c = this.registry.company(this.plan.region, trade);
    this.inChain.add(c.id);
    return c;
  }

  private contract(company: TCompany, parent: TContract | null, signed: Date, items: readonly (readonly [TEstimateRow, bigint, bigint])[], o: { markup: [number, number]; share: number; isShell?: boolean; forwardDays?: [number, number]; isFinal?: boolean }): TContract {
    const id = this.ids.nextId("contract");
    const value = items.reduce((s, [, q, c]) => s + lineAmountTiyn(q, c), 0n);
    const contractValue = parent ? (value * 95n) / 100n : (this.plan.mintedTiyn * 985n) / 1000n;
    const number = parent ? `СП-${this.colourId}/${++this.subcontracts}` : `ГЗ-2026/${String(this.colourId).padStart(5, "0")}`;
    const creator = parent ? parent.company.userId : this.r.pick(this.officials).userId;
    this.out.push("contract", [id, this.projectId, this.colourId, parent?.id ?? null, parent?.company.id ?? null, company.id, number, contractValue, day(signed), day(this.expires), o.isFinal ?? false, creator, signed]);
    const map = new Map<number, TContractItem>();
    for (const [item, quantity, ceiling] of items) {
      this.out.push("contract_item", [id, item.id, quantity, ceiling]);
      map.set(item.id, { item, quantity, ceiling, billed: 0n });
    }
    const c: TContract = { id, isFinal: o.isFinal ?? false, company, payer: parent?.company ?? null, parent, items: map, value: contractValue, tier: parent ? parent.tier + 1 : 1, markup: o.markup, share: o.share, children: [], isShell: o.isShell ?? false, forwardDays: o.forwardDays ?? [2, 6] };
    parent?.children.push(c);
    return c;
  }

  /** The general contractor's subcontracts: a supplier per material, a works subcontractor, trades; a third tier under some. */
  private subcontract(general: TContract, signed: Date) {
    const { r, plan } = this;
    if (plan.kind.key === "meals") return; // the caterer cooks itself
    const plantItem = this.plantItem();
    const taken = plan.plant?.kind === "concentration" && plan.plant.isScheme ? this.concentrate(general, signed) : new Set<number>();
    for (const e of this.estimate) {
      if (taken.has(e.id)) continue;
      const at = new Date(signed.getTime() + r.int(2, 12) * DAY);
      const isWorkTrade = e.spec.trade === "electrical" || e.spec.trade === "finishing";
      const share = e.spec.isWorks ? r.between(0.3, 0.45) : isWorkTrade ? r.between(0.85, 0.95) : r.between(0.88, 0.96);
      if (e === plantItem && this.plantSub(general, e, at, share, isWorkTrade)) continue;
      if (e.spec.isWorks) {
        const works = this.contract(this.pickCompany("works"), general, at, [[e, isWhole(e) ? e.quantity : scale(e.quantity, share), e.ceiling]], { markup: [1.08, 1.2], share });
        if (r.chance(0.35)) {
          const s2 = r.between(0.3, 0.5);
          this.contract(this.pickCompany("finishing"), works, new Date(at.getTime() + r.int(3, 20) * DAY), [[e, scale(works.items.get(e.id)!.quantity, s2), e.ceiling]], { markup: [1.06, 1.14], share: s2 });
        }
        continue;
      }
      const sub = this.contract(this.pickCompany(e.spec.trade), general, at, [[e, isWhole(e) ? e.quantity : scale(e.quantity, share), e.ceiling]], { markup: [1.04, 1.14], share, isFinal: !isWorkTrade });
      if (isWorkTrade && r.chance(0.3)) {
        const s2 = r.between(0.3, 0.5);
        this.contract(this.pickCompany(e.spec.trade), sub, new Date(at.getTime() + r.int(3, 15) * DAY), [[e, scale(sub.items.get(e.id)!.quantity, s2), e.ceiling]], { markup: [1.05, 1.12], share: s2 });
      }
    }
  }

  /** The estimate item a planted subcontract is about: a material, a trade's works, or the main works. */
  private plantItem(): TEstimateRow | undefined {
    const p = this.plan.plant;
    if (!p) return undefined;
    const material = this.estimate.find((e) => !e.spec.isWorks);
    const trade = this.estimate.find((e) => e.spec.trade === "electrical" || e.spec.trade === "finishing") ?? material;
    if (p.kind === "round_trip" || p.variant === "trade-35-50") return trade;
    if (p.variant === "fresh-works-sub" || p.variant === "large-legitimate-sub") return this.estimate.find((e) => e.spec.isWorks);
    return material;
  }

  /**
   * Planted concentration: one subcontractor takes every item, or the main works and materials until it holds most
   * (at least two thirds) of the estimate's value. The main works and two materials, as it was, was less than half of
   * some estimates: a plant that did not take most of anything.
   */
  private concentrate(general: TContract, signed: Date): Set<number> {
    const sole = this.plan.plant!.variant === "sole-subcontractor";
    const works = this.estimate.find((e) => e.spec.isWorks);
    const valueOf = (e: TEstimateRow) => lineAmountTiyn(e.quantity, e.ceiling);
    const total = this.estimate.reduce((s, e) => s + valueOf(e), 0n);
    const taken = new Set<TEstimateRow>(works ? [works] : []);
    let held = works ? valueOf(works) : 0n;
    for (const e of this.estimate.filter((x) => !x.spec.isWorks)) {
      if (taken.size >= 3 && held * 3n >= total * 2n) break;
      taken.add(e);
      held += valueOf(e);
    }
    const items = this.estimate.filter((e) => sole || taken.has(e));
    const share = this.r.between(0.92, 0.97);
    const company = this.registry.company(this.plan.region, "works", { isPlanted: true });
    this.contract(company, general, new Date(signed.getTime() + 3 * DAY), items.map((e) => [e, isWhole(e) ? e.quantity : scale(e.quantity, share), e.ceiling] as const), { markup: [1.04, 1.1], share });
    this.plantTruth({ companyId: company.id }, this.received(company));
    return new Set(items.map((e) => e.id));
  }

  /** A planted subcontract for item `e` (with the truth about it); false when the plant is not a subcontract. */
  private plantSub(general: TContract, e: TEstimateRow, at: Date, share: number, isWorkTrade: boolean): boolean {
    const { r, plan } = this;
    const variant = plan.plant!.variant;
    const quantity = isWhole(e) ? e.quantity : scale(e.quantity, share);
    const region = plan.region;
    const item = [[e, quantity, e.ceiling]] as const;
    const trade = e.spec.trade;
    const daysBefore = (lo: number, hi: number) => utcDay(at.getTime() - r.int(lo, hi) * DAY);
    const plain = (company: TCompany, o: Partial<{ markup: [number, number]; twist: TTwist }> = {}) => {
      const c = this.contract(company, general, at, item, { markup: o.markup ?? [1.04, 1.14], share, isFinal: !isWorkTrade && !e.spec.isWorks });
      c.twist = o.twist;
      return c;
    };
    switch (variant) {
      case "shell":
      case "shell-keeps-margin":
      case "shell-holds-ten-days": {
        // A company registered months ago stands between the contractor and the real supplier, forwards what it
        // receives within days and pays no wages.
        const shell = this.registry.company(region, trade, { isPlanted: true, registeredOn: daysBefore(60, 200) });
        const layer = this.contract(shell, general, at, item, { markup: variant === "shell" ? [1.01, 1.03] : [1.05, 1.08], share, isShell: true });
        // The last variant holds each payment a week and a half before passing it on.
        const hold: [number, number] = variant === "shell-holds-ten-days" ? [9, 12] : [1, 1];
        this.contract(this.pickCompany(trade), layer, new Date(at.getTime() + DAY), [[e, quantity, e.ceiling]], { markup: [1.0, 1.02], share: 1, isFinal: true, forwardDays: hold });
        this.plantTruth({ companyId: shell.id }, this.received(shell));
        this.plantTruth({ kind: "new_company", variant: "shell", role: "incidental", companyId: shell.id }, this.received(shell));
        return true;
      }
      case "forwarder-with-own-work": {
        // Buys half of what it delivers from a supplier and passes that on within days; does the rest itself, with its own staff.
        const layer = this.contract(this.registry.company(region, trade, { isPlanted: true }), general, at, item, { markup: [1.04, 1.1], share });
        this.contract(this.pickCompany(trade), layer, new Date(at.getTime() + DAY), [[e, scale(quantity, 0.5), e.ceiling]], { markup: [1.02, 1.05], share: 0.5, isFinal: true, forwardDays: [1, 2] });
        this.plantTruth({ companyId: layer.company.id }, this.received(layer.company));
        return true;
      }
      case "shared-founder":
      case "same-office":
      case "same-bank-account":
      case "same-street": {
        const g = general.company;
        const o = variant === "shared-founder" ? { founder: g.directorId } : variant === "same-office" ? { address: g.address } : variant === "same-bank-account" ? { bankAccount: g.bankAccount } : { address: sameStreet(r, g.address) };
        const tied = this.registry.company(region, trade, { ...o, isPlanted: true });
        plain(tied);
        this.plantTruth({ companyId: tied.id }, this.received(tied));
        return true;
      }
      case "supplier-40-60":
      case "trade-35-50":
      case "modest-markup": {
        const sub = plain(this.pickCompany(trade), { markup: variant === "supplier-40-60" ? [1.4, 1.6] : variant === "trade-35-50" ? [1.35, 1.5] : [1.16, 1.22] });
        this.plantTruth({ companyId: general.company.id, itemCode: e.spec.code }, this.received(sub.company));
        return true;
      }
      case "founded-for-the-contract":
      case "fresh-works-sub":
      case "young-but-legitimate": {
        const young = this.registry.company(region, e.spec.isWorks ? "works" : trade, { isPlanted: true, registeredOn: variant === "young-but-legitimate" ? daysBefore(150, 330) : daysBefore(20, 120) });
        plain(young, e.spec.isWorks ? { markup: [1.08, 1.2] } : {});
        this.plantTruth({ companyId: young.id }, this.received(young));
        return true;
      }
      case "large-legitimate-sub": {
        const big = this.registry.company(region, "works", { isPlanted: true });
        const s = r.between(0.6, 0.7);
        this.contract(big, general, at, [[e, isWhole(e) ? e.quantity : scale(e.quantity, s), e.ceiling]], { markup: [1.08, 1.2], share: s });
        this.plantTruth({ companyId: big.id }, this.received(big));
        return true;
      }
      default:
        return this.plantTwisted(general, e, plain, at);
    }
  }

  /** Planted subcontracts whose history is bent later: debarments, refused attempts, double bills, shared books. */
  private plantTwisted(general: TContract, e: TEstimateRow, plain: (c: TCompany, o?: { twist?: TTwist }) => TContract, at: Date): boolean {
    const { r, plan } = this;
    const variant = plan.plant!.variant;
    const region = plan.region;
    const trade = e.spec.trade;
    let twist: TTwist | null = null;
    let company: TCompany | null = null;
    if (variant === "debarred-before-contract" || variant === "debarred-mid-project" || variant === "debarred-long-after") {
      company = this.registry.company(region, trade, { isPlanted: true });
      const on = variant === "debarred-before-contract" ? at.getTime() - r.int(30, 300) * DAY : variant === "debarred-mid-project" ? Math.min(at.getTime() + r.int(60, 150) * DAY, DATASET_END.getTime() - 20 * DAY) : DATASET_END.getTime() - r.int(5, 20) * DAY;
      this.registry.debar(company.id, utcDay(on), variant === "debarred-long-after" ? "Tax arrears in another procurement (register of unreliable suppliers)" : "Failure to perform a public contract (court decision)");
      twist = variant === "debarred-long-after" ? { stopsAt: at.getTime() + r.int(90, 150) * DAY } : { debarredFrom: on };
    } else if (plan.plant!.kind === "refused_attempts") {
      company = this.pickCompany(trade);
      twist = { refusals: variant === "over-ceiling-retries" ? { count: r.int(3, 4), gapDays: [3, 7] } : variant === "five-retries" ? { count: 5, gapDays: [2, 5] } : variant === "one-honest-correction" ? { count: 1, gapDays: [1, 1] } : { count: 3, gapDays: [35, 45] } };
    } else if (variant === "supplier-double-bills") {
      company = this.pickCompany(trade);
      twist = { duplicateAfterDays: r.int(1, 2) };
    } else if (variant === "one-accountant-two-companies" || variant === "namesake-accountant") {
      const books = this.generalAccountant!;
      company = this.registry.company(region, trade, { isPlanted: true, accountant: variant === "namesake-accountant" ? this.registry.namesake(books).id : books.id });
    }
    if (!company) return false;
    plain(company, { twist: twist ?? undefined });
    const c = company;
    // Debarred and refused companies are the plant whether or not they were ever paid; the others once paid.
    const kind = plan.plant!.kind;
    // A debarred company's payments are refused, again and again: repeated refused attempts are right about it too.
    if (twist?.debarredFrom != null) this.plantTruth({ kind: "refused_attempts", variant: "debarred-payee", role: "incidental", companyId: c.id });
    this.plantTruth({ companyId: c.id }, kind === "debarred_party" ? () => true : kind === "refused_attempts" || kind === "duplicate_invoice" ? () => this.twistsDone.has(c.id) : this.received(c));
    return true;
  }

  // ───────────────────────── invoices ─────────────────────────

  /** The general contractor's invoice for one month: works done and materials delivered, at contract prices. */
  private invoiceMonth(general: TContract, issued: Date, plannedMonths: number, repeatAfterDays = 0) {
    const { r } = this;
    const lines: TLine[] = [];
    for (const ci of general.items.values()) {
      const left = ci.quantity - ci.billed;
      if (left <= 0n) continue;
      if (!ci.item.spec.isWorks && ci.item.key !== "meals" && !r.chance(0.6)) continue;
      let q = scale(ci.quantity, r.between(0.6, 1.4) / plannedMonths);
      // Equipment and furniture sets are delivered whole.
      if (isWhole(ci.item)) q = q < 1000n ? 1000n : (q / 1000n) * 1000n;
      if (q > left) q = left;
      if (q <= 0n) continue;
      lines.push({ item: ci.item, quantity: q, price: scale(ci.ceiling, r.between(0.9, 0.98)) });
    }
    if (!lines.length) return;
    // A total just under the second-approval threshold is what split invoices look like: honest ones avoid it.
    const threshold = this.colour.rules.approvalThresholdTiyn;
    const total = invoiceTotalTiyn(lines.map(toRuleLine));
    if (total >= (threshold * 78n) / 100n && total < threshold) for (const l of lines) l.quantity = scale(l.quantity, 0.7);
    if (r.chance(0.02) && !repeatAfterDays) this.rejected(general, issued, lines);
    const first = this.invoice(general, issued, lines);
    if (!repeatAfterDays || first === null) return;
    // Planted: the same invoice again under a new number (a scheme when days apart, equal instalments when weeks apart).
    const again = new Date(issued.getTime() + repeatAfterDays * DAY);
    this.schedule(again.getTime(), () => {
      const second = this.invoice(general, again, lines.map((l) => ({ ...l })));
      if (second !== null) this.plantTruth({ companyId: general.company.id, invoiceIds: [first, second] });
    });
  }

  /**
   * Planted: three invoices within three weeks or four within a month, each just under the threshold, together
   * above it; the look-alike is two such invoices three weeks apart.
   */
  private splitInvoices(general: TContract, issued: Date) {
    const threshold = this.colour.rules.approvalThresholdTiyn;
    const works = [...general.items.values()].find((ci) => ci.item.spec.isWorks || ci.item.key === "meals") ?? [...general.items.values()][0]!;
    const variant = this.plan.plant!.variant;
    const [count, gap] = variant === "four-in-a-month" ? [4, [6, 8]] : variant === "two-just-under" ? [2, [19, 23]] : variant === "monthly-fee-at-82" ? [3, [28, 31]] : [3, [5, 8]];
    const band = variant === "monthly-fee-at-82" ? [0.8, 0.84] : [0.86, 0.97];
    let made = 0;
    this.plantTruth({ companyId: general.company.id }, () => made === count);
    for (let i = 0; i < count; i++) {
      const at = this.businessTime(issued.getTime() + i * this.r.int(gap[0]!, gap[1]!) * DAY);
      const target = scale(threshold, this.r.between(band[0]!, band[1]!));
      const price = works.ceiling;
      const quantity = (target * 1000n) / price;
      this.schedule(at.getTime(), () => {
        if (quantity > 0n && works.billed + quantity <= works.quantity && this.invoice(general, at, [{ item: works.item, quantity, price }]) !== null) made++;
      });
    }
  }

  private nextNumber(company: TCompany) {
    const n = (this.invoiceNumbers.get(company.id) ?? 0) + 1;
    this.invoiceNumbers.set(company.id, n);
    return `СФ-${String(n).padStart(5, "0")}`;
  }

  /** An invoice's number, lines and total now; its own row once its fate is known (`write`). */
  private newInvoice(c: TContract, issued: Date, lines: TLine[], submittedAt: Date | null) {
    const id = this.ids.nextId("invoice");
    const total = invoiceTotalTiyn(lines.map(toRuleLine));
    const number = this.nextNumber(c.company);
    for (const l of lines) this.out.push("invoice_line", [this.ids.nextId("invoice_line"), id, l.item.id, l.quantity, l.price, lineAmountTiyn(l.quantity, l.price)]);
    this.totals.invoices++;
    const write = (status: string, paidAt: Date | null) => this.out.push("invoice", [id, c.id, c.company.id, number, "work", status, total, day(issued), c.company.userId, submittedAt, paidAt, submittedAt ?? issued]);
    return { id, number, total, write };
  }

  private writeInvoice(c: TContract, issued: Date, lines: TLine[], status: string, submittedAt: Date | null, paidAt: Date | null) {
    const inv = this.newInvoice(c, issued, lines, submittedAt);
    inv.write(status, paidAt);
    return inv;
  }

  /** An invoice an official sent back (the contractor then issues a corrected one). */
  private rejected(c: TContract, issued: Date, lines: TLine[]) {
    const submitted = new Date(issued.getTime() - DAY);
    const decidedAt = this.businessTime(submitted.getTime() + this.r.int(1, 3) * DAY);
    const inv = this.writeInvoice(c, new Date(issued.getTime() - DAY), lines.map((l) => ({ ...l, quantity: scale(l.quantity, 1.1) })), "rejected", submitted, null);
    const official = this.r.pick(this.officials);
    const reason = this.r.pick(["The act of completed works does not match the volumes in the estimate", "Quantities exceed what the technical supervisor accepted this month", "The invoice lacks the signed act of completed works (form Р-1)"]);
    this.out.push("invoice_decision", [this.ids.nextId("invoice_decision"), inv.id, official.userId, "reject", reason, decidedAt]);
    this.ledger.journal("submit", { invoice: inv.id, number: inv.number, issuer: c.company.id, total: inv.total.toString(), actor: c.company.userId }, submitted);
    this.ledger.journal("reject", { invoice: inv.id, actor: official.userId, reason }, decidedAt);
    this.totals.rejected++;
  }

  /**
   * An invoice submitted on `issued`, approved by its payer (officials of the ministry for the general contract,
   * the paying contractor for a subcontract) and paid unless the dataset ends first. Billed quantities count
   * from submission, as the rules count them.
   */
  private invoice(c: TContract, issued: Date, lines: TLine[]): number | null {
    const { r } = this;
    const submittedAt = this.businessTime(issued.getTime() + r.int(0, 1) * DAY);
    // Nothing is submitted after the colour expired (its remainder goes back) or after the dataset's end.
    const end = Math.min(DATASET_END.getTime(), this.expires.getTime());
    if (submittedAt.getTime() > end) return null;
    const total = invoiceTotalTiyn(lines.map(toRuleLine));
    const planted = c.parent === null && this.approvalPlants > 0 ? this.plan.plant!.variant : null;
    const needsTwo = c.parent === null && (total >= this.colour.rules.approvalThresholdTiyn || planted === "first-approval-in-seconds");
    const approvers: number[] = c.payer ? [c.payer.userId] : this.approversOf(needsTwo);
    const times: Date[] = [];
    let t = submittedAt.getTime();
    const delay = c.parent?.isShell ? [1, 1] : [1, 3];
    for (let i = 0; i < approvers.length; i++) times.push((t = this.businessTime(t + r.int(delay[0]!, delay[1]!) * DAY).getTime(), new Date(t)));
    const inv = this.newInvoice(c, issued, lines, submittedAt);
    if (planted && this.plantApproval(planted, submittedAt, times)) this.plantedInvoices.push(inv.id);
    const releasedAt = times[times.length - 1]!;
    for (const l of lines) c.items.get(l.item.id)!.billed += l.quantity;
    this.schedule(submittedAt.getTime(), () => this.ledger.journal("submit", { invoice: inv.id, number: inv.number, issuer: c.company.id, total: inv.total.toString(), actor: c.company.userId }, submittedAt));
    const decide = (i: number) => this.out.push("invoice_decision", [this.ids.nextId("invoice_decision"), inv.id, approvers[i]!, "approve", null, times[i]!]);
    // Approvals before the one that releases the payment are journalled on their own.
    for (let i = 0; i < approvers.length - 1; i++) {
      if (times[i]!.getTime() > DATASET_END.getTime()) break;
      decide(i);
      this.schedule(times[i]!.getTime(), () => this.ledger.journal("approve", { invoice: inv.id, actor: approvers[i]! }, times[i]!));
    }
    if (releasedAt.getTime() > end) {
      // Still waiting at the end of the dataset: submitted, or approved once and waiting for the second approver.
      inv.write(approvers.length > 1 && times[0]!.getTime() <= DATASET_END.getTime() ? "approved" : "submitted", null);
      this.totals.awaiting++;
      return inv.id;
    }
    this.schedule(releasedAt.getTime(), () => {
      const payerKey = c.payer ? `company:${c.payer.id}` : `project:${this.projectId}`;
      const estimate = new Map<string, TEstimateItemState>();
      for (const ci of c.items.values()) {
        const mine = lines.filter((l) => l.item.id === ci.item.id).reduce((s, l) => s + l.quantity, 0n);
        estimate.set(ci.item.spec.code, { code: ci.item.spec.code, name: ci.item.spec.name, unit: ci.item.spec.unit, quantityMilli: ci.quantity, ceilingUnitPriceTiyn: ci.ceiling, billedMilli: ci.billed - mine });
      }
      const releaser = approvers[approvers.length - 1]!;
      const violations = checkInvoicePayment({
        now: releasedAt,
        colour: this.colour,
        payer: { balanceTiyn: this.ledger.balanceOf(payerKey), isFrozen: false },
        payee: { organizationId: c.company.id, name: c.company.name, isRegistered: true, isDebarred: c.twist?.debarredFrom != null && releasedAt.getTime() >= c.twist.debarredFrom, isInContractChain: true },
        invoice: { id: inv.id, number: inv.number, kind: "work", lines: lines.map(toRuleLine), createdByUserId: c.company.userId, approvals: approvers.map((userId) => ({ userId })), isAlreadyPaid: false },
        estimate,
        contract: { valueTiyn: c.value, advancesPaidTiyn: 0n, ceilingTier: c.payer ? "contract" : "estimate" },
      });
      if (violations.length) {
        // What the portal does with such an approval: refuses it, records the attempt, the invoice keeps waiting.
        // As approveInvoice records it: the refused invoice's issuer is the organisation concerned.
        const issuer = c.company.id;
        this.out.push("refused_attempt", [this.ids.bigNext("refused_attempt"), this.colourId, releaser, issuer, "invoice", inv.id, inv.total, `{${violations.map((v) => v.code).join(",")}}`, JSON.stringify(violations.map((v) => ({ code: v.code, params: v.params, message: v.message }))), releasedAt]);
        this.ledger.journal("refused", { actor: releaser, organization: issuer, document: "invoice", documentId: inv.id, amount: inv.total, codes: violations.map((v) => v.code) }, releasedAt);
        inv.write(approvers.length > 1 ? "approved" : "submitted", null);
        this.totals.refused++;
        this.totals.awaiting++;
        return;
      }
      decide(approvers.length - 1);
      inv.write("paid", releasedAt);
      this.paidIds.add(inv.id);
      for (const l of lines) this.paidLines.add(l.item.spec.code);
      const from = c.payer ? this.ledger.company(c.payer.id, releasedAt) : this.ledger.account(payerKey, "project", releasedAt);
      const to = this.ledger.company(c.company.id, releasedAt);
      this.ledger.post({ from, to, amount: inv.total, kind: "payment", documentType: "invoice", documentId: inv.id, actorId: releaser, at: releasedAt, note: { approvedBy: approvers, releasedBy: releaser } });
      this.totals.paid++;
      // Each subcontractor of this contract bills its share of what was just paid for, a few days later; a
      // shell only while it can still forward within its window before the dataset ends.
      for (const sub of c.children) if (!sub.isShell || releasedAt.getTime() < DATASET_END.getTime() - 14 * DAY) this.billDown(sub, lines, releasedAt);
    });
    return inv.id;
  }

  /** Officials who approve a general-contract invoice; the planted tied official (or namesake) is always one of them. */
  private approversOf(needsTwo: boolean): number[] {
    const two = pickTwo(this.r, this.officials);
    const tied = this.tiedOfficial;
    if (tied && !two.slice(0, needsTwo ? 2 : 1).includes(tied)) two[needsTwo ? 1 : 0] = tied;
    return two.slice(0, needsTwo ? 2 : 1).map((o) => o.userId);
  }

  /**
   * Planted approval times of a general-contract invoice (schemes and look-alikes alike): at night, on a weekend
   * or a public holiday, in the evening; minutes after submission, or a first approval seconds after it.
   * Returns whether the invoice was bent.
   */
  private plantApproval(variant: string, submittedAt: Date, times: Date[]): boolean {
    const { r } = this;
    const last = times.length - 1;
    if (variant === "released-in-minutes" || variant === "same-hour") {
      let t = submittedAt.getTime();
      for (let i = 0; i <= last; i++) times[i] = new Date((t += (variant === "same-hour" ? r.int(25, 55) : r.int(1, 8)) * 60_000 + r.int(0, 59) * 1000));
    } else if (variant === "first-approval-in-seconds") {
      times[0] = new Date(submittedAt.getTime() + r.int(15, 50) * 1000);
    } else {
      const at = plantedMoment(r, variant, times[last]!.getTime());
      if (at === null || at <= (last > 0 ? times[last - 1]!.getTime() : submittedAt.getTime())) return false;
      times[last] = new Date(at);
    }
    if (times[last]!.getTime() > Math.min(DATASET_END.getTime(), this.expires.getTime())) return false;
    this.approvalPlants--;
    return true;
  }

  /** A subcontractor's invoice to its payer for its share of the lines its payer was just paid for. */
  private billDown(sub: TContract, paidLines: TLine[], paidAt: Date) {
    const { r } = this;
    if (sub.twist?.stopsAt && paidAt.getTime() > sub.twist.stopsAt) return;
    const lines: TLine[] = [];
    for (const l of paidLines) {
      const ci = sub.items.get(l.item.id);
      if (!ci) continue;
      // Whole sets pass down whole: the supplier delivers what the contractor billed.
      let q = isWhole(l.item) ? l.quantity : scale(l.quantity, sub.share);
      if (q > ci.quantity - ci.billed) q = ci.quantity - ci.billed;
      if (q <= 0n) continue;
      let price = scale(l.price, 1 / r.between(sub.markup[0], sub.markup[1]));
      if (price > ci.ceiling) price = ci.ceiling;
      lines.push({ item: l.item, quantity: q, price });
    }
    if (!lines.length) return;
    const issued = new Date(paidAt.getTime() + r.int(sub.forwardDays[0], sub.forwardDays[1]) * DAY);
    const at = this.businessTime(issued.getTime());
    if (this.plan.plant === null && sub.tier === 2 && r.chance(0.002)) this.refusedAttempt(sub, at, lines);
    if (this.plantTwist(sub, at, lines)) return;
    // A supplier delivers in one to three lots, each with its own invoice (and waybill) a few days apart.
    // Only sizeable quantities of bulk goods come in several lots (two lots of one set would look like a duplicate invoice).
    const divisible = lines.every((l) => !isWhole(l.item) && l.quantity >= 10_000n);
    const deliveries = divisible && sub.isFinal && !sub.isShell && sub.parent && !sub.parent.isShell ? r.int(1, 3) : 1;
    const weights = Array.from({ length: deliveries }, () => r.between(0.5, 1.5));
    const sum = weights.reduce((a, b) => a + b, 0);
    const given = lines.map(() => 0n);
    for (let d = 0; d < deliveries; d++) {
      const part = lines.map((l, i) => {
        const q = d < deliveries - 1 ? scale(l.quantity, weights[d]! / sum) : l.quantity - given[i]!;
        given[i] = given[i]! + q;
        return { ...l, quantity: q };
      });
      if (part.some((l) => l.quantity <= 0n)) continue;
      const when = d === 0 ? at : this.businessTime(at.getTime() + d * r.int(2, 4) * DAY);
      this.schedule(when.getTime(), () => this.invoice(sub, when, part));
    }
  }

  /**
   * A planted subcontractor's first bill: refused attempts before the honest invoice, or the same invoice twice
   * (then true: the bill is written here).
   */
  private plantTwist(sub: TContract, at: Date, lines: TLine[]): boolean {
    const twist = sub.twist;
    if (!twist || this.twistsDone.has(sub.company.id) || this.twistsTried.has(sub.id)) return false;
    this.twistsTried.add(sub.id);
    if (twist.refusals) {
      const { count, gapDays } = twist.refusals;
      const times: number[] = [];
      for (let i = 0, t = at.getTime(); i < count; i++, t = this.businessTime(t + this.r.int(gapDays[0], gapDays[1]) * DAY).getTime()) times.push(t);
      if (times[times.length - 1]! > DATASET_END.getTime()) return false;
      for (const t of times) this.refusedAttempt(sub, new Date(t), lines);
      this.twistsDone.add(sub.company.id);
      return false;
    }
    if (!twist.duplicateAfterDays) return false;
    const again = new Date(at.getTime() + twist.duplicateAfterDays * DAY);
    this.schedule(at.getTime(), () => this.invoice(sub, at, lines));
    this.schedule(again.getTime(), () => {
      if (this.invoice(sub, again, lines.map((l) => ({ ...l }))) !== null) this.twistsDone.add(sub.company.id);
    });
    return true;
  }

  /** An invoice above the contract's price ceiling: the payer's approval is refused by the rules and recorded. */
  private refusedAttempt(sub: TContract, at: Date, lines: TLine[]) {
    const over = lines.map((l) => ({ ...l, price: (sub.items.get(l.item.id)!.ceiling * 115n) / 100n }));
    this.schedule(at.getTime() - 3600_000, () => {
      const submittedAt = new Date(at.getTime() - 3 * DAY);
      const inv = this.writeInvoice(sub, submittedAt, over, "rejected", submittedAt, null);
      const attemptAt = new Date(at.getTime() - 3600_000);
      const payer = sub.payer!;
      const l = over[0]!;
      // A sub-invoice is held to its subcontract's ceiling: the rule's own verdict, at the contract tier.
      const spec = l.item.spec;
      const refusal = checkUnitPriceCeiling("contract", { code: spec.code, name: spec.name, unit: spec.unit, ceilingUnitPriceTiyn: sub.items.get(l.item.id)!.ceiling }, l.price, 0)!;
      const details = [{ code: refusal.code, params: refusal.params, message: refusal.message }];
      this.out.push("refused_attempt", [this.ids.bigNext("refused_attempt"), this.colourId, payer.userId, sub.company.id, "invoice", inv.id, inv.total, `{${refusal.code}}`, JSON.stringify(details), attemptAt]);
      this.ledger.journal("submit", { invoice: inv.id, number: inv.number, issuer: sub.company.id, total: inv.total.toString(), actor: sub.company.userId }, submittedAt);
      this.ledger.journal("refused", { actor: payer.userId, organization: sub.company.id, document: "invoice", documentId: inv.id, amount: inv.total, codes: [refusal.code] }, attemptAt);
      const reason = "Unit price above the contract ceiling; re-issue at the contract price";
      this.out.push("invoice_decision", [this.ids.nextId("invoice_decision"), inv.id, payer.userId, "reject", reason, attemptAt]);
      this.ledger.journal("reject", { invoice: inv.id, actor: payer.userId, reason }, attemptAt);
      this.totals.refused++;
      this.totals.rejected++;
    });
  }

  // ───────────────────────── leaving the circuit ─────────────────────────

  /** Wages (and at month end taxes) of every company of the chain, out of what it received since the last ones; shells pay none. */
  private exits(general: TContract, at: Date, isMonthEnd: boolean) {
    const { r } = this;
    const all: TContract[] = [];
    const walk = (c: TContract) => (all.push(c), c.children.forEach(walk));
    walk(general);
    const seen = new Set<number>();
    for (const c of all) {
      if (c.isShell || seen.has(c.company.id)) continue;
      seen.add(c.company.id);
      const key = `company:${c.company.id}`;
      const kinds = isMonthEnd ? ([["wages", 0.05, 0.08], ["taxes", 0.05, 0.09]] as const) : ([["wages", 0.04, 0.06]] as const);
      for (const [kind, low, high] of kinds) {
        const sinceKey = `${key}:${kind}`;
        const received = this.ledger.receivedBy(key) - (this.counted.get(sinceKey) ?? 0n);
        if (received <= 0n) continue;
        const amount = roundTo(scale(received, r.between(low, high)), 100n);
        const attempt = { now: at, colour: this.colour, kind: kind as TExitKind, amountTiyn: amount, payer: { balanceTiyn: this.ledger.balanceOf(key), isFrozen: false, receivedTiyn: this.ledger.receivedBy(key), exitedTiyn: { wages: this.exited.get(`${key}:wages`) ?? 0n, taxes: this.exited.get(`${key}:taxes`) ?? 0n } } };
        if (amount <= 0n || checkExit(attempt).length) continue; // the accountant pays what the rules allow
        const from = this.ledger.company(c.company.id, at);
        const to = this.ledger.account(`exit:${kind}`, "exit", at);
        this.ledger.post({ from, to, amount, kind: "exit", documentType: `exit_${kind}`, documentId: null, actorId: c.company.userId, at });
        this.exited.set(sinceKey, (this.exited.get(sinceKey) ?? 0n) + amount);
        this.counted.set(sinceKey, this.ledger.receivedBy(key));
      }
    }
  }

  // ───────────────────────── time ─────────────────────────

  private schedule(at: number, run: () => void) {
    if (at > DATASET_END.getTime()) return;
    this.events.push({ at, order: this.order++, run });
  }

  /** Runs events in time order; events may schedule later ones. */
  private drain() {
    while (this.events.length) {
      let min = 0;
      for (let i = 1; i < this.events.length; i++) {
        const e = this.events[i]!;
        const m = this.events[min]!;
        if (e.at < m.at || (e.at === m.at && e.order < m.order)) min = i;
      }
      const [next] = this.events.splice(min, 1);
      next!.run();
    }
  }

  /**
   * The next working moment at or after `t`: a working day of Kazakhstan's calendar (weekends, public holidays,
   * their carried-over days and decreed transfers are days off — the law's calendar, not the flag's code), between
   * 09:30 and 18:00 in Almaty. Honest officials do not release payments on Independence Day.
   */
  private businessTime(t: number): Date {
    let d = new Date(t);
    for (;;) {
      const local = new Date(d.getTime() + ALMATY);
      if (!isWorkingDay(local.toISOString().slice(0, 10))) {
        d = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + 1) - ALMATY);
        continue;
      }
      const minutes = 9 * 60 + 30 + this.r.int(0, 8 * 60 + 29);
      return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - ALMATY + minutes * 60_000 + this.r.int(0, 59) * 1000);
    }
  }
}

const isWhole = (item: TEstimateRow) => item.spec.unit === "компл";
const toRuleLine = (l: TLine) => ({ itemCode: l.item.spec.code, quantityMilli: l.quantity, unitPriceTiyn: l.price });
const scale = (v: bigint, f: number) => (v * BigInt(Math.round(f * 1_000_000))) / 1_000_000n;
const roundTo = (v: bigint, step: bigint) => (v / step) * step;
const day = (d: Date) => d.toISOString().slice(0, 10);
const utcDay = (t: number) => new Date(Date.UTC(new Date(t).getUTCFullYear(), new Date(t).getUTCMonth(), new Date(t).getUTCDate()));
/** Another building in the same street: "City, Street 12, office 4" → "City, Street 14, office 31". */
const sameStreet = (r: Random, address: string) => address.replace(/ (\d+), office \d+$/, (_, n: string) => ` ${Number(n) + 2 * r.int(1, 9)}, office ${r.int(1, 60)}`);

function pickTwo<T>(r: Random, list: readonly T[]): T[] {
  const a = r.int(0, list.length - 1);
  let b = r.int(0, list.length - 2);
  if (b >= a) b++;
  return [list[a]!, list[b]!];
}

