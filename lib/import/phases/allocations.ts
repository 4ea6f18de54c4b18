import "server-only";
import { allocateColour } from "../../allocations/allocate-colour";
import { normalizeBudgetCode } from "../../budget/budget-code";
import { endOfAlmatyDay } from "../../dates";
import { atHistoricMoment } from "../../ledger/history-moment";
import { amount, day, instant, percentBp, text, type TRow } from "../cells";
import { RowRefusal } from "../describe-refusal";
import { ITEM_SEPARATOR } from "../format";
import { type TDocument } from "../import-run";
import { type TImportPhase, type TPhaseContext } from "./phase";

/** allocations.csv: one colour each, with its purpose rules. */
export const allocationsPhase: TImportPhase = {
  files: ["allocations.csv"],
  async apply(context) {
    for (const doc of context.run.documents("allocations.csv", (r) => (r.allocation_ref ?? "").trim(), null, () => "", () => "")) {
      await context.run.apply(doc, () => importAllocation(context, doc));
    }
  },
};

async function importAllocation({ find }: TPhaseContext, doc: TDocument) {
  const r = doc.row;
  const ref = text(r, "allocation_ref");
  if (await find.db.colour.findUnique({ where: { requestKey: ref } })) throw new RowRefusal(doc.head.file, doc.head.line, `Column allocation_ref: an allocation with the reference ${ref} already exists.`);
  const code = normalizeBudgetCode(text(r, "budget_code"));
  const year = Number(text(r, "fiscal_year"));
  const line = code ? await find.db.budgetLine.findUnique({ where: { code_specifics_fiscalYear: { code, specifics: text(r, "specifics"), fiscalYear: year } } }) : null;
  if (!line) throw new RowRefusal(doc.head.file, doc.head.line, `Columns budget_code, specifics, fiscal_year: no budget line ${r.budget_code} / ${r.specifics} for ${r.fiscal_year}.`);
  const projectId = find.projectByCode(doc.head, text(r, "project_code"));
  const allowed = text(r, "allowed_items");
  const wages = percentBp(r, "wages_share_percent");
  const taxes = percentBp(r, "taxes_share_percent");
  const actor = await find.optionalActor(doc.head, text(r, "allocated_by", { required: false }));
  const at = instant(r, "allocated_at", { required: false });
  const allocate = () =>
    allocateColour({
      actor,
      input: {
        budgetLineId: line.id,
        projectId,
        amountTiyn: amount(r, "amount"),
        expiresAt: endOfAlmatyDay(day(r, "expires_on")!),
        reason: text(r, "reason"),
        requestKey: ref,
        rules: purposeRules(r, allowed, wages, taxes),
      },
    });
  // The money arrives (its mint and journal entries) at the allocation's own moment when the bundle gives it (0146).
  await (at ? atHistoricMoment(at, allocate) : allocate());
}

/** The colour's purpose rules as the row states them (shares already read, in the row's column order). */
function purposeRules(r: TRow, allowed: string, wages: number | null, taxes: number | null) {
  return {
    allowedItemCodes: allowed === "all" ? ("all" as const) : [...new Set(allowed.split(ITEM_SEPARATOR).map((s) => s.trim()).filter(Boolean))].sort(),
    advanceLimitBp: percentBp(r, "advance_limit_percent") ?? 0,
    approvalThresholdTiyn: amount(r, "approval_threshold", { allowZero: true }),
    exits: { wages: { allowed: wages !== null, maxShareBp: wages ?? 0 }, taxes: { allowed: taxes !== null, maxShareBp: taxes ?? 0 } },
  };
}
