import { ocdsDateTime, ocdsDay, ocdsValue, ocidOf, releaseIdOf, type TReleaseKind } from "./format";
import { mergeParties, organizationReference, partyOf, type TParty } from "./parties";
import type { TJson, TOcdsProcess, TOcdsTransaction, TReleaseRef } from "./types";

// One contracting process per contract (general contracts and subcontracts alike, decision 0140). Its releases, in
// publication order: the signed contract, each subcontract signed under it, each payment (or reversal), each
// refused payment. Every release names the parties it refers to, with the roles they have had in the process so
// far (OCDS merging replaces a role list, so each release carries the whole list up to then).

export const SUBCONTRACTING_EXTENSION_URL = "https://raw.githubusercontent.com/open-contracting-extensions/ocds_subcontracting_extension/master/extension.json";

const CONTRACT_STATUS: Record<TOcdsProcess["contract"]["status"], string> = { active: "active", completed: "terminated", terminated: "terminated" };

type TDraft = { ref: TReleaseRef; tag: string[]; parties: TParty[]; body: TJson };

/** The refs of every release of the process, in publication order (date, kind, ref). */
export function releaseRefsOf(p: TOcdsProcess): TReleaseRef[] {
  const contractId = p.contract.id;
  const refs: TReleaseRef[] = [
    { date: p.contract.createdAt, kind: "contract", ref: BigInt(contractId), contractId },
    ...p.subcontracts.map((s) => ({ date: s.createdAt, kind: "subcontract" as const, ref: BigInt(s.id), contractId })),
    ...p.transactions.map((t) => ({ date: t.createdAt, kind: "payment" as const, ref: t.transferId, contractId })),
    ...p.refusals.map((r) => ({ date: r.createdAt, kind: "refused" as const, ref: r.id, contractId })),
  ];
  return refs.sort(compareRefs);
}

export function compareRefs(a: Pick<TReleaseRef, "date" | "kind" | "ref">, b: Pick<TReleaseRef, "date" | "kind" | "ref">): number {
  const byDate = a.date.getTime() - b.date.getTime();
  if (byDate !== 0) return byDate;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return a.ref === b.ref ? 0 : a.ref < b.ref ? -1 : 1;
}

/** Every release of the process, in publication order. */
export function buildReleases(p: TOcdsProcess, prefix: string): TJson[] {
  const roles: TRoles = new Map();
  const lookup = lookupOf(p);
  return releaseRefsOf(p).flatMap((ref) => releaseOf(p, ref, prefix, lookup, roles) ?? []);
}

/** The roles each party of one process has had so far (party id → roles, in the order first seen). */
export type TRoles = Map<string, string[]>;

export function lookupOf(p: TOcdsProcess): TLookup {
  return {
    subcontracts: new Map(p.subcontracts.map((s) => [BigInt(s.id), s])),
    transactions: new Map(p.transactions.map((t) => [t.transferId, t])),
    refusals: new Map(p.refusals.map((r) => [r.id, r])),
  };
}

/**
 * One release of the process, given the roles of the releases before it in publication order (updated here). Fed
 * every release of a process in that order it gives what buildReleases gives, so a caller that streams releases in
 * publication order (the bulk export) can build each one once, from only the parts it refers to. Null when the
 * part the ref names is not in the lookup.
 */
export function releaseOf(p: TOcdsProcess, ref: TReleaseRef, prefix: string, lookup: TLookup, roles: TRoles): TJson | null {
  const draft = draftOf(p, ref, prefix, lookup);
  if (!draft) return null;
  const ocid = ocidOf(prefix, p.contract.id);
  const drafted = mergeParties(draft.parties);
  for (const party of drafted) {
    const known = roles.get(party.id) ?? [];
    for (const role of party.roles) if (!known.includes(role)) known.push(role);
    roles.set(party.id, known);
  }
  const parties = drafted.map((party) => ({ ...party, roles: [...roles.get(party.id)!] }));
  return {
    ocid,
    id: releaseIdOf(ocid, ref.kind, ref.ref),
    date: ocdsDateTime(ref.date),
    tag: draft.tag,
    initiationType: "tender",
    language: "en",
    ...(parties.length > 0 ? { parties } : {}),
    buyer: organizationReference(p.buyer),
    ...draft.body,
    colour: colourOf(p),
  };
}

/** A process's parts by the ref of the release they make (a process may have thousands of payments). */
export type TLookup = {
  subcontracts: Map<bigint, TOcdsProcess["subcontracts"][number]>;
  transactions: Map<bigint, TOcdsTransaction>;
  refusals: Map<bigint, TOcdsProcess["refusals"][number]>;
};

function draftOf(p: TOcdsProcess, ref: TReleaseRef, prefix: string, lookup: TLookup): TDraft | null {
  const drafts: Record<TReleaseKind, () => TDraft | null> = {
    contract: () => contractDraft(p, ref, prefix),
    subcontract: () => {
      const sub = lookup.subcontracts.get(ref.ref);
      return sub ? subcontractDraft(p, ref, prefix, sub) : null;
    },
    payment: () => {
      const t = lookup.transactions.get(ref.ref);
      return t ? paymentDraft(p, ref, prefix, t) : null;
    },
    refused: () => {
      const r = lookup.refusals.get(ref.ref);
      return r ? refusedDraft(p, ref, r) : null;
    },
  };
  return drafts[ref.kind]();
}

