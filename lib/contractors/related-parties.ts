import "server-only";
import type { TActor } from "../actor";
import { auditRead } from "../audit";
import { contractScope } from "../contracts/contract-scope";
import { prisma } from "../db";
import { NotFoundError } from "../errors";
import type { TPersonRelationKind } from "../persons/person-relations";
import { readsEveryMinistry } from "../scope";
import { assertRegistryReader } from "./list-companies";

// A company's related parties as a graph (issue 19, decision 0231): its people (directors, founders, chief
// accountant) and the other companies they hold roles in, companies at the same address or with the same bank
// account, and (investigators only: relations are their evidence, decision 0164) the people's relatives and the
// relatives' companies. Officials see it for a company that holds a contract in their scope; IINs are masked.

export type TPartyNode =
  | { key: string; kind: "company"; id: number; name: string; nameRu: string | null; bin: string | null; isDebarred: boolean; isCentre: boolean }
  | { key: string; kind: "person"; id: number; fullName: string; iinMasked: string | null }
  | { key: string; kind: "address"; text: string }
  | { key: string; kind: "account"; text: string };

export type TPartyEdgeKind = "director" | "founder" | "chief_accountant" | TPersonRelationKind | "address" | "account";
/** `from` is `kind` of `to`: a person is director of a company, a person is spouse of a person, a company is at an address. */
export type TPartyEdge = { from: string; to: string; kind: TPartyEdgeKind };
export type TRelatedParties = { nodes: TPartyNode[]; edges: TPartyEdge[]; isTruncated: boolean; showsRelatives: boolean };

/** Most companies one graph draws besides the centre: a graph beyond that is read as its table, not drawn. */
export const MAX_RELATED_COMPANIES = 40;

/** An IIN as the graph shows it: its last four digits. */
export const maskIin = (iin: string | null) => (iin ? `••••••••${iin.slice(-4)}` : null);

const companyKey = (id: number) => `company:${id}`;
const personKey = (id: number) => `person:${id}`;
const normalized = (text: string) => text.trim().toLowerCase().replace(/\s+/g, " ");

/** Whether the actor may see the company's graph at all: investigators, Finance, and officials whose projects it works on. */
async function mayReadGraph(actor: TActor, companyId: number): Promise<boolean> {
  if (readsEveryMinistry(actor)) return true;
  const inScope = await prisma().contract.findFirst({ where: { contractorId: companyId, ...contractScope(actor) }, select: { id: true } });
  return inScope !== null;
}

/**
 * The related parties of one company, or null when the official's scope does not reach it (the page then shows no
 * graph). Contractors and the public never get here: "not found", as for the registry itself.
 */
