import "server-only";
import { SYSTEM_ACTOR } from "../../actor";
import { registerCompany } from "../../contractors/register-company";
import { text } from "../cells";
import { type TDocument } from "../import-run";
import { type TImportPhase } from "./phase";

/** companies.csv with company-people.csv: each company registered with its people. */
export const companiesPhase: TImportPhase = {
  files: ["companies.csv", "company-people.csv"],
  async apply({ run, workers }) {
    const docs = run.documents("companies.csv", (r) => (r.bin ?? "").trim(), "company-people.csv", (r) => (r.company_bin ?? "").trim(), (k) => `company with BIN ${k}`);
    // Companies that share no person (by IIN) write no common row: a few at once, companies linked through a person
    // one after another in file order, so that the person is recorded by the first of them as before (decision 0249).
    const parts = partsBySharedPeople(docs);
    await run.applyInParts(docs, (doc) => parts.get(doc) ?? null, (doc) => registerCompany({ actor: SYSTEM_ACTOR, input: companyInput(doc) }), workers);
  },
};

/** Each company's part: the companies linked to it through people of the same IIN, named by the first of them. */
function partsBySharedPeople(docs: readonly TDocument[]): Map<TDocument, string> {
  const parent = docs.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const firstWith = new Map<string, number>();
  docs.forEach((doc, i) => {
    for (const c of doc.children) {
      const iin = (c.row.iin ?? "").trim();
      if (!iin) continue;
      const first = firstWith.get(iin);
      if (first === undefined) firstWith.set(iin, i);
      else {
        const [a, b] = [root(first), root(i)];
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  return new Map(docs.map((doc, i) => [doc, `company:${root(i)}`]));
}

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
