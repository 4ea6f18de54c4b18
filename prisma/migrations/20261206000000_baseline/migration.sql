-- The baseline (decision 0081): the tables, indexes and constraints that the 23 migrations of 2026-11-25 to
-- 2026-12-06 built, squashed into one before there was any production database. Tables and data only: every
-- SQL function and trigger lives in prisma/sql/ (decision 0080), applied by the migration runner after the
-- migrations. Columns keep the order the old history gave them, so a database migrated with that history
-- and one built from this file are the same (scripts/lib/squashed-history.mjs recognises the old one).
--
-- The first part is what `npm run db:diff` writes for prisma/schema.prisma; the second part is hand-written:
-- what Prisma cannot express.

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('official', 'contractor', 'investigator', 'admin');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('ministry', 'treasury', 'company', 'agency');

-- CreateEnum
CREATE TYPE "CompanyPersonRole" AS ENUM ('director', 'founder');

-- CreateEnum
CREATE TYPE "ContractStatus" AS ENUM ('active', 'completed', 'terminated');

-- CreateEnum
CREATE TYPE "InvoiceStatus" AS ENUM ('draft', 'submitted', 'approved', 'paid', 'rejected', 'withdrawn');

-- CreateEnum
CREATE TYPE "InvoiceKind" AS ENUM ('work', 'advance');

-- CreateEnum
CREATE TYPE "DecisionKind" AS ENUM ('approve', 'reject');

-- CreateEnum
CREATE TYPE "HolderKind" AS ENUM ('issuance', 'project', 'company', 'exit');

-- CreateEnum
CREATE TYPE "TransferKind" AS ENUM ('mint', 'payment', 'exit', 'return', 'reversal');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('open', 'under_review', 'referred', 'closed');

-- CreateEnum
CREATE TYPE "FlagSeverity" AS ENUM ('low', 'medium', 'high');

-- CreateEnum
CREATE TYPE "FlagStatus" AS ENUM ('open', 'dismissed', 'cleared');

