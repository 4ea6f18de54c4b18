import "server-only";
import { SYSTEM_ACTOR } from "../../actor";
import { normalizeBudgetCode } from "../../budget/budget-code";
import { createBudgetLine } from "../../budget/create-budget-line";
import { amount, nameCells, text } from "../cells";
import { type TImportPhase } from "./phase";

/** budget-lines.csv: each line under its ministry. */
export const budgetLinesPhase: TImportPhase = {
  files: ["budget-lines.csv"],
  async apply({ run, find }) {
    for (const doc of run.documents("budget-lines.csv", (r) => `${normalizeBudgetCode(r.code ?? "") ?? r.code}|${r.specifics}|${r.fiscal_year}`, null, () => "", () => "")) {
      await run.apply(doc, async () => {
        const ministry = await find.organizationByBin(doc.head, "ministry_bin", text(doc.row, "ministry_bin"), "ministry");
        await createBudgetLine({
          actor: SYSTEM_ACTOR,
          input: { code: text(doc.row, "code"), specifics: text(doc.row, "specifics"), fiscalYear: text(doc.row, "fiscal_year"), name: text(doc.row, "name"), ...nameCells(doc.row), ministryId: ministry.id, region: (text(doc.row, "region", { required: false }) || null) as never, appropriatedTiyn: amount(doc.row, "appropriated") },
        });
      });
    }
  },
};
