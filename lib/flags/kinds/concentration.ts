import type { TSql } from "../../ledger/sql";
import type { TFlagConfig } from "../config";
import { bpOf, clamp, type TVerdict } from "../decide";
import { maturityOf, paidOutOf } from "../maturity";
import { defineKind, found } from "./kind";

/**
 * One subcontractor received more than `minShareBp` of what the colour has paid out (decision 0159), or was awarded
 * subcontracts worth more than `minShareBp` of the colour's general contract (decision 0188): the award is a fact from
 * the day it is signed, while payments follow the works months behind it.
 */
export function decideConcentration(f: { receivedTiyn: bigint; paidOutTiyn: bigint; contractedTiyn?: bigint; generalValueTiyn?: bigint }, c: TFlagConfig["concentration"], isMature = true): TVerdict | null {
  const shareBp = bpOf(f.receivedTiyn, f.paidOutTiyn);
  const contractedBp = f.contractedTiyn != null && f.generalValueTiyn != null ? bpOf(f.contractedTiyn, f.generalValueTiyn) : 0;
  const byPayments = isMature && shareBp > c.minShareBp;
  const byAward = contractedBp > c.minShareBp;
  if (!byPayments && !byAward) return null;
  return { severity: "medium", score: clamp(45 + (Math.max(byPayments ? shareBp : 0, byAward ? contractedBp : 0) - c.minShareBp) / 100), facts: { shareBp, contractedBp } };
}

type TOwn = { contracts: { org: number; is_general: boolean; value: bigint }[] };

const loadContracts = async (sql: TSql, colourId: number): Promise<TOwn> => ({
  contracts: await sql<TOwn["contracts"][number]>(
    `SELECT contractor_id AS org, parent_id IS NULL AS is_general, sum(value_tiyn)::bigint AS value FROM contract WHERE colour_id = $1 GROUP BY 1, 2`,
    [colourId],
  ),
});

// Subcontractors only: the general contractor receiving most of its colour is the plan, not a pattern. The paid share
// is of what left the project's account (each tenge once, whatever happened to it below), and only in a mature colour
// (lib/flags/maturity.ts): the first subcontract payment of a young colour is all of it. The awarded share is of the
// general contract's value, whatever has been paid yet.
export const concentration = defineKind({
  id: "concentration",
  thresholds: "concentration",
  ocp: [],
  severities: ["medium"],
  facts: ["shareBp", "contractedBp", "receivedTiyn", "paidOutTiyn", "paidOutBp", "mintedTiyn"],
  load: (sql, colour) => loadContracts(sql, colour.colourId),
  detect: (colour, own, config) => {
    const maturity = maturityOf(colour, config.concentration);
    const paidOut = paidOutOf(colour);
    const contracts = own?.contracts ?? [];
    const generalValue = contracts.filter((k) => k.is_general).reduce((s, k) => s + BigInt(k.value), 0n);
    return colour.companies.flatMap((c) => {
      if (!c.is_sub) return [];
      const received = colour.receivedBy.get(c.id);
      const contracted = contracts.filter((k) => !k.is_general && Number(k.org) === c.id).reduce((s, k) => s + BigInt(k.value), 0n);
      const verdict = decideConcentration({ receivedTiyn: received?.total ?? 0n, paidOutTiyn: paidOut, contractedTiyn: contracted, generalValueTiyn: generalValue }, config.concentration, maturity.isMature);
      const facts = { receivedTiyn: (received?.total ?? 0n).toString(), paidOutTiyn: paidOut.toString(), paidOutBp: maturity.paidOutBp, mintedTiyn: colour.colour.minted_tiyn.toString() };
      return found(verdict && { ...verdict, facts: { ...verdict.facts, ...facts } }, {
        subjectType: "company",
        subjectId: `colour:${colour.colourId}:company:${c.id}`,
        companyId: c.id,
        evidence: { companies: [c.id], transfers: received?.transfers ?? [], contracts: c.contracts },
      });
    });
  },
});
