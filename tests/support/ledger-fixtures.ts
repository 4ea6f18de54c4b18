// A small world built through the lib functions the app uses: a ministry with two officials, a budget line,
// a project with an estimate, a colour, a general contractor, a subcontractor and a supplier.
// Whoever builds a world moves money in this process: the flag engine must follow the ledger here too, as in every
// server process (lib/startup.ts, decision 0106). The e2e specs pay from the Playwright worker through these fixtures.
import "../../lib/startup";
import crypto from "node:crypto";
import { SYSTEM_ACTOR, type TActor } from "../../lib/actor";
import { allocateColour } from "../../lib/allocations/allocate-colour";
import { createBudgetLine } from "../../lib/budget/create-budget-line";
import { createContract } from "../../lib/contracts/create-contract";
import { prisma } from "../../lib/db";
import { saveInvoice } from "../../lib/invoices/save-invoice";
import { lineAmountTiyn } from "../../lib/rules/amounts";
import { makeBin } from "../../lib/kz/bin";
import { createOrganization } from "../../lib/organizations/create-organization";
import { createProject } from "../../lib/projects/create-project";

// Codes, BINs and names are numbered from here; e2e workers (separate processes sharing one database) start
// at different places so that their worlds do not collide.
let serial = process.env.VITEST ? 1 : 100 + Math.floor(Math.random() * 600);

export function official(ministryId: number, userId: number): TActor {
  return { userId, role: "official", name: `Official ${userId}`, email: `o${userId}@gov.kz`, organizationId: ministryId, organizationKind: "ministry", organizationName: "Ministry", isFinance: false };
}

export function contractor(organizationId: number, userId: number): TActor {
  return { userId, role: "contractor", name: `Contractor ${userId}`, email: `c${userId}@co.kz`, organizationId, organizationKind: "company", organizationName: "Company", isFinance: false };
}

/** Retries with the next number when another e2e worker's world already took this one. */
async function unique<T>(make: (n: number) => Promise<T>, taken: string): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await make(serial++);
    } catch (error) {
      if ((error as { code?: string }).code !== taken || attempt > 50) throw error;
    }
  }
}

export async function company(name: string) {
  return unique((n) => createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "company", name, bin: makeBin(21, 4, n * 7) } }), "BIN_TAKEN");
}

export const T = (tenge: number) => BigInt(Math.round(tenge * 100));
export const Q = (units: number) => BigInt(Math.round(units * 1000));

export type TWorld = Awaited<ReturnType<typeof buildWorld>>;

export async function buildWorld(options: { amount?: bigint; thresholdTiyn?: bigint; expiresAt?: Date; advanceLimitBp?: number; wagesShareBp?: number } = {}) {
  const ministry = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: `Ministry ${serial++}` } });
  const alice = official(ministry.id, 1001);
  const bob = official(ministry.id, 1002);
  const line = await unique(
    (n) =>
      createBudgetLine({
        actor: alice,
        input: { code: `04 9 467 ${String(37 + Math.floor(n / 1000)).padStart(3, "0")} ${String(n % 1000).padStart(3, "0")}`, specifics: "431", fiscalYear: 2026, name: "School construction", ministryId: ministry.id, appropriatedTiyn: T(10_000_000_000) },
      }),
    "BUDGET_LINE_EXISTS",
  );
  const project = await createProject({
    actor: alice,
    input: {
      name: "School for 600 pupils, Almaty",
      region: "Almaty",
      ministryId: ministry.id,
      items: [
        { code: "236310.100.000003", name: "Ready-mixed concrete B25", category: "23.63", unit: "м3", quantityMilli: Q(1200), ceilingUnitPriceTiyn: T(32_000) },
        { code: "241062.300.000012", name: "Rebar A500C Ø12", category: "24.10", unit: "т", quantityMilli: Q(150), ceilingUnitPriceTiyn: T(400_000) },
        { code: "233211.100.000001", name: "Ceramic brick", category: "23.32", unit: "1000 шт", quantityMilli: Q(800), ceilingUnitPriceTiyn: T(90_000) },
      ],
    },
  });
  const items = await prisma().estimateItem.findMany({ where: { projectId: project.id }, orderBy: { id: "asc" } });
  const colour = await allocateColour({
    actor: alice,
    input: {
      budgetLineId: line.id,
      projectId: project.id,
      amountTiyn: options.amount ?? T(1_000_000_000),
      expiresAt: options.expiresAt ?? new Date("2027-12-31T18:59:59Z"),
      reason: "Allocation order 1",
      rules: {
        allowedItemCodes: "all",
        advanceLimitBp: options.advanceLimitBp ?? 3000,
        approvalThresholdTiyn: options.thresholdTiyn ?? T(50_000_000),
        exits: { wages: { allowed: true, maxShareBp: options.wagesShareBp ?? 2000 }, taxes: { allowed: true, maxShareBp: 1000 } },
      },
    },
  });
  const general = await company("Almaty Stroy Invest LLP");
  const sub = await company("Beton Service KZ LLP");
  const contract = await createContract({
    actor: alice,
    input: {
      colourId: colour.id,
      contractorId: general.id,
      number: "GC-1",
      valueTiyn: T(900_000_000),
      signedOn: new Date("2026-03-01"),
      items: items.map((i) => ({ estimateItemId: i.id, quantityMilli: i.quantityMilli, ceilingUnitPriceTiyn: i.ceilingUnitPriceTiyn })),
    },
  });
  const gcUser = contractor(general.id, 2001);
  const subUser = contractor(sub.id, 2002);
  const subcontract = await createContract({
    actor: gcUser,
    input: {
      colourId: colour.id,
      parentId: contract.id,
      contractorId: sub.id,
      number: "SC-1",
      valueTiyn: T(100_000_000),
      signedOn: new Date("2026-03-15"),
      isFinalSupplier: true,
      items: [{ estimateItemId: items[0]!.id, quantityMilli: Q(1000), ceilingUnitPriceTiyn: T(30_000) }],
    },
  });
  return { ministry, alice, bob, line, project, items, colour, general, sub, contract, subcontract, gcUser, subUser };
}