const awardIdOf = (p: TOcdsProcess) => `award-${p.contract.id}`;
const contractIdOf = (p: TOcdsProcess) => `contract-${p.contract.id}`;
const buyerRoles = (p: TOcdsProcess) => (p.contract.parentId === null ? ["buyer", "procuringEntity", "payer"] : ["buyer", "payer"]);

function colourOf(p: TOcdsProcess): TJson {
  return {
    id: String(p.colour.id),
    budgetLineCode: `${p.budgetLine.code} ${p.budgetLine.specifics}`,
    fiscalYear: p.budgetLine.fiscalYear,
    allocated: ocdsValue(p.colour.mintedTiyn),
    expiryDate: ocdsDateTime(p.colour.expiresAt),
  };
}

function contractDraft(p: TOcdsProcess, ref: TReleaseRef, prefix: string): TDraft {
  const c = p.contract;
  const period = { startDate: ocdsDay(c.signedOn), ...(c.endsOn ? { endDate: ocdsDay(c.endsOn) } : {}) };
  const title = `Contract ${c.number}: ${p.project.name}`;
  const body: TJson = {
    planning: {
      budget: {
        id: `${p.budgetLine.code} ${p.budgetLine.specifics} ${p.budgetLine.fiscalYear}`,
        description: `${p.budgetLine.name}; allocation (colour ${p.colour.id}) to project ${p.project.name}, ${p.project.region}`,
        amount: ocdsValue(p.colour.mintedTiyn),
        project: p.project.name,
        projectID: String(p.project.id),
      },
    },
    awards: [{ id: awardIdOf(p), title, status: "active", date: ocdsDay(c.signedOn), value: ocdsValue(c.valueTiyn), suppliers: [organizationReference(p.supplier)], contractPeriod: period }],
    contracts: [{ id: contractIdOf(p), awardID: awardIdOf(p), title, status: CONTRACT_STATUS[c.status], period, value: ocdsValue(c.valueTiyn), dateSigned: ocdsDay(c.signedOn) }],
  };
  if (c.parentId !== null) {
    const parentOcid = ocidOf(prefix, c.parentId);
    body.relatedProcesses = [{ id: `parent-${c.parentId}`, relationship: ["parent"], title: `Main contract (${parentOcid})`, scheme: "ocid", identifier: parentOcid }];
  }
  return { ref, tag: ["planning", "award", "contract"], parties: [partyOf(p.buyer, buyerRoles(p)), partyOf(p.supplier, ["supplier", "payee"])], body };
}

function subcontractDraft(p: TOcdsProcess, ref: TReleaseRef, prefix: string, sub: TOcdsProcess["subcontracts"][number]): TDraft {
  const subOcid = ocidOf(prefix, sub.id);
  const body: TJson = {
    awards: [
      {
        id: awardIdOf(p),
        hasSubcontracting: true,
        subcontracting: {
          subcontracts: [{ id: `subcontract-${sub.id}`, subcontractor: organizationReference(sub.supplier), mainContractors: [organizationReference(p.supplier)] }],
        },
      },
    ],
    relatedProcesses: [{ id: `subcontract-${sub.id}`, relationship: ["subContract"], title: `Subcontract (${subOcid})`, scheme: "ocid", identifier: subOcid }],
  };
  return { ref, tag: ["awardUpdate"], parties: [partyOf(p.buyer, buyerRoles(p)), partyOf(p.supplier, ["supplier", "payee"]), partyOf(sub.supplier, ["subcontractor"])], body };
}

/** A transaction of the contract: the money the ledger posted for one invoice (a reversal: negative). */
export function transactionOf(p: TOcdsProcess, t: TOcdsTransaction, prefix: string): TJson {
  return {
    id: String(t.transferId),
    date: ocdsDateTime(t.createdAt),
    value: ocdsValue(t.amountTiyn),
    payer: organizationReference(p.buyer),
    payee: organizationReference(p.supplier),
    lineage: t.lineage.map((l) => ({
      id: String(l.lotId),
      source: l.source.kind === "other" ? null : l.source.kind,
      ...(l.source.kind === "transaction" ? { sourceOcid: ocidOf(prefix, l.source.contractId), sourceTransactionID: String(l.source.transferId) } : {}),
      value: ocdsValue(l.amountTiyn),
    })),
  };
}

function paymentDraft(p: TOcdsProcess, ref: TReleaseRef, prefix: string, t: TOcdsTransaction): TDraft {
  const body: TJson = { contracts: [{ id: contractIdOf(p), awardID: awardIdOf(p), implementation: { transactions: [transactionOf(p, t, prefix)] } }] };
  return { ref, tag: ["implementation"], parties: [partyOf(p.buyer, buyerRoles(p)), partyOf(p.supplier, ["supplier", "payee"])], body };
}

function refusedDraft(p: TOcdsProcess, ref: TReleaseRef, r: TOcdsProcess["refusals"][number]): TDraft {
  const attempt: TJson = { id: String(r.id), date: ocdsDateTime(r.createdAt), reasons: [...new Set(r.codes)] };
  if (r.amountTiyn !== null) attempt.value = ocdsValue(r.amountTiyn);
  const body: TJson = { contracts: [{ id: contractIdOf(p), awardID: awardIdOf(p), refusedAttempts: [attempt] }] };
  return { ref, tag: ["contractUpdate"], parties: [partyOf(p.buyer, buyerRoles(p))], body };
}
