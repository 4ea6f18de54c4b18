import type { Tx } from "../db";
import { sqlOf, type TSql } from "./sql";

export type TExitAccount = "wages" | "taxes" | "release" | "returned";

export type THolder =
  | { kind: "issuance" }
  | { kind: "project"; projectId: number }
  | { kind: "company"; organizationId: number }
  | { kind: "exit"; exit: TExitAccount };

export function holderKey(h: THolder): string {
  switch (h.kind) {
    case "issuance":
      return "issuance";
    case "project":
      return `project:${h.projectId}`;
    case "company":
      return `company:${h.organizationId}`;
    case "exit":
      return `exit:${h.exit}`;
  }
}

/**
 * The holder's account in this colour, opened on first use (concurrent openers get the same one). Looked up first:
 * all but a colour's first posting to a holder find it in one round trip (and burn no sequence value on a conflict).
 * In a Prisma transaction or in the ledger's own (lib/ledger/sql.ts withSqlTransaction).
 */
export async function ensureAccount(txOrSql: Tx | TSql, colourId: number, holder: THolder): Promise<bigint> {
  const sql = typeof txOrSql === "function" ? txOrSql : sqlOf(txOrSql);
  const key = holderKey(holder);
  const find = () => sql<{ id: bigint }>(`SELECT id FROM account WHERE colour_id = $1::int AND holder_key = $2::text`, [colourId, key]);
  const known = await find();
  if (known[0]) return BigInt(known[0].id);
  return openAccount(sql, colourId, holder);
}

/** Opens the holder's account, or finds the one a concurrent transaction opened meanwhile (after a lookup found none). */
export async function openAccount(sql: TSql, colourId: number, holder: THolder): Promise<bigint> {
  const key = holderKey(holder);
  const organizationId = holder.kind === "company" ? holder.organizationId : null;
  const projectId = holder.kind === "project" ? holder.projectId : null;
  const inserted = await sql<{ id: bigint }>(
    `INSERT INTO account (colour_id, holder_kind, holder_key, organization_id, project_id)
    VALUES ($1::int, $2::"HolderKind", $3::text, $4::int, $5::int)
    ON CONFLICT (colour_id, holder_key) DO NOTHING
    RETURNING id`,
    [colourId, holder.kind, key, organizationId, projectId],
  );
  if (inserted[0]) return BigInt(inserted[0].id);
  // Opened meanwhile by a concurrent transaction (the conflict waited for its commit): a new statement sees it.
  const [found] = await sql<{ id: bigint }>(`SELECT id FROM account WHERE colour_id = $1::int AND holder_key = $2::text`, [colourId, key]);
  return BigInt(found!.id);
}
