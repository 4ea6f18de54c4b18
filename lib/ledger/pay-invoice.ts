import "server-only";
import type { TActor } from "../actor";
import type { Tx } from "../db";
import { NotFoundError } from "../errors";
import { checkInvoicePayment } from "../rules/purpose-rules";
import type { TEstimateItemState, TInvoicePaymentAttempt } from "../rules/types";
import { ensureAccount } from "./accounts";
import { loadColourState } from "./colour-state";
import { postTransfer, type TPosted } from "./post-transfer";
import { RuleRefusal } from "./refusal";

/**
 * Everything the purpose rules judge about paying this invoice, read inside the transaction with the invoice
 * row locked: two approvers clicking at once, or one clicking twice, are served one after the other.
 */
export async function loadInvoicePayment(tx: Tx, invoiceId: number, now: Date) {
  const [locked] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM invoice WHERE id = ${invoiceId} FOR UPDATE`;
  if (!locked) throw new NotFoundError("invoice");
  const invoice = await tx.invoice.findUniqueOrThrow({
    where: { id: invoiceId },
    include: { lines: { include: { estimateItem: true } }, decisions: true, contract: { include: { items: { include: { estimateItem: true } } } } },
  });
  const contract = invoice.contract;
  const colour = await loadColourState(tx, contract.colourId);
  const payee = await tx.organization.findUnique({ where: { id: contract.contractorId } });

  const payerHolder = contract.payerId == null ? ({ kind: "project", projectId: contract.projectId } as const) : ({ kind: "company", organizationId: contract.payerId } as const);
  const payerAccountId = await ensureAccount(tx, colour.id, payerHolder);
  const payeeAccountId = await ensureAccount(tx, colour.id, { kind: "company", organizationId: contract.contractorId });
  const payer = await tx.account.findUniqueOrThrow({ where: { id: payerAccountId } });

  // What other invoices of this contract already claim, item by item.
  const billed = await tx.$queryRaw<{ estimate_item_id: number; billed: bigint }[]>`
    SELECT l.estimate_item_id, sum(l.quantity_milli)::bigint AS billed
    FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id
    WHERE i.contract_id = ${contract.id} AND i.id <> ${invoice.id} AND i.status IN ('submitted', 'approved', 'paid')
    GROUP BY l.estimate_item_id`;
  const billedByItem = new Map(billed.map((b) => [b.estimate_item_id, b.billed]));
  const estimate = new Map<string, TEstimateItemState>();
  for (const item of contract.items) {
    estimate.set(item.estimateItem.code, {
      code: item.estimateItem.code,
      name: item.estimateItem.name,
      unit: item.estimateItem.unit,
      quantityMilli: item.quantityMilli,
      ceilingUnitPriceTiyn: item.ceilingUnitPriceTiyn,
      billedMilli: billedByItem.get(item.estimateItemId) ?? 0n,
    });
  }
  const [advances] = await tx.$queryRaw<{ paid: bigint | null }[]>`
    SELECT sum(total_tiyn)::bigint AS paid FROM invoice WHERE contract_id = ${contract.id} AND kind = 'advance' AND status = 'paid' AND id <> ${invoice.id}`;

  const attempt: TInvoicePaymentAttempt = {
    now,
    colour,
    payer: { balanceTiyn: payer.balanceTiyn, isFrozen: payer.isFrozen },
    payee: {
      organizationId: contract.contractorId,
      name: payee?.name ?? String(contract.contractorId),
      isRegistered: !!payee && payee.kind === "company",
      isDebarred: payee?.isDebarred ?? false,
      isInContractChain: contract.colourId === colour.id && contract.status === "active",
    },
    invoice: {
      id: invoice.id,
      number: invoice.number,
      kind: invoice.kind,
      lines: invoice.lines.map((l) => ({ itemCode: l.estimateItem.code, quantityMilli: l.quantityMilli, unitPriceTiyn: l.unitPriceTiyn })),
      createdByUserId: invoice.createdById,
      approvals: invoice.decisions.filter((d) => d.decision === "approve").map((d) => ({ userId: d.userId })),
      isAlreadyPaid: invoice.status === "paid",
    },
    estimate,
    contract: { valueTiyn: contract.valueTiyn, advancesPaidTiyn: advances?.paid ?? 0n },
  };
  return { attempt, invoice, contract, payerAccountId, payeeAccountId };
}

/** Pays an approved invoice in the caller's transaction, or throws RuleRefusal naming every broken rule. */
export async function payInvoice(tx: Tx, { invoiceId, actor, now = new Date() }: { invoiceId: number; actor: TActor; now?: Date }): Promise<TPosted> {
  const { attempt, invoice, contract, payerAccountId, payeeAccountId } = await loadInvoicePayment(tx, invoiceId, now);
  const violations = checkInvoicePayment(attempt);
  if (violations.length > 0) throw new RuleRefusal(violations);
  const posted = await postTransfer(tx, {
    colourId: contract.colourId,
    fromAccountId: payerAccountId,
    toAccountId: payeeAccountId,
    amountTiyn: invoice.totalTiyn,
    kind: "payment",
    documentType: "invoice",
    documentId: invoice.id,
    actorId: actor.isSystem ? null : actor.userId,
    // One invoice is paid once, whoever asks and however often.
    idempotencyKey: `invoice:${invoice.id}`,
  });
  await tx.invoice.update({ where: { id: invoice.id }, data: { status: "paid", paidAt: now } });
  return posted;
}
