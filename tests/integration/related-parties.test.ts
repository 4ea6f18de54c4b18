import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { relatedParties } from "../../lib/contractors/related-parties";
import { relatedPartiesView } from "../../lib/contractors/related-parties-view";
import { prisma } from "../../lib/db";
import { ForbiddenError, NotFoundError } from "../../lib/errors";
import { makeIin } from "../../lib/kz/iin";
import { createOrganization } from "../../lib/organizations/create-organization";
import { addPersonRelation } from "../../lib/persons/person-relations";
import { buildWorld, company } from "../support/ledger-fixtures";
import { actorWithRole, financeOfficial } from "../support/actors";

async function person(fullName: string, serial: number) {
  return prisma().person.create({ data: { fullName, iin: makeIin("790101", 3, serial) } });
}

/** The general contractor of a world, with a director who founded another company and whose wife directs a third;
 *  one company at the same address and one paid to the same account. */
async function relatedWorld() {
  const w = await buildWorld();
  const db = prisma();
  const director = await person("Tokayev Nurlan", 11);
  const wife = await person("Tokayeva Aliya", 12);
  const founded = await company("Nur Supply Trade LLP");
  const wifes = await company("Capital Invest Group LLP");
  const neighbour = await company("Dala Asphalt LLP");
  const sameAccount = await company("Shymkent Med Stroy LLP");
  const unrelated = await company("Unrelated Build LLP");
  await db.companyPerson.createMany({
    data: [
      { organizationId: w.general.id, personId: director.id, role: "director" },
      { organizationId: founded.id, personId: director.id, role: "founder", shareBp: 10000 },
      { organizationId: wifes.id, personId: wife.id, role: "director" },
    ],
  });
  await addPersonRelation({ actor: SYSTEM_ACTOR, input: { personId: wife.id, relatedId: director.id, kind: "spouse" } });
  await db.organization.update({ where: { id: w.general.id }, data: { address: "Almaty, Abai avenue 10", bankAccount: "KZ86125KZT5004100100" } });
  await db.organization.update({ where: { id: neighbour.id }, data: { address: "  almaty,  Abai avenue 10 " } });
  await db.organization.update({ where: { id: sameAccount.id }, data: { bankAccount: "KZ86125KZT5004100100" } });
  await db.organization.update({ where: { id: unrelated.id }, data: { address: "Astana, Mangilik El 1", bankAccount: "KZ00000000000000000" } });
  return { w, director, wife, founded, wifes, neighbour, sameAccount, unrelated };
}

const describeEdges = (graph: NonNullable<Awaited<ReturnType<typeof relatedParties>>>) => {
  const name = new Map(graph.nodes.map((n) => [n.key, n.kind === "company" ? n.name : n.kind === "person" ? n.fullName : n.kind]));
  return graph.edges.map((e) => `${name.get(e.from)} ${e.kind} ${name.get(e.to)}`).sort();
};

describe("a company's related parties (decision 0231)", () => {
  it("investigators see the people, their other companies, relatives and their companies, shared address and account", async () => {
    const r = await relatedWorld();
    const graph = (await relatedParties({ actor: actorWithRole("investigator"), companyId: r.w.general.id }))!;
    expect(describeEdges(graph)).toEqual(
      [
        "Tokayev Nurlan director Almaty Stroy Invest LLP",
        "Tokayev Nurlan founder Nur Supply Trade LLP",
        "Tokayeva Aliya spouse Tokayev Nurlan",
        "Tokayeva Aliya director Capital Invest Group LLP",
        "Almaty Stroy Invest LLP address address",
        "Dala Asphalt LLP address address",
        "Almaty Stroy Invest LLP account account",
        "Shymkent Med Stroy LLP account account",
      ].sort(),
    );
    expect(graph.showsRelatives).toBe(true);
    expect(graph.nodes.some((n) => n.kind === "company" && n.id === r.unrelated.id)).toBe(false);
    // IINs never leave masked; the read is audited.
    const text = JSON.stringify(graph);
    expect(text).not.toContain(r.director.iin!);
    expect(text).toContain(`••••••••${r.director.iin!.slice(-4)}`);
    expect(await prisma().auditEvent.count({ where: { action: "company.related_parties.read" } })).toBe(1);
  });

  it("officials whose projects the company works on see it without relatives; other ministries' officials see none", async () => {
    const r = await relatedWorld();
    const own = (await relatedParties({ actor: r.w.alice, companyId: r.w.general.id }))!;
    expect(own.showsRelatives).toBe(false);
    expect(describeEdges(own).filter((e) => e.includes("Tokayeva"))).toEqual([]);
    expect(describeEdges(own)).toContain("Tokayev Nurlan founder Nur Supply Trade LLP");

    const other = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Ministry of Elsewhere" } });
    expect(await relatedParties({ actor: { ...r.w.alice, organizationId: other.id, userId: 3001 }, companyId: r.w.general.id })).toBeNull();
    // A company that holds no contract in the official's ministry has no graph for them either.
    expect(await relatedParties({ actor: r.w.alice, companyId: r.founded.id })).toBeNull();
    expect(await relatedParties({ actor: financeOfficial(other.id), companyId: r.founded.id })).not.toBeNull();
  });

  it("contractors and administrators get nothing, and an unknown company is not found", async () => {
    const r = await relatedWorld();
    await expect(relatedParties({ actor: r.w.gcUser, companyId: r.w.general.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(relatedParties({ actor: actorWithRole("admin"), companyId: r.w.general.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(relatedParties({ actor: actorWithRole("investigator"), companyId: r.w.ministry.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(relatedParties({ actor: actorWithRole("investigator"), companyId: 9_999_999 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the page's view states every edge as a table row, links related companies and, for investigators, their trace", async () => {
    const r = await relatedWorld();
    const view = (await relatedPartiesView({ actor: actorWithRole("investigator"), companyId: r.w.general.id, locale: "ru" }))!;
    expect(view.rows).toHaveLength(8);
    const founder = view.rows.find((row) => row.to.startsWith("Nur Supply Trade LLP"))!;
    expect(founder).toMatchObject({ relation: "учредитель", toHref: `/contractors/${r.founded.id}`, trace: `/trace?subject=company%3A${r.founded.id}&direction=forward` });
    expect(view.layout.nodes.find((n) => n.isCentre)!.href).toBeNull();
    const official = (await relatedPartiesView({ actor: r.w.alice, companyId: r.w.general.id, locale: "en" }))!;
    expect(official.rows.every((row) => row.trace === null)).toBe(true);
  });
});
