// A colour's facts for the kinds' unit tests: every row field a kind reads has a plain default, so a table row
// names only what its case is about.
import { colourFactsOf, type TApprovalRow, type TColourFacts, type TCompanyRow, type TInvoiceRow, type TLineRow, type TMove, type TSharedFacts } from "../facts";

export const COLOUR_ID = 1;
export const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);

export const move = (m: Partial<TMove> & { id: bigint }): TMove => ({
  actor_id: null, amount_tiyn: 100n, kind: "payment", document_type: "invoice", document_id: null, from_kind: "company", from_org: null,
  to_kind: "company", to_key: "", to_org: null, at: day(0), ...m,
});

export const invoice = (i: Partial<TInvoiceRow> & { id: number }): TInvoiceRow => ({
  issuer_id: 10, contract_id: 100, parent_id: null, total_tiyn: 1000n, issued_on: day(0), status: "submitted", created_by_id: 1, creator_person: null,
  submitted_at: day(0), paid_at: null, ...i,
});

export const company = (c: Partial<TCompanyRow> & { id: number }): TCompanyRow => ({ registered_on: null, is_debarred: false, is_sub: false, contracts: [100], signed_on: [day(0)], ...c });

export function colourFacts(rows: { minted?: bigint; threshold?: string | null; mintedAt?: Date; expiresAt?: Date; moves?: TMove[]; invoices?: TInvoiceRow[]; lines?: TLineRow[]; companies?: TCompanyRow[]; approvals?: TApprovalRow[]; mealProgrammeId?: number | null; shared?: Partial<TSharedFacts> } = {}): TColourFacts {
  return colourFactsOf({
    colourId: COLOUR_ID,
    colour: { id: COLOUR_ID, project_id: 1, region: "almaty", minted_tiyn: rows.minted ?? 10_000n, expires_at: rows.expiresAt ?? day(365), minted_at: rows.mintedAt ?? day(0), threshold: rows.threshold ?? null, meal_programme_id: rows.mealProgrammeId ?? null },
    moves: rows.moves ?? [],
    invoices: rows.invoices ?? [],
    lines: rows.lines ?? [],
    companyRows: rows.companies ?? [],
    approvals: rows.approvals ?? [],
    shared: { prices: rows.shared?.prices ?? new Map(), firstReceipts: rows.shared?.firstReceipts ?? new Map() },
  });
}
