import "server-only";
import { SYSTEM_ACTOR } from "../../actor";
import { createOrganization } from "../../organizations/create-organization";
import { choice, flag, nameCells, text } from "../cells";
import { type TImportPhase } from "./phase";

/** organizations.csv: ministries, the treasury, the agency. */
export const organizationsPhase: TImportPhase = {
  files: ["organizations.csv"],
  async apply({ run }) {
    for (const doc of run.documents("organizations.csv", (r) => text(r, "bin", { required: false }), null, () => "", () => "")) {
      await run.apply(doc, () =>
        createOrganization({
          actor: SYSTEM_ACTOR,
          input: { kind: choice(doc.row, "kind", ["ministry", "treasury", "agency"] as const), bin: text(doc.row, "bin"), name: text(doc.row, "name"), ...nameCells(doc.row), isFinance: flag(doc.row, "is_finance") },
        }),
      );
    }
  },
};
