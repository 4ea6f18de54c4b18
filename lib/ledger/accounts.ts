import type { Tx } from "../db";

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
 */
export async function ensureAccount(tx: Tx, colourId: number, holder: THolder): Promise<bigint> {
  const key = holderKey(holder);
  const find = () => tx.$queryRaw<{ id: bigint }[]>`SELECT id FROM account WHERE colour_id = ${colourId} AND holder_key = ${key}`;
  const known = await find();
  if (known[0]) return known[0].id;
  const organizationId = holder.kind === "company" ? holder.organizationId : null;
  const projectId = holder.kind === "project" ? holder.projectId : null;
  const inserted = await tx.$queryRaw<{ id: bigint }[]>`
    INSERT INTO account (colour_id, holder_kind, holder_key, organization_id, project_id)
    VALUES (${colourId}, ${holder.kind}::"HolderKind", ${key}, ${organizationId}, ${projectId})
    ON CONFLICT (colour_id, holder_key) DO NOTHING
    RETURNING id`;
  if (inserted[0]) return inserted[0].id;
  // Opened meanwhile by a concurrent transaction (the conflict waited for its commit): a new statement sees it.
  return (await find())[0]!.id;
}
