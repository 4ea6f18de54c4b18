import "server-only";
import { z } from "zod";
import type { TActor } from "../actor";
import { writeAudit } from "../audit";
import { prisma, type Tx } from "../db";
import { DomainError, NotFoundError } from "../errors";
import { zId } from "../http/parse-id";
import { assertInvestigator } from "../scope";
import { zText } from "../text-field";

// Relations between natural persons (spouse, sibling, child, parent; decision 0164). Investigators maintain them
// (they read everything and change no money: a relation is evidence about people, not a movement), and the import
// carries them (person-relations.csv). A relation is read from either side, so it is stored in both directions
// ("A is the parent of B" and "B is the child of A"), added and removed together in one transaction, and audited.

export const PERSON_RELATION_KINDS = ["spouse", "sibling", "child", "parent"] as const;
export type TPersonRelationKind = (typeof PERSON_RELATION_KINDS)[number];

/** What the related person is to the person, seen from the other side. */
export const INVERSE_RELATION: Record<TPersonRelationKind, TPersonRelationKind> = { spouse: "spouse", sibling: "sibling", child: "parent", parent: "child" };

export const ZAddPersonRelation = z.object({
  personId: zId(),
  relatedId: zId(),
  /** `person` is `kind` of `related`: kind "parent" means the person is the related person's parent. */
  kind: z.enum(PERSON_RELATION_KINDS, { message: "invalidChoice" }),
});

export const ZRemovePersonRelation = z.object({
  personId: zId(),
  relatedId: zId(),
  reason: zText({ min: 5, max: 1000 }),
});

const actorIdOf = (actor: TActor) => (actor.isSystem ? null : actor.userId);

async function lockPersons(tx: Tx, ids: number[]) {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM person WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`;
  if (rows.length !== new Set(ids).size) throw new NotFoundError("person");
}

/** Records that `person` is `kind` of `related` (and the inverse). Investigators only; the system for the import. */
export async function addPersonRelation({ actor, input }: { actor: TActor; input: z.input<typeof ZAddPersonRelation> }) {
  assertInvestigator(actor);
  const data = ZAddPersonRelation.parse(input);
  if (data.personId === data.relatedId) throw new DomainError("RELATION_TO_SELF");
  return prisma().$transaction(async (tx) => {
    await lockPersons(tx, [data.personId, data.relatedId]);
    const existing = await tx.personRelation.findFirst({ where: { personId: data.personId, relatedId: data.relatedId } });
    if (existing) throw new DomainError("RELATION_EXISTS");
    const createdById = actorIdOf(actor);
    const relation = await tx.personRelation.create({ data: { personId: data.personId, relatedId: data.relatedId, kind: data.kind, createdById } });
    await tx.personRelation.create({ data: { personId: data.relatedId, relatedId: data.personId, kind: INVERSE_RELATION[data.kind], createdById } });
    await writeAudit({ actorId: createdById, action: "person.relation.add", subject: `person:${data.personId}`, details: { personId: data.personId, relatedId: data.relatedId, kind: data.kind } }, tx);
    return relation;
  });
}

/** Removes the relation between two persons (both directions), with the investigator's reason in the audit trail. */
export async function removePersonRelation({ actor, input }: { actor: TActor; input: z.input<typeof ZRemovePersonRelation> }) {
  assertInvestigator(actor);
  const data = ZRemovePersonRelation.parse(input);
  await prisma().$transaction(async (tx) => {
    await lockPersons(tx, [data.personId, data.relatedId]);
    const pair = [
      { personId: data.personId, relatedId: data.relatedId },
      { personId: data.relatedId, relatedId: data.personId },
    ];
    const existing = await tx.personRelation.findFirst({ where: pair[0] });
    if (!existing) throw new NotFoundError("relation");
    await tx.personRelation.deleteMany({ where: { OR: pair } });
    await writeAudit({ actorId: actorIdOf(actor), action: "person.relation.remove", subject: `person:${data.personId}`, details: { ...pair[0]!, kind: existing.kind, reason: data.reason } }, tx);
  });
}

export type TPersonRelationRow = { relatedId: number; kind: TPersonRelationKind; fullName: string; iin: string | null; createdAt: Date };

/** A person's relations, as the person sees them ("spouse of", "parent of"). Investigators only; the read is audited (IINs). */
export async function listPersonRelations({ actor, personId }: { actor: TActor; personId: number }): Promise<TPersonRelationRow[]> {
  assertInvestigator(actor);
  const person = await prisma().person.findUnique({ where: { id: personId }, select: { id: true } });
  if (!person) throw new NotFoundError("person");
  const rows = await prisma().personRelation.findMany({ where: { personId }, orderBy: [{ kind: "asc" }, { relatedId: "asc" }], include: { related: true } });
  if (rows.some((r) => r.related.iin)) await writeAudit({ actorId: actorIdOf(actor), action: "person.relations.read", subject: `person:${personId}`, details: { relations: rows.length } });
  return rows.map((r) => ({ relatedId: r.relatedId, kind: r.kind, fullName: r.related.fullName, iin: r.related.iin, createdAt: r.createdAt }));
}