-- CreateTable
CREATE TABLE "organization" (
    "id" SERIAL NOT NULL,
    "kind" "OrganizationKind" NOT NULL,
    "name" TEXT NOT NULL,
    "name_ru" TEXT,
    "bin" CHAR(12),
    "is_finance" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "address" TEXT,
    "bank_account" TEXT,
    "debarred_on" DATE,
    "debarred_reason" TEXT,
    "is_debarred" BOOLEAN NOT NULL DEFAULT false,
    "region" TEXT,
    "registered_on" DATE,

    CONSTRAINT "organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person" (
    "id" SERIAL NOT NULL,
    "full_name" TEXT NOT NULL,
    "iin" CHAR(12),
    "address" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "company_person" (
    "organization_id" INTEGER NOT NULL,
    "person_id" INTEGER NOT NULL,
    "role" "CompanyPersonRole" NOT NULL,
    "share_bp" INTEGER,

    CONSTRAINT "company_person_pkey" PRIMARY KEY ("organization_id","person_id","role")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "organization_id" INTEGER,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "session_version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deactivated_at" TIMESTAMPTZ(3),
    "person_id" INTEGER,
    "must_change_password" BOOLEAN NOT NULL DEFAULT false,
    "password_changed_at" TIMESTAMPTZ(3),

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "second_factor" (
    "user_id" INTEGER NOT NULL,
    "secret" TEXT NOT NULL,
    "confirmed_at" TIMESTAMPTZ(3),
    "last_used_step" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "second_factor_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "recovery_code" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "code_hash" TEXT NOT NULL,
    "used_at" TIMESTAMPTZ(3),

    CONSTRAINT "recovery_code_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pending_sign_in" (
    "id" TEXT NOT NULL,
    "user_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pending_sign_in_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_session" (
    "id" TEXT NOT NULL,
    "user_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "ended_at" TIMESTAMPTZ(3),
    "ended_reason" TEXT,
    "address" TEXT NOT NULL,
    "user_agent" TEXT NOT NULL,

    CONSTRAINT "user_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sign_in_throttle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "locked_until" TIMESTAMPTZ(3),

    CONSTRAINT "sign_in_throttle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" INTEGER,
    "action" TEXT NOT NULL,
    "subject" TEXT,
    "details" JSONB,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "budget_line" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "specifics" CHAR(3) NOT NULL,
    "fiscal_year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "ministry_id" INTEGER NOT NULL,
    "region" TEXT,
    "appropriated_tiyn" BIGINT NOT NULL,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "budget_line_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "address" TEXT,
    "ministry_id" INTEGER NOT NULL,
    "starts_on" DATE,
    "ends_on" DATE,
    "estimate_version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "estimate_item" (
    "id" SERIAL NOT NULL,
    "project_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "quantity_milli" BIGINT NOT NULL,
    "ceiling_unit_price_tiyn" BIGINT NOT NULL,

    CONSTRAINT "estimate_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "estimate_revision" (
    "id" SERIAL NOT NULL,
    "project_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "estimate_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "colour" (
    "id" SERIAL NOT NULL,
    "budget_line_id" INTEGER NOT NULL,
    "project_id" INTEGER NOT NULL,
    "minted_tiyn" BIGINT NOT NULL DEFAULT 0,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "rules_version" INTEGER NOT NULL DEFAULT 1,
    "is_frozen" BOOLEAN NOT NULL DEFAULT false,
    "frozen_reason" TEXT,
    "is_closed" BOOLEAN NOT NULL DEFAULT false,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "request_key" TEXT,

    CONSTRAINT "colour_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "colour_rules" (
    "colour_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "rules" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "colour_rules_pkey" PRIMARY KEY ("colour_id","version")
);

-- CreateTable
CREATE TABLE "contract" (
    "id" SERIAL NOT NULL,
    "project_id" INTEGER NOT NULL,
    "colour_id" INTEGER NOT NULL,
    "parent_id" INTEGER,
    "payer_id" INTEGER,
    "contractor_id" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "value_tiyn" BIGINT NOT NULL,
    "signed_on" DATE NOT NULL,
    "ends_on" DATE,
    "is_final_supplier" BOOLEAN NOT NULL DEFAULT false,
    "status" "ContractStatus" NOT NULL DEFAULT 'active',
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "contract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contract_item" (
    "contract_id" INTEGER NOT NULL,
    "estimate_item_id" INTEGER NOT NULL,
    "quantity_milli" BIGINT NOT NULL,
    "ceiling_unit_price_tiyn" BIGINT NOT NULL,
    "billed_milli" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "contract_item_pkey" PRIMARY KEY ("contract_id","estimate_item_id")
);

-- CreateTable
CREATE TABLE "invoice" (
    "id" SERIAL NOT NULL,
    "contract_id" INTEGER NOT NULL,
    "issuer_id" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "kind" "InvoiceKind" NOT NULL DEFAULT 'work',
    "status" "InvoiceStatus" NOT NULL DEFAULT 'draft',
    "total_tiyn" BIGINT NOT NULL,
    "issued_on" DATE NOT NULL,
    "created_by_id" INTEGER NOT NULL,
    "submitted_at" TIMESTAMPTZ(3),
    "paid_at" TIMESTAMPTZ(3),
    "submission_key" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invoice_line" (
    "id" SERIAL NOT NULL,
    "invoice_id" INTEGER NOT NULL,
    "estimate_item_id" INTEGER NOT NULL,
    "quantity_milli" BIGINT NOT NULL,
    "unit_price_tiyn" BIGINT NOT NULL,
    "amount_tiyn" BIGINT NOT NULL,

    CONSTRAINT "invoice_line_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invoice_decision" (
    "id" SERIAL NOT NULL,
    "invoice_id" INTEGER NOT NULL,
    "user_id" INTEGER NOT NULL,
    "decision" "DecisionKind" NOT NULL,
    "reason" TEXT,
    "decided_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invoice_decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invoice_document" (
    "id" SERIAL NOT NULL,
    "invoice_id" INTEGER NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "bytes" BYTEA NOT NULL,
    "uploaded_by_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invoice_document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account" (
    "id" BIGSERIAL NOT NULL,
    "colour_id" INTEGER NOT NULL,
    "holder_kind" "HolderKind" NOT NULL,
    "holder_key" TEXT NOT NULL,
    "organization_id" INTEGER,
    "project_id" INTEGER,
    "balance_tiyn" BIGINT NOT NULL DEFAULT 0,
    "is_frozen" BOOLEAN NOT NULL DEFAULT false,
    "frozen_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transfer" (
    "id" BIGSERIAL NOT NULL,
    "colour_id" INTEGER NOT NULL,
    "from_account_id" BIGINT NOT NULL,
    "to_account_id" BIGINT NOT NULL,
    "amount_tiyn" BIGINT NOT NULL,
    "kind" "TransferKind" NOT NULL,
    "document_type" TEXT NOT NULL,
    "document_id" BIGINT,
    "reverses_id" BIGINT,
    "actor_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "transfer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lot" (
    "id" BIGSERIAL NOT NULL,
    "account_id" BIGINT NOT NULL,
    "colour_id" INTEGER NOT NULL,
    "transfer_id" BIGINT NOT NULL,
    "amount_tiyn" BIGINT NOT NULL,
    "remaining_tiyn" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "lot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lot_consumption" (
    "transfer_id" BIGINT NOT NULL,
    "lot_id" BIGINT NOT NULL,
    "amount_tiyn" BIGINT NOT NULL,

    CONSTRAINT "lot_consumption_pkey" PRIMARY KEY ("transfer_id","lot_id")
);

-- CreateTable
CREATE TABLE "journal_entry" (
    "id" BIGSERIAL NOT NULL,
    "chain" INTEGER NOT NULL,
    "seq" BIGINT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "prev_hash" CHAR(64) NOT NULL,
    "hash" CHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "journal_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "journal_head" (
    "chain" INTEGER NOT NULL,
    "seq" BIGINT NOT NULL,
    "hash" CHAR(64) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "journal_head_pkey" PRIMARY KEY ("chain")
);

-- CreateTable
CREATE TABLE "ledger_request" (
    "key" TEXT NOT NULL,
    "request_hash" CHAR(64) NOT NULL,
    "transfer_id" BIGINT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ledger_request_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "refused_attempt" (
    "id" BIGSERIAL NOT NULL,
    "colour_id" INTEGER,
    "actor_id" INTEGER,
    "organization_id" INTEGER,
    "document_type" TEXT NOT NULL,
    "document_id" BIGINT,
    "amount_tiyn" BIGINT,
    "codes" TEXT[],
    "details" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "refused_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "investigation_case" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "status" "CaseStatus" NOT NULL DEFAULT 'open',
    "created_by_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "investigation_case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_event" (
    "id" BIGSERIAL NOT NULL,
    "case_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT,
    "data" JSONB,
    "actor_id" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_item" (
    "case_id" INTEGER NOT NULL,
    "item_type" TEXT NOT NULL,
    "item_id" TEXT NOT NULL,
    "note" TEXT,
    "added_by_id" INTEGER NOT NULL,
    "added_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_item_pkey" PRIMARY KEY ("case_id","item_type","item_id")
);

-- CreateTable
CREATE TABLE "freeze_event" (
    "id" BIGSERIAL NOT NULL,
    "colour_id" INTEGER NOT NULL,
    "organization_id" INTEGER,
    "is_frozen" BOOLEAN NOT NULL,
    "reason" TEXT NOT NULL,
    "case_id" INTEGER,
    "actor_id" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "freeze_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "journal_publication" (
    "id" SERIAL NOT NULL,
    "heads" JSONB NOT NULL,
    "entries" BIGINT NOT NULL,
    "digest" CHAR(64) NOT NULL,
    "published_by" INTEGER,
    "published_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "journal_publication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "flag" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "subject_type" TEXT NOT NULL,
    "subject_id" TEXT NOT NULL,
    "colour_id" INTEGER NOT NULL,
    "project_id" INTEGER NOT NULL,
    "company_id" INTEGER,
    "region" TEXT,
    "severity" "FlagSeverity" NOT NULL,
    "score" INTEGER NOT NULL,
    "evidence" JSONB NOT NULL,
    "facts" JSONB NOT NULL,
    "status" "FlagStatus" NOT NULL DEFAULT 'open',
    "dismissed_reason" TEXT,
    "dismissed_by_id" INTEGER,
    "first_detected_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_detected_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "flag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "organization_bin_key" ON "organization"("bin");

-- CreateIndex
CREATE INDEX "organization_kind_name_idx" ON "organization"("kind", "name");

-- CreateIndex
CREATE INDEX "organization_kind_region_name_idx" ON "organization"("kind", "region", "name");

-- CreateIndex
CREATE INDEX "organization_kind_registered_on_idx" ON "organization"("kind", "registered_on");

-- CreateIndex
CREATE UNIQUE INDEX "person_iin_key" ON "person"("iin");

-- CreateIndex
CREATE INDEX "person_full_name_idx" ON "person"("full_name");

-- CreateIndex
CREATE INDEX "company_person_person_id_idx" ON "company_person"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- CreateIndex
CREATE INDEX "app_user_role_idx" ON "app_user"("role");

-- CreateIndex
CREATE INDEX "app_user_organization_id_idx" ON "app_user"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "recovery_code_user_id_code_hash_key" ON "recovery_code"("user_id", "code_hash");

-- CreateIndex
CREATE INDEX "pending_sign_in_expires_at_idx" ON "pending_sign_in"("expires_at");

-- CreateIndex
CREATE INDEX "user_session_user_id_idx" ON "user_session"("user_id");

-- CreateIndex
CREATE INDEX "user_session_expires_at_idx" ON "user_session"("expires_at");

-- CreateIndex
CREATE INDEX "audit_event_at_idx" ON "audit_event"("at");

-- CreateIndex
CREATE INDEX "audit_event_actor_id_id_idx" ON "audit_event"("actor_id", "id");

-- CreateIndex
CREATE INDEX "audit_event_action_id_idx" ON "audit_event"("action", "id");

-- CreateIndex
CREATE INDEX "audit_event_subject_id_idx" ON "audit_event"("subject", "id");

-- CreateIndex
CREATE INDEX "budget_line_ministry_id_fiscal_year_idx" ON "budget_line"("ministry_id", "fiscal_year");

-- CreateIndex
CREATE UNIQUE INDEX "budget_line_code_specifics_fiscal_year_key" ON "budget_line"("code", "specifics", "fiscal_year");

-- CreateIndex
CREATE INDEX "project_ministry_id_idx" ON "project"("ministry_id");

-- CreateIndex
CREATE INDEX "project_region_idx" ON "project"("region");

-- CreateIndex
CREATE INDEX "estimate_item_code_idx" ON "estimate_item"("code");

-- CreateIndex
CREATE UNIQUE INDEX "estimate_item_project_id_code_key" ON "estimate_item"("project_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "estimate_revision_project_id_version_key" ON "estimate_revision"("project_id", "version");

-- CreateIndex
CREATE UNIQUE INDEX "colour_request_key_key" ON "colour"("request_key");

-- CreateIndex
CREATE INDEX "colour_project_id_idx" ON "colour"("project_id");

-- CreateIndex
CREATE INDEX "colour_budget_line_id_idx" ON "colour"("budget_line_id");

-- CreateIndex
CREATE INDEX "contract_project_id_idx" ON "contract"("project_id");

-- CreateIndex
CREATE INDEX "contract_contractor_id_idx" ON "contract"("contractor_id");

-- CreateIndex
CREATE INDEX "contract_payer_id_idx" ON "contract"("payer_id");

-- CreateIndex
CREATE INDEX "contract_parent_id_idx" ON "contract"("parent_id");

-- CreateIndex
CREATE UNIQUE INDEX "contract_colour_id_contractor_id_number_key" ON "contract"("colour_id", "contractor_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "invoice_submission_key_key" ON "invoice"("submission_key");

-- CreateIndex
CREATE INDEX "invoice_contract_id_status_idx" ON "invoice"("contract_id", "status");

-- CreateIndex
CREATE INDEX "invoice_status_submitted_at_idx" ON "invoice"("status", "submitted_at");

-- CreateIndex
CREATE UNIQUE INDEX "invoice_issuer_id_number_key" ON "invoice"("issuer_id", "number");

-- CreateIndex
CREATE INDEX "invoice_line_invoice_id_idx" ON "invoice_line"("invoice_id");

-- CreateIndex
CREATE INDEX "invoice_line_estimate_item_id_idx" ON "invoice_line"("estimate_item_id");

-- CreateIndex
CREATE UNIQUE INDEX "invoice_decision_invoice_id_user_id_decision_key" ON "invoice_decision"("invoice_id", "user_id", "decision");

-- CreateIndex
CREATE INDEX "invoice_document_invoice_id_idx" ON "invoice_document"("invoice_id");

-- CreateIndex
CREATE INDEX "account_organization_id_idx" ON "account"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "account_colour_id_holder_key_key" ON "account"("colour_id", "holder_key");

-- CreateIndex
CREATE UNIQUE INDEX "transfer_reverses_id_key" ON "transfer"("reverses_id");

-- CreateIndex
CREATE INDEX "transfer_colour_id_id_idx" ON "transfer"("colour_id", "id");

-- CreateIndex
CREATE INDEX "transfer_from_account_id_id_idx" ON "transfer"("from_account_id", "id");

-- CreateIndex
CREATE INDEX "transfer_to_account_id_id_idx" ON "transfer"("to_account_id", "id");

-- CreateIndex
CREATE INDEX "transfer_document_type_document_id_idx" ON "transfer"("document_type", "document_id");

-- CreateIndex
CREATE INDEX "lot_transfer_id_idx" ON "lot"("transfer_id");

-- CreateIndex
CREATE INDEX "lot_consumption_lot_id_idx" ON "lot_consumption"("lot_id");

-- CreateIndex
CREATE UNIQUE INDEX "journal_entry_chain_seq_key" ON "journal_entry"("chain", "seq");

-- CreateIndex
CREATE INDEX "refused_attempt_organization_id_created_at_idx" ON "refused_attempt"("organization_id", "created_at");

-- CreateIndex
CREATE INDEX "refused_attempt_colour_id_created_at_idx" ON "refused_attempt"("colour_id", "created_at");

-- CreateIndex
CREATE INDEX "investigation_case_status_updated_at_idx" ON "investigation_case"("status", "updated_at");

-- CreateIndex
CREATE INDEX "case_event_case_id_id_idx" ON "case_event"("case_id", "id");

-- CreateIndex
CREATE INDEX "case_item_item_type_item_id_idx" ON "case_item"("item_type", "item_id");

-- CreateIndex
CREATE INDEX "freeze_event_colour_id_id_idx" ON "freeze_event"("colour_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "flag_key_key" ON "flag"("key");

-- CreateIndex
CREATE INDEX "flag_status_severity_score_idx" ON "flag"("status", "severity", "score");

-- CreateIndex
CREATE INDEX "flag_colour_id_idx" ON "flag"("colour_id");

-- CreateIndex
CREATE INDEX "flag_project_id_idx" ON "flag"("project_id");

-- CreateIndex
CREATE INDEX "flag_company_id_idx" ON "flag"("company_id");

-- CreateIndex
CREATE INDEX "flag_kind_idx" ON "flag"("kind");

-- AddForeignKey
ALTER TABLE "company_person" ADD CONSTRAINT "company_person_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "company_person" ADD CONSTRAINT "company_person_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "second_factor" ADD CONSTRAINT "second_factor_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recovery_code" ADD CONSTRAINT "recovery_code_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_line" ADD CONSTRAINT "budget_line_ministry_id_fkey" FOREIGN KEY ("ministry_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project" ADD CONSTRAINT "project_ministry_id_fkey" FOREIGN KEY ("ministry_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "estimate_item" ADD CONSTRAINT "estimate_item_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "estimate_revision" ADD CONSTRAINT "estimate_revision_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "colour" ADD CONSTRAINT "colour_budget_line_id_fkey" FOREIGN KEY ("budget_line_id") REFERENCES "budget_line"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "colour" ADD CONSTRAINT "colour_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "colour_rules" ADD CONSTRAINT "colour_rules_colour_id_fkey" FOREIGN KEY ("colour_id") REFERENCES "colour"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contract" ADD CONSTRAINT "contract_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contract" ADD CONSTRAINT "contract_colour_id_fkey" FOREIGN KEY ("colour_id") REFERENCES "colour"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contract" ADD CONSTRAINT "contract_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "contract"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contract" ADD CONSTRAINT "contract_contractor_id_fkey" FOREIGN KEY ("contractor_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contract_item" ADD CONSTRAINT "contract_item_contract_id_fkey" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contract_item" ADD CONSTRAINT "contract_item_estimate_item_id_fkey" FOREIGN KEY ("estimate_item_id") REFERENCES "estimate_item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice" ADD CONSTRAINT "invoice_contract_id_fkey" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice_line" ADD CONSTRAINT "invoice_line_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice_line" ADD CONSTRAINT "invoice_line_estimate_item_id_fkey" FOREIGN KEY ("estimate_item_id") REFERENCES "estimate_item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice_decision" ADD CONSTRAINT "invoice_decision_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice_document" ADD CONSTRAINT "invoice_document_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_colour_id_fkey" FOREIGN KEY ("colour_id") REFERENCES "colour"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "investigation_case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_item" ADD CONSTRAINT "case_item_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "investigation_case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------------------
-- Hand-written: what Prisma cannot express (its diff leaves CHECK constraints, expression and partial indexes
-- alone).

-- The ledger's invariants, backstops for what lib/ledger already checks (decision 0007).
ALTER TABLE account ADD CONSTRAINT account_balance_non_negative CHECK (balance_tiyn >= 0 OR holder_kind = 'issuance');
ALTER TABLE account ADD CONSTRAINT account_issuance_non_positive CHECK (holder_kind <> 'issuance' OR balance_tiyn <= 0);
ALTER TABLE transfer ADD CONSTRAINT transfer_amount_positive CHECK (amount_tiyn > 0);
ALTER TABLE transfer ADD CONSTRAINT transfer_two_accounts CHECK (from_account_id <> to_account_id);
ALTER TABLE lot ADD CONSTRAINT lot_remaining_in_range CHECK (remaining_tiyn >= 0 AND remaining_tiyn <= amount_tiyn);
ALTER TABLE lot_consumption ADD CONSTRAINT lot_consumption_positive CHECK (amount_tiyn > 0);
ALTER TABLE colour ADD CONSTRAINT colour_minted_non_negative CHECK (minted_tiyn >= 0);
ALTER TABLE budget_line ADD CONSTRAINT budget_line_appropriated_positive CHECK (appropriated_tiyn > 0);
ALTER TABLE estimate_item ADD CONSTRAINT estimate_item_positive CHECK (quantity_milli > 0 AND ceiling_unit_price_tiyn > 0);
ALTER TABLE invoice_line ADD CONSTRAINT invoice_line_positive CHECK (quantity_milli > 0 AND unit_price_tiyn > 0 AND amount_tiyn > 0);

-- An empty file is no act, and the recorded size is the stored size.
ALTER TABLE "invoice_document" ADD CONSTRAINT "invoice_document_size_check" CHECK (size_bytes > 0 AND size_bytes = octet_length(bytes));

-- FIFO needs the open lots of an account in order, quickly.
CREATE INDEX lot_open_fifo_idx ON lot (account_id, id) WHERE remaining_tiyn > 0;

-- Returns to the treasury are rare; the budget dashboard sums them per project account for every colour: this
-- partial index holds only the returns.
CREATE INDEX transfer_return_from_idx ON transfer (from_account_id) WHERE kind = 'return';

-- Paid advances of a contract, for the advance limit: a small index that work invoices never enter.
CREATE INDEX invoice_paid_advances_idx ON invoice (contract_id) INCLUDE (total_tiyn) WHERE kind = 'advance' AND status = 'paid';

-- The contractor registry is searched by name and BIN over hundreds of thousands of companies (decision 0021).
-- Word prefixes of the English and Russian names: "алматы стр" finds ТОО «Алматы Строй Инвест».
-- Queries must repeat this exact expression (lib/contractors/company-search.ts).
CREATE INDEX organization_company_name_search_idx ON organization
  USING gin (to_tsvector('simple'::regconfig, coalesce(name, '') || ' ' || coalesce(name_ru, '')))
  WHERE kind = 'company';
-- A BIN typed in part ("150640…") is a prefix search.
CREATE INDEX organization_company_bin_prefix_idx ON organization (bin bpchar_pattern_ops) WHERE kind = 'company';
-- The debarred are few: their list must not scan every company.
CREATE INDEX organization_company_debarred_idx ON organization (name) WHERE kind = 'company' AND is_debarred;