let invoiceNo = 1;

type TInvoiceOptions = { quantity?: number; price?: number; sub?: boolean; kind?: "work" | "advance" };

function invoiceInput(w: TWorld, { quantity = 100, price = 30_000, sub = false, kind = "work" }: TInvoiceOptions) {
  return {
    actor: sub ? w.subUser : w.gcUser,
    contractId: sub ? w.subcontract.id : w.contract.id,
    number: `INV-${invoiceNo++}`,
    kind,
    issuedOn: new Date("2026-04-01"),
    lines: [{ estimateItemId: w.items[0]!.id, quantityMilli: Q(quantity), unitPriceTiyn: T(price) }],
  };
}

/**
 * An invoice of the general contractor (or of the subcontractor with `sub: true`) for concrete, submitted the way
 * the invoice form submits it (saveInvoice): the purpose rules judge it, a refusal throws and is recorded.
 * `now` is the moment of submission (default: the clock).
 */
export async function concreteInvoice(w: TWorld, options: TInvoiceOptions & { now?: Date } = {}) {
  const { actor, ...input } = invoiceInput(w, options);
  return saveInvoice({ actor, input: { ...input, submissionKey: crypto.randomUUID(), intent: "submit" }, now: options.now });
}

/**
 * TEST-ONLY PATH (decision 0118): stores a submitted invoice WITHOUT the submission rules, as a fault, a direct
 * database write or a rule tightened after submission could leave one. Only for tests that prove the payment
 * check refuses such an invoice on its own (defence in depth); everything else uses concreteInvoice. Lives in
 * tests/support, which no file in app/, lib/ or prisma/ may import.
 */
export async function unscreenedInvoice(w: TWorld, options: TInvoiceOptions = {}) {
  const { actor, lines, ...input } = invoiceInput(w, options);
  const contract = await prisma().contract.findUniqueOrThrow({ where: { id: input.contractId } });
  const priced = lines.map((l) => ({ ...l, amountTiyn: lineAmountTiyn(l.quantityMilli, l.unitPriceTiyn) }));
  return prisma().invoice.create({
    data: {
      ...input,
      issuerId: contract.contractorId,
      status: "submitted",
      totalTiyn: priced.reduce((a, l) => a + l.amountTiyn, 0n),
      createdById: actor.userId,
      submittedAt: new Date(),
      lines: { create: priced },
    },
  });
}

export async function balanceOf(colourId: number, holderKey: string): Promise<bigint> {
  const account = await prisma().account.findUnique({ where: { colourId_holderKey: { colourId, holderKey } } });
  return account?.balanceTiyn ?? 0n;
}

/** The payment transfers an invoice released (one once paid, whatever the number of approvals). */
const paymentsWhere = (invoiceId: number) => ({ where: { documentType: "invoice", documentId: BigInt(invoiceId) } });
export const paymentCount = (invoiceId: number): Promise<number> => prisma().transfer.count(paymentsWhere(invoiceId));
export const paymentOf = (invoiceId: number) => prisma().transfer.findFirstOrThrow(paymentsWhere(invoiceId));
