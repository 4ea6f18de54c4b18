import type { TOcdsOrg } from "./types";

// Parties: organizations identified by their BIN (scheme KZ-BIN). An individual entrepreneur registers with an
// IIN, which is personal data: individuals are never identified, all of them are one grouped party.

export const INDIVIDUALS_PARTY_ID = "KZ-INDIVIDUALS";
export const INDIVIDUALS_PARTY_NAME = "Individual entrepreneurs (not identified)";

/**
 * A legal entity's BIN has 4, 5 or 6 in its fifth position; an IIN has the first digit of a birth day (0–3) there
 * (shared/reference/kazakhstan.md §1). A company without a number, or with an IIN, is treated as an individual.
 */
export function isIndividual(org: TOcdsOrg): boolean {
  if (org.kind !== "company") return false;
  return org.bin === null || !/^\d{4}[456]\d{7}$/.test(org.bin);
}

export function partyIdOf(org: TOcdsOrg): string {
  if (isIndividual(org)) return INDIVIDUALS_PARTY_ID;
  return org.bin ? `KZ-BIN-${org.bin}` : `aiqyn-organization-${org.id}`;
}

export function organizationReference(org: TOcdsOrg): { id: string; name: string } {
  return { id: partyIdOf(org), name: isIndividual(org) ? INDIVIDUALS_PARTY_NAME : org.name };
}

export type TParty = { id: string; name: string; identifier?: { scheme: "KZ-BIN"; id: string; legalName: string }; roles: string[] };

export function partyOf(org: TOcdsOrg, roles: readonly string[]): TParty {
  const ref = organizationReference(org);
  const party: TParty = { ...ref, roles: [...roles] };
  if (!isIndividual(org) && org.bin) party.identifier = { scheme: "KZ-BIN", id: org.bin, legalName: org.name };
  return party;
}

/** Parties of one release, each once, with every role it was given there (a role list keeps its first order). */
export function mergeParties(parties: readonly TParty[]): TParty[] {
  const byId = new Map<string, TParty>();
  for (const p of parties) {
    const known = byId.get(p.id);
    if (!known) byId.set(p.id, { ...p, roles: [...p.roles] });
    else for (const role of p.roles) if (!known.roles.includes(role)) known.roles.push(role);
  }
  return [...byId.values()];
}
