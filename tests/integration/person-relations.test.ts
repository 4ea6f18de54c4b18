import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { prisma } from "../../lib/db";
import { ForbiddenError, NotFoundError } from "../../lib/errors";
import { makeIin } from "../../lib/kz/iin";
import { addPersonRelation, listPersonRelations, removePersonRelation } from "../../lib/persons/person-relations";
import { actorWithRole, adminActor } from "../support/actors";

async function person(name: string, serial: number) {
  return prisma().person.create({ data: { fullName: name, iin: makeIin("800101", 3, serial) } });
}

describe("relations between persons (decision 0164)", () => {
  it("investigators add one, read it from both sides, and remove it with a reason; both directions go together and are audited", async () => {
    const investigator = actorWithRole("investigator");
    const mother = await person("Abenova Saule", 101);
    const son = await person("Abenov Arman", 102);
    await addPersonRelation({ actor: investigator, input: { personId: mother.id, relatedId: son.id, kind: "parent" } });
    expect((await listPersonRelations({ actor: investigator, personId: mother.id })).map((r) => `${r.kind} ${r.fullName}`)).toEqual(["parent Abenov Arman"]);
    expect((await listPersonRelations({ actor: investigator, personId: son.id })).map((r) => `${r.kind} ${r.fullName}`)).toEqual(["child Abenova Saule"]);

    // A pair is related once, whichever side asks again; nobody is their own relative.
    await expect(addPersonRelation({ actor: investigator, input: { personId: son.id, relatedId: mother.id, kind: "sibling" } })).rejects.toMatchObject({ code: "RELATION_EXISTS" });
    await expect(addPersonRelation({ actor: investigator, input: { personId: son.id, relatedId: son.id, kind: "spouse" } })).rejects.toMatchObject({ code: "RELATION_TO_SELF" });
    await expect(addPersonRelation({ actor: investigator, input: { personId: son.id, relatedId: 987_654, kind: "spouse" } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addPersonRelation({ actor: investigator, input: { personId: son.id, relatedId: mother.id, kind: "cousin" as never } })).rejects.toThrow();

    await expect(removePersonRelation({ actor: investigator, input: { personId: son.id, relatedId: mother.id, reason: "x" } })).rejects.toThrow();
    await removePersonRelation({ actor: investigator, input: { personId: son.id, relatedId: mother.id, reason: "Birth record shows another mother." } });
    expect(await prisma().personRelation.count({ where: { personId: { in: [mother.id, son.id] } } })).toBe(0);
    await expect(removePersonRelation({ actor: investigator, input: { personId: son.id, relatedId: mother.id, reason: "Removed twice by mistake." } })).rejects.toBeInstanceOf(NotFoundError);
    const audit = await prisma().auditEvent.findMany({ where: { action: { startsWith: "person.relation" } }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["person.relation.add", "person.relations.read", "person.relations.read", "person.relation.remove"]);
  });

  it("nobody but investigators (and the system, for the import) may read or change them", async () => {
    const a = await person("Sadykova Dana", 201);
    const b = await person("Sadykov Timur", 202);
    await addPersonRelation({ actor: SYSTEM_ACTOR, input: { personId: a.id, relatedId: b.id, kind: "spouse" } });
    for (const actor of [actorWithRole("official", 1), actorWithRole("contractor", 1), adminActor]) {
      await expect(addPersonRelation({ actor, input: { personId: a.id, relatedId: b.id, kind: "sibling" } })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(removePersonRelation({ actor, input: { personId: a.id, relatedId: b.id, reason: "Not my business, really." } })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listPersonRelations({ actor, personId: a.id })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect((await prisma().personRelation.findMany({ where: { personId: a.id } })).map((r) => r.kind)).toEqual(["spouse"]);
  });
});
