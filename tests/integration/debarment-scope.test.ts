import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { debarCompany, liftDebarment, mayDebar } from "../../lib/contractors/debar-company";
import { prisma } from "../../lib/db";
import { NotFoundError } from "../../lib/errors";
import { makeBin } from "../../lib/kz/bin";
import { createOrganization } from "../../lib/organizations/create-organization";
import { financeOfficial } from "../support/actors";
import { buildWorld, official } from "../support/ledger-fixtures";

// Decision 0069: the Ministry of Finance keeps the register and debars or lifts anyone; a spending ministry's
// official debars only a company that holds a contract (at any tier) in one of that ministry's projects, and
// lifts nothing. Anything else reads as "not found", and writes nothing.

const today = () => new Date().toISOString().slice(0, 10);
const debar = (companyId: number) => ({ companyId, reason: "Court ruling No. 2-77/2026: works not delivered", debarredOn: today() });

async function outsiders() {
  const transport = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: `Ministry of Transport ${Math.random()}` } });
  const finance = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: `Ministry of Finance ${Math.random()}`, isFinance: true } });
  return { other: official(transport.id, 800), finance: financeOfficial(finance.id, 801) };
}

describe("who may debar a company", () => {
  it("an official of another ministry cannot debar a company working only for this one: not found, nothing written", async () => {
    const w = await buildWorld();
    const { other } = await outsiders();
    await expect(debarCompany({ actor: other, input: debar(w.general.id) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(debarCompany({ actor: other, input: debar(w.sub.id) })).rejects.toBeInstanceOf(NotFoundError);
    expect(await prisma().organization.count({ where: { isDebarred: true } })).toBe(0);
    expect(await prisma().journalEntry.count({ where: { chain: 0, kind: "company.debarred" } })).toBe(0);
    expect(await mayDebar({ actor: other, companyId: w.general.id })).toEqual({ debar: false, lift: false });
  });

  it("the project's ministry debars its general contractor and a subcontractor, journalled with the ministry; only Finance lifts", async () => {
    const w = await buildWorld();
    const { finance } = await outsiders();
    expect(await mayDebar({ actor: w.alice, companyId: w.sub.id })).toEqual({ debar: true, lift: false });
    const done = await debarCompany({ actor: w.alice, input: debar(w.sub.id) });
    expect(done.company.isDebarred).toBe(true);
    const entry = await prisma().journalEntry.findFirstOrThrow({ where: { chain: 0, kind: "company.debarred" } });
    expect(JSON.parse(entry.payload)).toMatchObject({ companyId: w.sub.id, actorId: w.alice.userId, actorOrganizationId: w.ministry.id });
    await expect(liftDebarment({ actor: w.alice, input: { companyId: w.sub.id, reason: "Appeal granted, order 12" } })).rejects.toBeInstanceOf(NotFoundError);
    expect((await prisma().organization.findUniqueOrThrow({ where: { id: w.sub.id } })).isDebarred).toBe(true);
    expect(await mayDebar({ actor: finance, companyId: w.sub.id })).toEqual({ debar: true, lift: true });
    await liftDebarment({ actor: finance, input: { companyId: w.sub.id, reason: "Appeal granted, order 12" } });
    expect((await prisma().organization.findUniqueOrThrow({ where: { id: w.sub.id } })).isDebarred).toBe(false);
  });

  it("a Ministry of Finance official debars any company, even one with no contract yet", async () => {
    const { finance } = await outsiders();
    const fresh = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "company", name: "New Steppe LLP", bin: makeBin(19, 6, 4242) } });
    await debarCompany({ actor: finance, input: debar(fresh.id) });
    expect((await prisma().organization.findUniqueOrThrow({ where: { id: fresh.id } })).isDebarred).toBe(true);
  });
});
