import "server-only";
import { SYSTEM_ACTOR } from "../../actor";
import { addPersonRelation, PERSON_RELATION_KINDS } from "../../persons/person-relations";
import { choice, text } from "../cells";
import { RowRefusal } from "../describe-refusal";
import { type TDocument } from "../import-run";
import { type TImportPhase, type TPhaseContext } from "./phase";

/** person-relations.csv: `iin` is `relation` of `related_iin` (both directions are recorded, decision 0164). */
export const personRelationsPhase: TImportPhase = {
  files: ["person-relations.csv"],
  async apply(context) {
    for (const doc of context.run.singleRows("person-relations.csv")) {
      await context.run.apply(doc, () => importRelation(context, doc));
    }
  },
};

async function personByIin({ find }: TPhaseContext, doc: TDocument, column: string) {
  const iin = text(doc.row, column);
  const person = await find.db.person.findUnique({ where: { iin }, select: { id: true } });
  if (!person) throw new RowRefusal(doc.head.file, doc.head.line, `Column ${column}: no person with IIN ${iin} (add them to company-people.csv or users.csv).`);
  return person.id;
}

async function importRelation(context: TPhaseContext, doc: TDocument) {
  const kind = choice(doc.row, "relation", PERSON_RELATION_KINDS);
  const personId = await personByIin(context, doc, "iin");
  const relatedId = await personByIin(context, doc, "related_iin");
  await addPersonRelation({ actor: SYSTEM_ACTOR, input: { personId, relatedId, kind } });
}