export async function relatedParties({ actor, companyId }: { actor: TActor; companyId: number }): Promise<TRelatedParties | null> {
  assertRegistryReader(actor);
  const db = prisma();
  const centre = await db.organization.findFirst({ where: { id: companyId, kind: "company" } });
  if (!centre) throw new NotFoundError("company");
  if (!(await mayReadGraph(actor, companyId))) return null;
  const showsRelatives = actor.role === "investigator" || Boolean(actor.isSystem);

  const nodes = new Map<string, TPartyNode>();
  const edges = new Map<string, TPartyEdge>();
  const addEdge = (edge: TPartyEdge) => edges.set(`${edge.from}|${edge.to}|${edge.kind}`, edge);
  const addCompany = (c: { id: number; name: string; nameRu: string | null; bin: string | null; isDebarred: boolean }) =>
    nodes.set(companyKey(c.id), { key: companyKey(c.id), kind: "company", id: c.id, name: c.name, nameRu: c.nameRu, bin: c.bin, isDebarred: c.isDebarred, isCentre: c.id === centre.id });
  const addPerson = (p: { id: number; fullName: string; iin: string | null }) => nodes.set(personKey(p.id), { key: personKey(p.id), kind: "person", id: p.id, fullName: p.fullName, iinMasked: maskIin(p.iin) });
  addCompany(centre);

  const person = { select: { id: true, fullName: true, iin: true } } as const;
  const own = await db.companyPerson.findMany({ where: { organizationId: centre.id }, include: { person }, orderBy: [{ role: "asc" }, { personId: "asc" }] });
  for (const link of own) {
    addPerson(link.person);
    addEdge({ from: personKey(link.personId), to: companyKey(centre.id), kind: link.role });
  }
  const people = new Set(own.map((l) => l.personId));

  if (showsRelatives && people.size) {
    const relations = await db.personRelation.findMany({ where: { personId: { in: [...people] } }, include: { related: person }, orderBy: [{ personId: "asc" }, { relatedId: "asc" }] });
    for (const r of relations) {
      // Each relation is stored both ways (decision 0164): between two of the company's own people, draw it once.
      if (people.has(r.relatedId) && r.relatedId < r.personId) continue;
      addPerson(r.related);
      addEdge({ from: personKey(r.relatedId), to: personKey(r.personId), kind: r.kind });
    }
    for (const r of relations) people.add(r.relatedId);
  }

  const company = { select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true, bin: true, isDebarred: true } } as const;
  const elsewhere = people.size
    ? await db.companyPerson.findMany({ where: { personId: { in: [...people] }, organizationId: { not: centre.id }, organization: { kind: "company" } }, include: { organization: company }, orderBy: [{ organizationId: "asc" }, { personId: "asc" }] })
    : [];
  const [sameAddress, sameAccount] = await Promise.all([
    centre.address
      ? db.$queryRaw<{ id: number }[]>`SELECT id FROM organization WHERE kind = 'company' AND id <> ${centre.id} AND lower(regexp_replace(btrim(address), '\\s+', ' ', 'g')) = ${normalized(centre.address)} ORDER BY id LIMIT ${MAX_RELATED_COMPANIES + 1}`
      : [],
    centre.bankAccount ? db.organization.findMany({ where: { kind: "company", bankAccount: centre.bankAccount, id: { not: centre.id } }, select: { id: true }, orderBy: { id: "asc" }, take: MAX_RELATED_COMPANIES + 1 }) : [],
  ]);

  const related = new Set<number>();
  const admit = (id: number) => {
    if (related.has(id)) return true;
    if (related.size >= MAX_RELATED_COMPANIES) return false;
    related.add(id);
    return true;
  };
  let isTruncated = false;
  for (const e of elsewhere) {
    if (!admit(e.organizationId)) {
      isTruncated = true;
      continue;
    }
    addCompany(e.organization);
    addEdge({ from: personKey(e.personId), to: companyKey(e.organizationId), kind: e.role });
  }
  const shared = async (kind: "address" | "account", text: string | null, ids: { id: number }[]) => {
    if (!text || ids.length === 0) return;
    const key = `${kind}:${centre.id}`;
    nodes.set(key, { key, kind, text });
    addEdge({ from: companyKey(centre.id), to: key, kind });
    const admitted = ids.filter((c) => admit(c.id));
    if (admitted.length < ids.length) isTruncated = true;
    const rows = await db.organization.findMany({ where: { id: { in: admitted.map((c) => c.id) } }, ...company, orderBy: { id: "asc" } });
    for (const c of rows) {
      if (!nodes.has(companyKey(c.id))) addCompany(c);
      addEdge({ from: companyKey(c.id), to: key, kind });
    }
  };
  await shared("address", centre.address, sameAddress);
  await shared("account", centre.bankAccount, sameAccount);

  // The graph names people (never their full IINs): who looked at whose related parties is recorded.
  if (own.length) await auditRead(actor, "company.related_parties.read", centre.bin ? `bin:${centre.bin}` : `organization:${centre.id}`, { organization: centre.id, people: [...people].length, relatives: showsRelatives });
  return { nodes: [...nodes.values()], edges: [...edges.values()], isTruncated, showsRelatives };
}
