import "server-only";
import type { TActor } from "../actor";
import { projectForReader } from "../allocations/allocation-options";
import { auditRead } from "../audit";
import { prisma } from "../db";
import { NotFoundError } from "../errors";

// A statement per colour (issue 19, decision 0192): the colour's project account from its allocation to today,
// every movement in ledger order with its running balance, the totals, and a closing balance that is the account's
// ledger balance — so a printed statement can be held against the ledger and the journal's chain head.

/** At most this many movements are listed; the totals and the closing balance always cover every movement. */
export const STATEMENT_MAX_ROWS = 5_000;

type TMovementRow = {
  id: bigint;
  kind: string;
  amount_tiyn: bigint;
  created_at: Date;
  document_type: string;
  document_id: bigint | null;
  is_in: boolean;
  other_kind: string;
  other_key: string;
  other_name: string | null;
  other_ru: string | null;
  other_kk: string | null;
  other_en: string | null;
  invoice_number: string | null;
};

export type TStatementMovement = {
  id: bigint;
  kind: string;
  createdAt: Date;
  documentType: string;
  invoiceNumber: string | null;
  counterparty: { kind: string; key: string; name: string | null; nameRu: string | null; nameKk: string | null; nameEn: string | null };
  inTiyn: bigint;
  outTiyn: bigint;
  balanceTiyn: bigint;
};

async function loadMovements(accountId: bigint): Promise<TMovementRow[]> {
  return prisma().$queryRaw<TMovementRow[]>`
    SELECT t.id, t.kind::text AS kind, t.amount_tiyn, t.created_at, t.document_type, t.document_id,
           (t.to_account_id = ${accountId}) AS is_in,
           o.holder_kind::text AS other_kind, o.holder_key AS other_key, org.name AS other_name, org.name_ru AS other_ru, org.name_kk AS other_kk, org.name_en AS other_en,
           inv.number AS invoice_number
    FROM transfer t
    JOIN account o ON o.id = CASE WHEN t.to_account_id = ${accountId} THEN t.from_account_id ELSE t.to_account_id END
    LEFT JOIN organization org ON org.id = o.organization_id
    LEFT JOIN invoice inv ON t.document_type = 'invoice' AND inv.id = t.document_id
    WHERE t.from_account_id = ${accountId} OR t.to_account_id = ${accountId}
    ORDER BY t.id
    LIMIT ${STATEMENT_MAX_ROWS + 1}`;
}

/** Everything that entered and left the account, over all its movements (not only the listed ones). */
async function loadTotals(accountId: bigint) {
  const [row] = await prisma().$queryRaw<{ minted: bigint; incoming: bigint; outgoing: bigint; n: bigint }[]>`
    SELECT COALESCE(SUM(amount_tiyn) FILTER (WHERE to_account_id = ${accountId} AND kind = 'mint'), 0)::bigint AS minted,
           COALESCE(SUM(amount_tiyn) FILTER (WHERE to_account_id = ${accountId}), 0)::bigint AS incoming,
           COALESCE(SUM(amount_tiyn) FILTER (WHERE from_account_id = ${accountId}), 0)::bigint AS outgoing,
           count(*)::bigint AS n
    FROM transfer WHERE from_account_id = ${accountId} OR to_account_id = ${accountId}`;
  return row!;
}

function withRunningBalance(rows: TMovementRow[]): TStatementMovement[] {
  let balance = 0n;
  return rows.map((r) => {
    const inTiyn = r.is_in ? r.amount_tiyn : 0n;
    const outTiyn = r.is_in ? 0n : r.amount_tiyn;
    balance += inTiyn - outTiyn;
    return {
      id: r.id,
      kind: r.kind,
      createdAt: r.created_at,
      documentType: r.document_type,
      invoiceNumber: r.invoice_number,
      counterparty: { kind: r.other_kind, key: r.other_key, name: r.other_name, nameRu: r.other_ru, nameKk: r.other_kk, nameEn: r.other_en },
      inTiyn,
      outTiyn,
      balanceTiyn: balance,
    };
  });
}

/**
 * The statement of one colour's project account. Officials of the project's ministry (Finance: all) and investigators;
 * anyone else reads it as not found. The opening balance is zero before the allocation's
 * mint (the mint is the first movement); the closing balance is the account's ledger balance, and `isBalanced` says
 * that opening + incoming − outgoing equals it. Audited.
 */
export async function colourStatement({ actor, colourId }: { actor: TActor; colourId: number }) {
  const found = await prisma().colour.findUnique({ where: { id: colourId }, select: { projectId: true } });
  if (!found) throw new NotFoundError("colour");
  const project = await projectForReader(actor, found.projectId);
  const projectId = project.id;
  const colour = await prisma().colour.findUniqueOrThrow({ where: { id: colourId }, select: { id: true, mintedTiyn: true, expiresAt: true, isFrozen: true, isClosed: true, createdAt: true, budgetLine: { select: { code: true, specifics: true, fiscalYear: true, name: true, nameRu: true, nameKk: true, nameEn: true } } } });
  const account = await prisma().account.findUnique({ where: { colourId_holderKey: { colourId: colour.id, holderKey: `project:${projectId}` } }, select: { id: true, balanceTiyn: true } });
  const head = await prisma().journalHead.findUnique({ where: { chain: colour.id }, select: { seq: true, hash: true, updatedAt: true } });
  const [rows, totals] = account ? await Promise.all([loadMovements(account.id), loadTotals(account.id)]) : [[], { minted: 0n, incoming: 0n, outgoing: 0n, n: 0n }];
  const movements = withRunningBalance(rows.slice(0, STATEMENT_MAX_ROWS));
  const closingTiyn = account?.balanceTiyn ?? 0n;
  await auditRead(actor, "colour.statement.read", `colour:${colour.id}`, { project: projectId, movements: Number(totals.n) });
  return {
    project,
    colour,
    statement: {
      openingTiyn: 0n,
      mintedTiyn: totals.minted,
      incomingTiyn: totals.incoming,
      outgoingTiyn: totals.outgoing,
      closingTiyn,
      isBalanced: totals.incoming - totals.outgoing === closingTiyn,
      movementCount: Number(totals.n),
      isTruncated: rows.length > STATEMENT_MAX_ROWS,
      movements,
      head: head ? { chain: colour.id, seq: head.seq.toString(), hash: head.hash, at: head.updatedAt } : null,
    },
  };
}

export type TColourStatement = Awaited<ReturnType<typeof colourStatement>>;
