import "server-only";
import { SYSTEM_ACTOR } from "../../actor";
import { registerCompany } from "../../contractors/register-company";
import { text } from "../cells";
import { type TDocument } from "../import-run";
import { type TImportPhase } from "./phase";

/** companies.csv with company-people.csv: each company registered with its people. */
export const companiesPhase: TImportPhase = {
  files: ["companies.csv", "company-people.csv"],
  async apply({ run }) {
    for (const doc of run.documents("companies.csv", (r) => (r.bin ?? "").trim(), "company-people.csv", (r) => (r.company_bin ?? "").trim(), (k) => `company with BIN ${k}`)) {
      await run.apply(doc, () => registerCompany({ actor: SYSTEM_ACTOR, input: companyInput(doc) }));
    }
  },
};

function companyInput(doc: TDocument) {
  return {
    bin: text(doc.row, "bin"),
    name: text(doc.row, "name"),
    nameRu: text(doc.row, "name_ru", { required: false }),
    address: text(doc.row, "address"),
    region: text(doc.row, "region") as never,
    registeredOn: text(doc.row, "registered_on"),
    bankAccount: text(doc.row, "bank_account"),
    people: doc.children.map((c) => ({ fullName: text(c.row, "full_name", { required: false }), iin: text(c.row, "iin", { required: false }), role: text(c.row, "role", { required: false }) as never, share: text(c.row, "share_percent", { required: false }), since: text(c.row, "since", { required: false }) })),
  };
}
