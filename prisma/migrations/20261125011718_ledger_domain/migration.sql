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

-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "person_id" INTEGER;

-- AlterTable
ALTER TABLE "organization" ADD COLUMN     "address" TEXT,
ADD COLUMN     "bank_account" TEXT,
ADD COLUMN     "debarred_on" DATE,
ADD COLUMN     "debarred_reason" TEXT,
ADD COLUMN     "is_debarred" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "region" TEXT,
ADD COLUMN     "registered_on" DATE;

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

-- CreateIndex
CREATE UNIQUE INDEX "person_iin_key" ON "person"("iin");

-- CreateIndex
CREATE INDEX "person_full_name_idx" ON "person"("full_name");

-- CreateIndex
CREATE INDEX "company_person_person_id_idx" ON "company_person"("person_id");

-- CreateIndex
CREATE INDEX "budget_line_ministry_id_fiscal_year_idx" ON "budget_line"("ministry_id", "fiscal_year");

-- CreateIndex
CREATE UNIQUE INDEX "budget_line_code_specifics_fiscal_year_key" ON "budget_line"("code", "specifics", "fiscal_year");

-- CreateIndex
CREATE INDEX "project_ministry_id_idx" ON "project"("ministry_id");

-- CreateIndex
CREATE INDEX "project_region_idx" ON "project"("region");

-- CreateIndex
CREATE UNIQUE INDEX "estimate_item_project_id_code_key" ON "estimate_item"("project_id", "code");

-- CreateIndex
CREATE INDEX "colour_project_id_idx" ON "colour"("project_id");

-- CreateIndex
CREATE INDEX "colour_budget_line_id_idx" ON "colour"("budget_line_id");

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
CREATE INDEX "lot_account_id_id_idx" ON "lot"("account_id", "id");

-- CreateIndex
CREATE INDEX "lot_transfer_id_idx" ON "lot"("transfer_id");

-- CreateIndex
CREATE INDEX "lot_consumption_lot_id_idx" ON "lot_consumption"("lot_id");

-- CreateIndex
CREATE INDEX "journal_entry_kind_idx" ON "journal_entry"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "journal_entry_chain_seq_key" ON "journal_entry"("chain", "seq");

-- CreateIndex
CREATE INDEX "refused_attempt_organization_id_created_at_idx" ON "refused_attempt"("organization_id", "created_at");

-- CreateIndex
CREATE INDEX "refused_attempt_colour_id_created_at_idx" ON "refused_attempt"("colour_id", "created_at");

-- AddForeignKey
ALTER TABLE "company_person" ADD CONSTRAINT "company_person_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "company_person" ADD CONSTRAINT "company_person_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_line" ADD CONSTRAINT "budget_line_ministry_id_fkey" FOREIGN KEY ("ministry_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project" ADD CONSTRAINT "project_ministry_id_fkey" FOREIGN KEY ("ministry_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "estimate_item" ADD CONSTRAINT "estimate_item_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

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
ALTER TABLE "account" ADD CONSTRAINT "account_colour_id_fkey" FOREIGN KEY ("colour_id") REFERENCES "colour"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE SET NULL ON UPDATE CASCADE;
