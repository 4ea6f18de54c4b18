import "server-only";
import { SYSTEM_ACTOR } from "../../actor";
import { registerSubcontract } from "../../contracts/register-subcontract";
import { createContract } from "../../contracts/create-contract";
import { createGeneralContract } from "../../contracts/create-general-contract";
import { endOfAlmatyDay } from "../../dates";
import { atHistoricMoment } from "../../ledger/history-moment";
import { amount, day, flag, quantity, text, writeQuantity, type TRow } from "../cells";
import { type TDocument, type TPlace } from "../import-run";
import { BundleParts, binNumberKey, day0, type TImportPhase, type TPhaseContext } from "./phase";

type TContractHead = { colour: Awaited<ReturnType<TPhaseContext["find"]["colourByRef"]>>; number: string; contractorBin: string; signer: string; parentBin: string };
type TContractItem = { place: TPlace; item: { id: number }; row: TRow };

/** contracts.csv with contract-items.csv: general contracts and subcontracts, each with its items. */
export const contractsPhase: TImportPhase = {
  files: ["contracts.csv", "contract-items.csv"],
  async apply(context) {
    const docs = context.run.documents("contracts.csv", (r) => binNumberKey(r.contractor_bin, r.contract_number), "contract-items.csv", (r) => binNumberKey(r.contractor_bin, r.contract_number), (k) => `contract ${k.replace("|", " of BIN ")}`);
    // Contracts of different projects commit different colours and estimates, and a subcontract's parent is under
    // its own colour: a few projects at once, each project's contracts in file order (decision 0249). A number
    // repeated in the bundle is refused by its place in the file, whichever project finishes first.
    const parts = new BundleParts(context.run);
    await context.run.applyInParts(docs, (doc) => parts.ofAllocation(doc.row.allocation_ref), (doc) => importContract(context, doc), context.workers);
  },
};

async function importContract(context: TPhaseContext, doc: TDocument) {
  const { run, find } = context;
  const r = doc.row;
  const colour = await find.colourByRef(doc.head, text(r, "allocation_ref"));
  const head: TContractHead = { colour, number: text(r, "contract_number"), contractorBin: text(r, "contractor_bin"), signer: text(r, "signed_by", { required: false }), parentBin: text(r, "parent_contractor_bin", { required: false }) };
  const items: TContractItem[] = [];
  for (const c of doc.children) {
    const item = await run.cell(c, () => find.estimateItem(c, colour.projectId, text(c.row, "item_code")));
    items.push({ place: c, item, row: c.row });
  }
  // Whatever a contract journals is dated at its signing day (decision 0144).
  await atHistoricMoment(day0(day(r, "signed_on")!), () => (head.parentBin ? importSubcontract(context, doc, head, items) : importGeneralContract(context, doc, head, items)));
}

/** A general contract: the official's form, with the quantities and prices as typed, judged at its signing day. */
async function importGeneralContract({ run, find }: TPhaseContext, doc: TDocument, head: TContractHead, items: TContractItem[]) {
  const r = doc.row;
  await createGeneralContract({
    actor: await find.optionalActor(doc.head, head.signer),
    asOf: endOfAlmatyDay(day(r, "signed_on")!),
    input: {
      colourId: head.colour.id,
      contractorBin: head.contractorBin,
      number: head.number,
      value: text(r, "value"),
      signedOn: day(r, "signed_on")!,
      endsOn: day(r, "ends_on", { required: false }) ?? "",
      items: items.map((i) => ({ include: true, estimateItemId: i.item.id, quantity: run.cell(i.place, () => writeQuantity(quantity(i.row, "quantity"))), price: run.cell(i.place, () => text(i.row, "ceiling_unit_price")) })),
    },
  });
}

/**
 * A subcontract under its parent: by the signer when one is named, else as the system on the company's behalf;
 * either way the colour must have been open on its signing day (not today).
 */
async function importSubcontract({ run, find }: TPhaseContext, doc: TDocument, head: TContractHead, items: TContractItem[]) {
  const r = doc.row;
  const { colour, contractorBin, signer } = head;
  const parent = await find.contractByNumber(doc.head, "parent_contractor_bin", head.parentBin, "parent_contract_number", text(r, "parent_contract_number"), colour.id);
  const signedOn = day(r, "signed_on")!;
  const asOf = endOfAlmatyDay(signedOn);
  const input = {
    number: head.number,
    valueTiyn: amount(r, "value"),
    signedOn: day0(signedOn),
    endsOn: day(r, "ends_on", { required: false }) ? day0(day(r, "ends_on")!) : null,
    isFinalSupplier: flag(r, "is_final_supplier"),
    items: items.map((i) => run.cell(i.place, () => ({ estimateItemId: i.item.id, quantityMilli: quantity(i.row, "quantity"), ceilingUnitPriceTiyn: amount(i.row, "ceiling_unit_price") }))),
  };
  if (signer) {
    await registerSubcontract({ actor: await find.actorByEmail(doc.head, signer), now: asOf, input: { ...input, parentId: parent.id, bin: contractorBin } });
  } else {
    const company = await find.organizationByBin(doc.head, "contractor_bin", contractorBin, "company");
    await createContract({ actor: SYSTEM_ACTOR, colourOpenAt: asOf, input: { ...input, colourId: colour.id, contractorId: company.id, parentId: parent.id } });
  }
}
