import "server-only";
import type { TActor } from "../actor";
import { formatDate, formatDateTime } from "../dates";
import { prisma } from "../db";
import { ForbiddenError } from "../errors";
import { localizedName, translator, type TLocale } from "../i18n";
import { searchEverything } from "../investigate/search-everything";
import { formatTiyn, parseTenge } from "../money";
import type { TPickOption } from "./pick-option";

// Case evidence picked by search instead of record numbers (issue 19, decision 0228): payments by transfer number,
// invoices by number, companies by name or BIN — the one search's own queries (decision 0183) — and invoices and
// payments by amount ("1 250 000", "1 250 000,50 ₸"). Cases are the investigators'; anyone else is refused and the
// route answers "not found". The value is the case item reference (`transfer:51`, `invoice:7`, `company:3`).

const EACH = 5;

type TAmountInvoice = { id: number; number: string; total_tiyn: bigint; issued_on: Date; company: string; company_ru: string | null };
type TAmountTransfer = { id: bigint; amount_tiyn: bigint; created_at: Date; colour_id: number; project: string };

/** Invoices (not drafts) and payments of exactly this amount: a few of the newest of each. */
async function byAmount(tiyn: bigint, locale: TLocale): Promise<TPickOption[]> {
  const t = translator(locale);
  const db = prisma();
  const [invoices, transfers] = await Promise.all([
    db.$queryRaw<TAmountInvoice[]>`
      SELECT i.id, i.number, i.total_tiyn, i.issued_on, o.name AS company, o.name_ru AS company_ru
        FROM invoice i JOIN organization o ON o.id = i.issuer_id
       WHERE i.total_tiyn = ${tiyn} AND i.status <> 'draft' ORDER BY i.id DESC LIMIT ${EACH}`,
    db.$queryRaw<TAmountTransfer[]>`
      SELECT t.id, t.amount_tiyn, t.created_at, t.colour_id, p.name AS project
        FROM transfer t JOIN colour c ON c.id = t.colour_id JOIN project p ON p.id = c.project_id
       WHERE t.amount_tiyn = ${tiyn} ORDER BY t.id DESC LIMIT ${EACH}`,
  ]);
  return [
    ...invoices.map((i) => ({
      value: `invoice:${i.id}`,
      label: `${t("cases.itemTypes.invoice")} ${i.number} · ${formatTiyn(i.total_tiyn)}`,
      detail: [localizedName(locale, i.company, i.company_ru), formatDate(i.issued_on)].join(" · "),
    })),
    ...transfers.map((r) => ({
      value: `transfer:${r.id}`,
      label: `${t("investigate.search.payment", { id: String(r.id) })} · ${formatTiyn(r.amount_tiyn)}`,
      detail: [t("investigate.search.colour", { id: r.colour_id }), r.project, formatDateTime(r.created_at)].join(" · "),
    })),
  ];
}

export async function searchEvidenceChoices({ actor, q, locale }: { actor: TActor; q: string; locale: TLocale }): Promise<TPickOption[]> {
  if (!actor.isSystem && actor.role !== "investigator") throw new ForbiddenError();
  const text = q.trim().slice(0, 200);
  if (!text) return [];
  const t = translator(locale);
  const groups = await Promise.all((["payments", "invoices", "companies"] as const).map((kind) => searchEverything({ actor, q: text, kind, locale })));
  const label = (kind: string, title: string, amount: string | null) => {
    const type = kind === "payments" ? null : t(`cases.itemTypes.${kind === "invoices" ? "invoice" : "company"}`);
    return [type ? `${type} ${title}` : title, amount].filter(Boolean).join(" · ");
  };
  const found: TPickOption[] = groups.flatMap((g) => g.flatMap((group) => group.rows.slice(0, EACH).map((r) => ({ value: r.key, label: label(group.kind, r.title, r.amount), detail: r.detail }))));
  const amount = /\d/.test(text) ? parseTenge(text) : null;
  const extra = amount?.ok && amount.tiyn > 0n ? await byAmount(amount.tiyn, locale) : [];
  const seen = new Set<string>();
  return [...found, ...extra].filter((o) => (seen.has(o.value) ? false : (seen.add(o.value), true)));
}
