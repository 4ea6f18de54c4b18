import "server-only";
import { readDb } from "../db";
import { Prisma } from "../generated/prisma/client";

// The ledger read as stages (decision 0136). Every figure is net of reversals: a reversal moves money back along
// the path of the transfer it reverses, so it is counted on that path with a minus sign. Balances need no such
// care (a reversal already restored them).

/** One colour's money by stage, in tiyn. */
export type TColourStages = {
  colourId: number;
  /** Minted into the project's account (issuance → project). */
  allocated: bigint;
  /** Paid by the project to its general contractors (project → company). */
  firstTier: bigint;
  /** Paid on by companies to their subcontractors and suppliers (company → company): a volume, counted at every tier. */
  downChain: bigint;
  /** Still on the project's account. */
  heldByProject: bigint;
  /** Still on companies' accounts. */
  heldByCompanies: bigint;
  wages: bigint;
  taxes: bigint;
  /** Left the circuit with a final supplier (exit:release). */
  released: bigint;
  /** Swept back to the treasury after expiry (exit:returned). */
  returned: bigint;
  /** Of `returned`, what came straight from the project's account (never paid to a company). */
  returnedFromProject: bigint;
};

type TRow = { colour_id: number } & Record<"allocated" | "first_tier" | "down_chain" | "held_by_project" | "held_by_companies" | "wages" | "taxes" | "released" | "returned" | "returned_from_project", bigint | null>;

/** Stages of the colours the condition picks (`c` is the colour's alias), or of every colour. */
export async function colourStages(where: Prisma.Sql = Prisma.sql`TRUE`): Promise<TColourStages[]> {
  const rows = await (await readDb()).$queryRaw<TRow[]>`
    WITH flow AS (
      SELECT t.colour_id,
        CASE WHEN t.kind = 'reversal' THEN ta.holder_kind ELSE fa.holder_kind END::text AS src,
        CASE WHEN t.kind = 'reversal' THEN fa.holder_kind ELSE ta.holder_kind END::text AS dst,
        CASE WHEN t.kind = 'reversal' THEN -t.amount_tiyn ELSE t.amount_tiyn END AS amount
      FROM transfer t
      JOIN account fa ON fa.id = t.from_account_id
      JOIN account ta ON ta.id = t.to_account_id
      JOIN colour c ON c.id = t.colour_id
      WHERE ${where}
    ), flows AS (
      SELECT colour_id,
        (sum(amount) FILTER (WHERE src = 'issuance' AND dst = 'project'))::bigint AS allocated,
        (sum(amount) FILTER (WHERE src = 'project' AND dst = 'company'))::bigint AS first_tier,
        (sum(amount) FILTER (WHERE src = 'company' AND dst = 'company'))::bigint AS down_chain,
        (sum(amount) FILTER (WHERE src = 'project' AND dst = 'exit'))::bigint AS returned_from_project
      FROM flow GROUP BY colour_id
    ), held AS (
      SELECT a.colour_id,
        (sum(a.balance_tiyn) FILTER (WHERE a.holder_kind = 'project'))::bigint AS held_by_project,
        (sum(a.balance_tiyn) FILTER (WHERE a.holder_kind = 'company'))::bigint AS held_by_companies,
        (sum(a.balance_tiyn) FILTER (WHERE a.holder_key = 'exit:wages'))::bigint AS wages,
        (sum(a.balance_tiyn) FILTER (WHERE a.holder_key = 'exit:taxes'))::bigint AS taxes,
        (sum(a.balance_tiyn) FILTER (WHERE a.holder_key = 'exit:release'))::bigint AS released,
        (sum(a.balance_tiyn) FILTER (WHERE a.holder_key = 'exit:returned'))::bigint AS returned
      FROM account a JOIN colour c ON c.id = a.colour_id
      WHERE ${where}
      GROUP BY a.colour_id
    )
    SELECT h.colour_id, f.allocated, f.first_tier, f.down_chain, f.returned_from_project,
      h.held_by_project, h.held_by_companies, h.wages, h.taxes, h.released, h.returned
    FROM held h LEFT JOIN flows f ON f.colour_id = h.colour_id
    ORDER BY h.colour_id`;
  const n = (v: bigint | null) => v ?? 0n;
  return rows.map((r) => ({
    colourId: r.colour_id,
    allocated: n(r.allocated),
    firstTier: n(r.first_tier),
    downChain: n(r.down_chain),
    heldByProject: n(r.held_by_project),
    heldByCompanies: n(r.held_by_companies),
    wages: n(r.wages),
    taxes: n(r.taxes),
    released: n(r.released),
    returned: n(r.returned),
    returnedFromProject: n(r.returned_from_project),
  }));
}

const KEYS = ["allocated", "firstTier", "downChain", "heldByProject", "heldByCompanies", "wages", "taxes", "released", "returned", "returnedFromProject"] as const;
export type TStageSums = Record<(typeof KEYS)[number], bigint>;

export function sumStages(rows: readonly TColourStages[]): TStageSums {
  const total = Object.fromEntries(KEYS.map((k) => [k, 0n])) as TStageSums;
  for (const r of rows) for (const k of KEYS) total[k] += r[k];
  return total;
}
