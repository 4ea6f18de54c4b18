// Bulk writes for the generated dataset: rows are collected per table and sent as multi-row inserts
// (INSERT … SELECT FROM unnest of one array per column), a few thousand rows a statement. Tables are flushed
// in foreign-key order. Generation only: the running app never writes this way.
import type pg from "pg";

type TColumn = [name: string, type: string];

export const TABLES = {
  organization: [["id", "int"], ["kind", '"OrganizationKind"'], ["name", "text"], ["name_ru", "text"], ["name_kk", "text"], ["name_en", "text"], ["bin", "text"], ["address", "text"], ["region", "text"], ["registered_on", "date"], ["bank_account", "text"], ["created_at", "timestamptz"]],
  person: [["id", "int"], ["full_name", "text"], ["iin", "text"], ["address", "text"]],
  company_person: [["organization_id", "int"], ["person_id", "int"], ["role", '"CompanyPersonRole"'], ["share_bp", "int"]],
  app_user: [["id", "int"], ["email", "text"], ["name", "text"], ["password_hash", "text"], ["role", '"Role"'], ["organization_id", "int"], ["person_id", "int"]],
  budget_line: [["id", "int"], ["code", "text"], ["specifics", "text"], ["fiscal_year", "int"], ["name", "text"], ["name_ru", "text"], ["name_kk", "text"], ["name_en", "text"], ["ministry_id", "int"], ["region", "text"], ["appropriated_tiyn", "bigint"], ["created_at", "timestamptz"]],
  project: [["id", "int"], ["name", "text"], ["name_ru", "text"], ["name_kk", "text"], ["name_en", "text"], ["region", "text"], ["address", "text"], ["ministry_id", "int"], ["starts_on", "date"], ["ends_on", "date"], ["created_at", "timestamptz"]],
  estimate_item: [["id", "int"], ["project_id", "int"], ["code", "text"], ["name", "text"], ["name_ru", "text"], ["name_kk", "text"], ["name_en", "text"], ["category", "text"], ["unit", "text"], ["quantity_milli", "bigint"], ["ceiling_unit_price_tiyn", "bigint"]],
  colour: [["id", "int"], ["budget_line_id", "int"], ["project_id", "int"], ["minted_tiyn", "bigint"], ["expires_at", "timestamptz"], ["created_by_id", "int"], ["created_at", "timestamptz"]],
  colour_rules: [["colour_id", "int"], ["version", "int"], ["rules", "jsonb"], ["reason", "text"], ["created_by_id", "int"], ["created_at", "timestamptz"]],
  contract: [["id", "int"], ["project_id", "int"], ["colour_id", "int"], ["parent_id", "int"], ["payer_id", "int"], ["contractor_id", "int"], ["number", "text"], ["value_tiyn", "bigint"], ["signed_on", "date"], ["ends_on", "date"], ["is_final_supplier", "boolean"], ["created_by_id", "int"], ["created_at", "timestamptz"]],
  contract_item: [["contract_id", "int"], ["estimate_item_id", "int"], ["quantity_milli", "bigint"], ["ceiling_unit_price_tiyn", "bigint"]],
  invoice: [["id", "int"], ["contract_id", "int"], ["issuer_id", "int"], ["number", "text"], ["kind", '"InvoiceKind"'], ["status", '"InvoiceStatus"'], ["total_tiyn", "bigint"], ["issued_on", "date"], ["created_by_id", "int"], ["submitted_at", "timestamptz"], ["paid_at", "timestamptz"], ["created_at", "timestamptz"]],
  invoice_line: [["id", "int"], ["invoice_id", "int"], ["estimate_item_id", "int"], ["quantity_milli", "bigint"], ["unit_price_tiyn", "bigint"], ["amount_tiyn", "bigint"]],
  invoice_decision: [["id", "int"], ["invoice_id", "int"], ["user_id", "int"], ["decision", '"DecisionKind"'], ["reason", "text"], ["decided_at", "timestamptz"]],
  account: [["id", "bigint"], ["colour_id", "int"], ["holder_kind", '"HolderKind"'], ["holder_key", "text"], ["organization_id", "int"], ["project_id", "int"], ["balance_tiyn", "bigint"], ["received_tiyn", "bigint"], ["wages_paid_tiyn", "bigint"], ["taxes_paid_tiyn", "bigint"], ["created_at", "timestamptz"]],
  transfer: [["id", "bigint"], ["colour_id", "int"], ["from_account_id", "bigint"], ["to_account_id", "bigint"], ["amount_tiyn", "bigint"], ["kind", '"TransferKind"'], ["document_type", "text"], ["document_id", "bigint"], ["actor_id", "int"], ["created_at", "timestamptz"]],
  lot: [["id", "bigint"], ["account_id", "bigint"], ["colour_id", "int"], ["transfer_id", "bigint"], ["amount_tiyn", "bigint"], ["remaining_tiyn", "bigint"], ["created_at", "timestamptz"]],
  lot_consumption: [["transfer_id", "bigint"], ["lot_id", "bigint"], ["amount_tiyn", "bigint"]],
  journal_entry: [["id", "bigint"], ["chain", "int"], ["seq", "bigint"], ["kind", "text"], ["payload", "text"], ["prev_hash", "text"], ["hash", "text"], ["created_at", "timestamptz"]],
  journal_head: [["chain", "int"], ["seq", "bigint"], ["hash", "text"], ["updated_at", "timestamptz"]],
  refused_attempt: [["id", "bigint"], ["colour_id", "int"], ["actor_id", "int"], ["organization_id", "int"], ["document_type", "text"], ["document_id", "bigint"], ["amount_tiyn", "bigint"], ["codes", "text"], ["details", "jsonb"], ["created_at", "timestamptz"]],
  // School meals (meals.ts): the small tables; pupils, vouchers, list entries, meals and sheet lines are made in the database.
  school: [["id", "int"], ["name", "text"], ["name_ru", "text"], ["region", "text"], ["department_id", "int"], ["created_at", "timestamptz"]],
  school_staff: [["user_id", "int"], ["school_id", "int"], ["position", '"SchoolPosition"']],
  school_calendar_day: [["school_id", "int"], ["day", "date"], ["is_school_day", "boolean"], ["note", "text"]],
  meal_programme: [["id", "int"], ["colour_id", "int"], ["department_id", "int"], ["school_year", "int"], ["starts_on", "date"], ["ends_on", "date"], ["settlement_period", '"MealSettlementPeriod"'], ["created_by_id", "int"], ["created_at", "timestamptz"]],
  meal_ceiling: [["programme_id", "int"], ["meal_type", '"MealType"'], ["ceiling_tiyn", "bigint"]],
  canteen_contract: [["id", "int"], ["programme_id", "int"], ["operator_id", "int"], ["number", "text"], ["starts_on", "date"], ["ends_on", "date"], ["created_by_id", "int"], ["created_at", "timestamptz"]],
  canteen_contract_school: [["contract_id", "int"], ["school_id", "int"]],
  canteen_contract_meal: [["contract_id", "int"], ["meal_type", '"MealType"'], ["tariff_tiyn", "bigint"], ["serves_from_min", "int"], ["serves_to_min", "int"]],
  eligibility_list: [["id", "int"], ["school_id", "int"], ["month", "date"], ["built_by_id", "int"], ["approved_by_id", "int"], ["approved_at", "timestamptz"], ["created_at", "timestamptz"]],
  meal_settlement: [["id", "int"], ["contract_id", "int"], ["period_start", "date"], ["period_end", "date"], ["meal_count", "int"], ["amount_tiyn", "bigint"], ["digest", "text"], ["transfer_id", "bigint"], ["created_by_id", "int"], ["created_at", "timestamptz"]],
} satisfies Record<string, TColumn[]>;

