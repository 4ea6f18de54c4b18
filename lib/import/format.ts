// The import bundle: one CSV file per kind of record, applied in this order (each file only references files
// before it). docs/import-format.md describes every column; the export writes exactly these headers.

export const BUNDLE_FILES = [
  // name_kk and name_en (and name_ru where it is new): a name's forms in each language (decision 0230), optional.
  { file: "organizations.csv", columns: ["bin", "kind", "name", "name_ru", "is_finance", "name_kk", "name_en"], optional: ["name_kk", "name_en"] },
  { file: "companies.csv", columns: ["bin", "name", "name_ru", "address", "region", "registered_on", "bank_account"] },
  // Optional columns were added after the format's first version: a bundle without them is still read.
  { file: "company-people.csv", columns: ["company_bin", "iin", "full_name", "role", "share_percent", "since"], optional: ["since"] },
  { file: "users.csv", columns: ["email", "name", "role", "organization_bin", "iin"], optional: ["iin"] },
  { file: "person-relations.csv", columns: ["iin", "related_iin", "relation"] },
  { file: "budget-lines.csv", columns: ["code", "specifics", "fiscal_year", "name", "ministry_bin", "region", "appropriated", "name_ru", "name_kk", "name_en"], optional: ["name_ru", "name_kk", "name_en"] },
  { file: "projects.csv", columns: ["project_code", "name", "region", "address", "ministry_bin", "starts_on", "ends_on", "name_ru", "name_kk", "name_en"], optional: ["name_ru", "name_kk", "name_en"] },
  { file: "estimate-items.csv", columns: ["project_code", "item_code", "name", "category", "unit", "quantity", "ceiling_unit_price", "name_ru", "name_kk", "name_en"], optional: ["name_ru", "name_kk", "name_en"] },
  {
    file: "allocations.csv",
    columns: ["allocation_ref", "budget_code", "specifics", "fiscal_year", "project_code", "amount", "expires_on", "allowed_items", "advance_limit_percent", "approval_threshold", "wages_share_percent", "taxes_share_percent", "reason", "allocated_by", "allocated_at"],
    // Added after the format's first version: a bundle without it is still read (its allocations dated at the import).
    optional: ["allocated_at"],
  },
  { file: "contracts.csv", columns: ["contractor_bin", "contract_number", "allocation_ref", "parent_contractor_bin", "parent_contract_number", "value", "signed_on", "ends_on", "is_final_supplier", "signed_by"] },
  { file: "contract-items.csv", columns: ["contractor_bin", "contract_number", "item_code", "quantity", "ceiling_unit_price"] },
  { file: "invoices.csv", columns: ["issuer_bin", "invoice_number", "contract_number", "kind", "issued_on", "submitted_at", "submitted_by"] },
  { file: "invoice-lines.csv", columns: ["issuer_bin", "invoice_number", "item_code", "quantity", "unit_price"] },
  { file: "approvals.csv", columns: ["issuer_bin", "invoice_number", "decision", "decided_by", "decided_at", "reason", "paid_at"], optional: ["paid_at"] },
  { file: "exits.csv", columns: ["company_bin", "allocation_ref", "kind", "amount", "paid_at", "paid_by"] },
  // Last: a debarment stops what comes after it, and the history before it was lawful (decision 0165).
  { file: "debarments.csv", columns: ["company_bin", "debarred_on", "reason"] },
] as const;

export type TBundleFile = (typeof BUNDLE_FILES)[number]["file"];

/** Separates the item codes of allocations.csv's allowed_items ("all" means every item of the estimate). */
export const ITEM_SEPARATOR = "|";

/** A project's code is kept in the audit trail (the project table has no column for it): see decision 0050. */
export const PROJECT_CODE_AUDIT = "project.import_code";
