import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { attachAct, readAct } from "../../lib/invoices/act-documents";
import { saveInvoice, submitDraftInvoice } from "../../lib/invoices/save-invoice";
import { NotFoundError } from "../../lib/errors";
import { readInvoiceAct } from "../../lib/invoices/invoice-acts";
import { createOrganization } from "../../lib/organizations/create-organization";
import { buildWorld, official, Q, T } from "../support/ledger-fixtures";

// Access that depends on a record's state (ASVS 8.1.2 / 8.2.3): a draft and its act are the issuing company's alone;
// the paying company and the project's ministry see them once submitted, another ministry never.

const PDF = Buffer.from("%PDF-1.7\n%%EOF\n");

describe("a draft invoice's act", () => {
  it("is the issuer's alone until submitted; then the payer and the project's ministry read it, another ministry never", async () => {
    const w = await buildWorld();
    const transport = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Transport" } });
    const draft = await saveInvoice({
      actor: w.subUser,
      input: { contractId: w.subcontract.id, number: "SUB-D1", kind: "work", issuedOn: new Date("2026-04-01"), lines: [{ estimateItemId: w.items[0]!.id, quantityMilli: Q(1), unitPriceTiyn: T(1_000) }], submissionKey: crypto.randomUUID(), intent: "draft" },
    });
    const act = await attachAct({ actor: w.subUser, invoiceId: draft.id, fileName: "act.pdf", bytes: PDF });
    const reads = {
      issuer: () => readAct({ actor: w.subUser, invoiceId: draft.id, documentId: act.id }),
      payer: () => readAct({ actor: w.gcUser, invoiceId: draft.id, documentId: act.id }),
      ministry: () => readInvoiceAct({ actor: w.alice, invoiceId: draft.id, documentId: act.id }),
      otherMinistry: () => readInvoiceAct({ actor: official(transport.id, 9), invoiceId: draft.id, documentId: act.id }),
    };
    await expect(reads.issuer()).resolves.toMatchObject({ id: act.id });
    for (const read of [reads.payer, reads.ministry, reads.otherMinistry]) await expect(read()).rejects.toBeInstanceOf(NotFoundError);
    await submitDraftInvoice({ actor: w.subUser, invoiceId: draft.id });
    for (const read of [reads.issuer, reads.payer, reads.ministry]) await expect(read()).resolves.toMatchObject({ id: act.id });
    await expect(reads.otherMinistry()).rejects.toBeInstanceOf(NotFoundError);
  });
});