export type TTable = keyof typeof TABLES;
export type TCell = string | number | bigint | boolean | Date | null;

/** Tables whose ids the generator assigns itself (the sequences are moved past them at the end). */
export const ID_TABLES = ["organization", "person", "app_user", "budget_line", "project", "estimate_item", "colour", "contract", "invoice", "invoice_line", "invoice_decision", "account", "transfer", "lot", "journal_entry", "refused_attempt", "school", "meal_programme", "canteen_contract", "eligibility_list", "meal_settlement", "pupil", "meal_voucher"] as const satisfies readonly (TTable | "pupil" | "meal_voucher")[];
export type TIdTable = (typeof ID_TABLES)[number];

const ORDER = Object.keys(TABLES) as TTable[];
const BATCH = 5000;

export class BulkWriter {
  private rows = new Map<TTable, TCell[][]>();
  readonly written = new Map<TTable, number>();

  constructor(private client: pg.ClientBase) {}

  push(table: TTable, row: TCell[]) {
    let list = this.rows.get(table);
    if (!list) this.rows.set(table, (list = []));
    list.push(row);
  }

  pending(): number {
    let n = 0;
    for (const list of this.rows.values()) n += list.length;
    return n;
  }

  /** Writes everything collected, parents before children. */
  async flush() {
    for (const table of ORDER) {
      const list = this.rows.get(table);
      if (!list?.length) continue;
      this.rows.set(table, []);
      for (let at = 0; at < list.length; at += BATCH) await this.insert(table, list.slice(at, at + BATCH));
      this.written.set(table, (this.written.get(table) ?? 0) + list.length);
    }
  }

  private async insert(table: TTable, rows: TCell[][]) {
    const columns = TABLES[table];
    // codes is text[] in the schema: sent as one array literal per row and cast on the way in.
    const select = columns.map(([name, type], i) => (name === "codes" && table === "refused_attempt" ? `c${i}::text[]` : `c${i}::${type}`));
    const arrays = columns.map((_, i) => rows.map((r) => cell(r[i]!)));
    // Enums, JSON and text[] travel as text and are cast in the select list.
    const paramType = (type: string) => (type.startsWith('"') || type === "jsonb" ? "text" : type);
    await this.client.query(
      `INSERT INTO ${table} (${columns.map(([n]) => n).join(", ")})
       SELECT ${select.join(", ")} FROM unnest(${columns.map(([, type], i) => `$${i + 1}::${paramType(type)}[]`).join(", ")}) AS x(${columns.map((_, i) => `c${i}`).join(", ")})`,
      arrays,
    );
  }
}

function cell(v: TCell): string | null {
  if (v == null) return null;
  if (v instanceof Date) return v.toISOString();
  return String(v);
}
