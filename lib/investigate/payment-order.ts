import "server-only";
import type { TActor } from "../actor";
import { auditRead } from "../audit";
import { formatDateTime } from "../dates";
import { prisma } from "../db";
import { ForbiddenError, NotFoundError } from "../errors";
import { localText, translator, type TLocale, type TLocalText } from "../i18n";
import { formatIban } from "../kz/iban";
import { formatTiyn } from "../money";
import { assertReaderFor } from "../scope";

type TRow = {
  id: bigint;
  kind: string;
  amount_tiyn: bigint;
  created_at: Date;
  document_type: string;
  document_id: bigint | null;
  colour_id: number;
  ministry_id: number;
  line_code: string;
  line_specifics: string;
  line_year: number;
  from_key: string;
  from_bin: string | null;
  from_iban: string | null;
  to_key: string;
  to_bin: string | null;
  to_iban: string | null;
} & TForms<"ministry"> & TForms<"project"> & TForms<"line"> & Partial<TForms<"from">> & Partial<TForms<"to">>;

/** A name's four columns as the query reads them (`<p>_name`, `<p>_ru`, `<p>_kk`, `<p>_en`; decision 0230). */
type TForms<P extends string> = { [K in `${P}_name`]: string } & { [K in `${P}_ru` | `${P}_kk` | `${P}_en`]: string | null };
const formsOf = (row: TRow, p: "ministry" | "project" | "line" | "from" | "to") => {
  const r = row as unknown as Record<string, string | null>;
  return r[`${p}_name`] ? { name: r[`${p}_name`]!, nameRu: r[`${p}_ru`], nameKk: r[`${p}_kk`], nameEn: r[`${p}_en`] } : null;
};

async function loadTransfer(transferId: bigint): Promise<TRow | undefined> {
  const [row] = await prisma().$queryRaw<TRow[]>`
    SELECT t.id, t.kind::text AS kind, t.amount_tiyn, t.created_at, t.document_type, t.document_id, t.colour_id,
           p.ministry_id, m.name AS ministry_name, m.name_ru AS ministry_ru, m.name_kk AS ministry_kk, m.name_en AS ministry_en,
           p.name AS project_name, p.name_ru AS project_ru, p.name_kk AS project_kk, p.name_en AS project_en,
           b.code AS line_code, b.specifics AS line_specifics, b.fiscal_year AS line_year,
           b.name AS line_name, b.name_ru AS line_ru, b.name_kk AS line_kk, b.name_en AS line_en,
           fa.holder_key AS from_key, fo.name AS from_name, fo.name_ru AS from_ru, fo.name_kk AS from_kk, fo.name_en AS from_en, fo.bin AS from_bin, fo.bank_account AS from_iban,
           ta.holder_key AS to_key, tor.name AS to_name, tor.name_ru AS to_ru, tor.name_kk AS to_kk, tor.name_en AS to_en, tor.bin AS to_bin, tor.bank_account AS to_iban
    FROM transfer t JOIN colour c ON c.id = t.colour_id JOIN project p ON p.id = c.project_id
    JOIN organization m ON m.id = p.ministry_id JOIN budget_line b ON b.id = c.budget_line_id
    JOIN account fa ON fa.id = t.from_account_id LEFT JOIN organization fo ON fo.id = fa.organization_id
    JOIN account ta ON ta.id = t.to_account_id LEFT JOIN organization tor ON tor.id = ta.organization_id
    WHERE t.id = ${transferId}`;
  return row;
}

/** The journal entry that recorded this transfer in its colour's chain: the receipt's reference. */
async function journalEntryOf(colourId: number, transferId: bigint) {
  const [entry] = await prisma().$queryRaw<{ seq: bigint; hash: string }[]>`
    SELECT seq, hash FROM journal_entry
    WHERE chain = ${colourId}::int AND kind = 'transfer' AND (payload::jsonb ->> 'transfer') = ${transferId.toString()}
    ORDER BY seq LIMIT 1`;
  return entry ?? null;
}

/**
 * A printable payment order for one transfer (issue 19): payer and payee with their BINs, the amount, the colour with
 * its budget line and project, the document it pays, and its journal entry (chain, number, hash) with the receipt link.
 * Officials of the project's ministry (Finance: all) and investigators; anyone else reads it as not found. Audited.
 */
export async function paymentOrderView({ actor, transferId, locale }: { actor: TActor; transferId: bigint; locale: TLocale }) {
  const row = await loadTransfer(transferId);
  if (!row) throw new NotFoundError("transfer");
  try {
    assertReaderFor(actor, row.ministry_id);
  } catch (error) {
    throw error instanceof ForbiddenError ? new NotFoundError("transfer") : error;
  }
  const t = translator(locale);
  const invoice = row.document_type === "invoice" && row.document_id !== null ? await prisma().invoice.findUnique({ where: { id: Number(row.document_id) }, select: { number: true, issuedOn: true, contract: { select: { number: true } } } }) : null;
  const entry = await journalEntryOf(row.colour_id, row.id);
  const local = (p: "ministry" | "project" | "line"): TLocalText => localText(locale, t, formsOf(row, p)!);
  const plain = (text: string): TLocalText => ({ text, lang: null, fallback: null });
  // The account a reader can use: the company's bank account (IBAN) in the colour, never the ledger's internal key
  // ("company:22"); the project's account and the issuance have no IBAN of their own.
  const party = (side: "from" | "to", key: string, bin: string | null, iban: string | null) => {
    const names = formsOf(row, side);
    return {
      name: names ? localText(locale, t, names) : plain(key.startsWith("project:") ? t("investigate.order.projectAccount", { project: local("project").text }) : key === "issuance" ? t("investigate.order.issuance") : key),
      bin: bin ?? "—",
      account: [iban ? formatIban(iban) : null, t("investigate.search.colour", { id: row.colour_id })].filter(Boolean).join(" · "),
    };
  };
  await auditRead(actor, "transfer.order.read", `transfer:${row.id}`, { colour: row.colour_id });
  return {
    id: row.id.toString(),
    date: formatDateTime(row.created_at),
    amount: formatTiyn(row.amount_tiyn),
    kind: t(`investigate.order.kinds.${row.kind as "mint" | "payment" | "exit" | "return" | "reversal"}`),
    payer: party("from", row.from_key, row.from_bin, row.from_iban),
    payee: party("to", row.to_key, row.to_bin, row.to_iban),
    colour: `№${row.colour_id}`,
    budgetLine: { code: `${row.line_code} / ${row.line_specifics} · ${row.line_year}`, name: local("line") },
    project: local("project"),
    ministry: local("ministry"),
    basis: invoice
      ? t("investigate.order.basisInvoice", { invoice: invoice.number, contract: invoice.contract.number })
      : `${row.document_type}${row.document_id !== null ? ` №${row.document_id}` : ""}`,
    journal: entry ? { chain: row.colour_id, seq: entry.seq.toString(), hash: entry.hash, href: actor.role === "investigator" ? `/journal/receipts/${row.colour_id}/${entry.seq}/view` : null } : null,
  };
}

export type TPaymentOrderView = Awaited<ReturnType<typeof paymentOrderView>>;
