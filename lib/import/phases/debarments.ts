import "server-only";
import { SYSTEM_ACTOR } from "../../actor";
import { debarCompany } from "../../contractors/debar-company";
import { day, text } from "../cells";
import { type TImportPhase } from "./phase";

/**
 * debarments.csv: companies in the register of unreliable participants, with the day and the reason. Applied
 * last (decision 0165): the contracts and payments before the day were lawful when they were made, and the
 * import judges history at its own date.
 */
export const debarmentsPhase: TImportPhase = {
  files: ["debarments.csv"],
  async apply({ run, find }) {
    for (const doc of run.documents("debarments.csv", (r) => (r.company_bin ?? "").trim(), null, () => "", () => "")) {
      await run.apply(doc, async () => {
        const company = await find.organizationByBin(doc.head, "company_bin", text(doc.row, "company_bin"), "company");
        await debarCompany({ actor: SYSTEM_ACTOR, input: { companyId: company.id, debarredOn: day(doc.row, "debarred_on")!, reason: text(doc.row, "reason") } });
      });
    }
  },
};
