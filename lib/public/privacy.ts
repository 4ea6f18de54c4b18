import { Prisma } from "../generated/prisma/client";

// Who may be named on the public portal (issue 16, decision 0137). A legal entity's BIN has 4 or 5 in its fifth
// digit (resident, non-resident); an IIN has the first digit of a birth day there (0–3), and 6 is a sole trader in
// joint entrepreneurship: both are natural persons. A company without a BIN cannot be told apart, so it is treated
// as a person too. Persons are never named and their number is never shown: they are counted in a group.

/** True for a registration number that belongs to a legal entity, which the portal may name and show. */
export function isLegalEntityBin(bin: string | null | undefined): bin is string {
  return typeof bin === "string" && /^\d{4}[45]\d{7}$/.test(bin);
}

/** The same test on an organization's bin column, for raw queries (`alias` is the organization's alias). */
export const legalEntitySql = (alias: string) => Prisma.raw(`(${alias}.kind = 'company' AND ${alias}.bin ~ '^[0-9]{4}[45][0-9]{7}$')`);
