import "server-only";
import { SYSTEM_ACTOR } from "../../actor";
import { createUser } from "../../users/create-user";
import { choice, text } from "../cells";
import { RowRefusal } from "../describe-refusal";
import { type TDocument } from "../import-run";
import { type TImportPhase, type TPhaseContext } from "./phase";

/** users.csv: officials and company staff who signed, submitted or decided something. */
export const usersPhase: TImportPhase = {
  files: ["users.csv"],
  async apply({ run, find, workers }) {
    const docs = run.documents("users.csv", (r) => (r.email ?? "").trim().toLowerCase(), null, () => "", () => "");
    // Accounts of different people write no common row: a few at once, accounts of one person (IIN) one after another
    // in file order, so that the person is recorded by the first of them as before (decision 0249).
    const partOf = (doc: TDocument) => ((doc.row.iin ?? "").trim() ? `iin:${(doc.row.iin ?? "").trim()}` : `email:${(doc.row.email ?? "").trim().toLowerCase()}`);
    await run.applyInParts(docs, partOf, (doc) => importUser(find, doc), workers);
  },
};

async function importUser(find: TPhaseContext["find"], doc: TDocument) {
  const role = choice(doc.row, "role", ["official", "contractor", "investigator"] as const);
  const bin = text(doc.row, "organization_bin");
  const org = await find.db.organization.findUnique({ where: { bin } });
  if (!org) throw new RowRefusal(doc.head.file, doc.head.line, `Column organization_bin: no organisation with BIN ${bin} is registered.`);
  // Migrated accounts are invited, with no password (none hashed: decision 0145); an administrator hands out a
  // one-time password when the person is to sign in.
  await createUser({ actor: SYSTEM_ACTOR, invite: true, input: { name: text(doc.row, "name"), email: text(doc.row, "email"), role, organizationId: org.id, companyBin: null, iin: text(doc.row, "iin", { required: false }) } });
}
