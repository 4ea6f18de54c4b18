-- DropIndex
DROP INDEX "journal_entry_kind_idx";

-- DropIndex
DROP INDEX "lot_account_id_id_idx";
