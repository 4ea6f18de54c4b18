-- CreateEnum
CREATE TYPE "MealType" AS ENUM ('breakfast', 'lunch');

-- CreateEnum
CREATE TYPE "MealSettlementPeriod" AS ENUM ('daily', 'monthly');

-- CreateEnum
CREATE TYPE "SchoolPosition" AS ENUM ('staff', 'director');

-- CreateEnum
CREATE TYPE "VoucherStatus" AS ENUM ('active', 'suspended', 'revoked');

-- CreateEnum
CREATE TYPE "MealDisputeStatus" AS ENUM ('open', 'upheld', 'dismissed');

-- CreateTable
CREATE TABLE "meal_programme" (
    "id" SERIAL NOT NULL,
    "colour_id" INTEGER NOT NULL,
    "department_id" INTEGER NOT NULL,
    "school_year" INTEGER NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "settlement_period" "MealSettlementPeriod" NOT NULL,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meal_programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meal_ceiling" (
    "programme_id" INTEGER NOT NULL,
    "meal_type" "MealType" NOT NULL,
    "ceiling_tiyn" BIGINT NOT NULL,

    CONSTRAINT "meal_ceiling_pkey" PRIMARY KEY ("programme_id","meal_type")
);

-- CreateTable
CREATE TABLE "school" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "name_ru" TEXT,
    "region" TEXT NOT NULL,
    "department_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "school_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "school_staff" (
    "user_id" INTEGER NOT NULL,
    "school_id" INTEGER NOT NULL,
    "position" "SchoolPosition" NOT NULL,

    CONSTRAINT "school_staff_pkey" PRIMARY KEY ("user_id","school_id")
);

-- CreateTable
CREATE TABLE "school_calendar_day" (
    "school_id" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "is_school_day" BOOLEAN NOT NULL,
    "note" TEXT,

    CONSTRAINT "school_calendar_day_pkey" PRIMARY KEY ("school_id","day")
);

-- CreateTable
CREATE TABLE "canteen_contract" (
    "id" SERIAL NOT NULL,
    "programme_id" INTEGER NOT NULL,
    "operator_id" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "canteen_contract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "canteen_contract_school" (
    "contract_id" INTEGER NOT NULL,
    "school_id" INTEGER NOT NULL,

    CONSTRAINT "canteen_contract_school_pkey" PRIMARY KEY ("contract_id","school_id")
);

-- CreateTable
CREATE TABLE "canteen_contract_meal" (
    "contract_id" INTEGER NOT NULL,
    "meal_type" "MealType" NOT NULL,
    "tariff_tiyn" BIGINT NOT NULL,
    "serves_from_min" INTEGER NOT NULL,
    "serves_to_min" INTEGER NOT NULL,

    CONSTRAINT "canteen_contract_meal_pkey" PRIMARY KEY ("contract_id","meal_type")
);

-- CreateTable
CREATE TABLE "pupil" (
    "id" SERIAL NOT NULL,
    "school_id" INTEGER NOT NULL,
    "iin_hmac" CHAR(64) NOT NULL,
    "class_name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pupil_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "eligibility_list" (
    "id" SERIAL NOT NULL,
    "school_id" INTEGER NOT NULL,
    "month" DATE NOT NULL,
    "built_by_id" INTEGER NOT NULL,
    "approved_by_id" INTEGER,
    "approved_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "eligibility_list_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "eligibility_entry" (
    "list_id" INTEGER NOT NULL,
    "pupil_id" INTEGER NOT NULL,

    CONSTRAINT "eligibility_entry_pkey" PRIMARY KEY ("list_id","pupil_id")
);

-- CreateTable
CREATE TABLE "meal_voucher" (
    "id" SERIAL NOT NULL,
    "programme_id" INTEGER NOT NULL,
    "pupil_id" INTEGER NOT NULL,
    "secret_hash" CHAR(64) NOT NULL,
    "status" "VoucherStatus" NOT NULL DEFAULT 'active',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meal_voucher_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meal_record" (
    "id" BIGSERIAL NOT NULL,
    "voucher_id" INTEGER NOT NULL,
    "pupil_id" INTEGER NOT NULL,
    "school_id" INTEGER NOT NULL,
    "contract_id" INTEGER NOT NULL,
    "meal_type" "MealType" NOT NULL,
    "day" DATE NOT NULL,
    "served_at" TIMESTAMPTZ(3) NOT NULL,
    "token_slice" BIGINT NOT NULL,
    "device_id" TEXT NOT NULL,
    "client_scan_id" TEXT NOT NULL,
    "recorded_by_id" INTEGER,
    "tariff_tiyn" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meal_record_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "refused_scan" (
    "id" BIGSERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "operator_id" INTEGER,
    "device_id" TEXT NOT NULL,
    "client_scan_id" TEXT NOT NULL,
    "voucher_id" INTEGER,
    "school_id" INTEGER,
    "scanned_at" TIMESTAMPTZ(3) NOT NULL,
    "details" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "refused_scan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meal_dispute" (
    "id" SERIAL NOT NULL,
    "meal_id" BIGINT NOT NULL,
    "status" "MealDisputeStatus" NOT NULL DEFAULT 'open',
    "reviewed_by_id" INTEGER,
    "reviewed_at" TIMESTAMPTZ(3),
    "review_note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meal_dispute_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meal_settlement" (
    "id" SERIAL NOT NULL,
    "contract_id" INTEGER NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "meal_count" INTEGER NOT NULL,
    "amount_tiyn" BIGINT NOT NULL,
    "digest" CHAR(64) NOT NULL,
    "transfer_id" BIGINT NOT NULL,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meal_settlement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meal_settlement_line" (
    "settlement_id" INTEGER NOT NULL,
    "meal_id" BIGINT NOT NULL,

    CONSTRAINT "meal_settlement_line_pkey" PRIMARY KEY ("settlement_id","meal_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "meal_programme_colour_id_key" ON "meal_programme"("colour_id");

-- CreateIndex
CREATE INDEX "meal_programme_department_id_idx" ON "meal_programme"("department_id");

-- CreateIndex
CREATE INDEX "school_department_id_idx" ON "school"("department_id");

-- CreateIndex
CREATE INDEX "school_staff_school_id_idx" ON "school_staff"("school_id");

-- CreateIndex
CREATE INDEX "canteen_contract_operator_id_idx" ON "canteen_contract"("operator_id");

-- CreateIndex
CREATE UNIQUE INDEX "canteen_contract_programme_id_number_key" ON "canteen_contract"("programme_id", "number");

-- CreateIndex
CREATE INDEX "canteen_contract_school_school_id_idx" ON "canteen_contract_school"("school_id");

-- CreateIndex
CREATE INDEX "pupil_iin_hmac_idx" ON "pupil"("iin_hmac");

-- CreateIndex
CREATE UNIQUE INDEX "pupil_school_id_iin_hmac_key" ON "pupil"("school_id", "iin_hmac");

-- CreateIndex
CREATE UNIQUE INDEX "eligibility_list_school_id_month_key" ON "eligibility_list"("school_id", "month");

-- CreateIndex
CREATE INDEX "eligibility_entry_pupil_id_idx" ON "eligibility_entry"("pupil_id");

-- CreateIndex
CREATE UNIQUE INDEX "meal_voucher_secret_hash_key" ON "meal_voucher"("secret_hash");

-- CreateIndex
CREATE UNIQUE INDEX "meal_voucher_programme_id_pupil_id_key" ON "meal_voucher"("programme_id", "pupil_id");

-- CreateIndex
CREATE INDEX "meal_record_contract_id_day_idx" ON "meal_record"("contract_id", "day");

-- CreateIndex
CREATE INDEX "meal_record_school_id_day_meal_type_idx" ON "meal_record"("school_id", "day", "meal_type");

-- CreateIndex
CREATE UNIQUE INDEX "meal_record_pupil_id_day_meal_type_key" ON "meal_record"("pupil_id", "day", "meal_type");

-- CreateIndex
CREATE UNIQUE INDEX "meal_record_voucher_id_token_slice_key" ON "meal_record"("voucher_id", "token_slice");

-- CreateIndex
CREATE UNIQUE INDEX "meal_record_device_id_client_scan_id_key" ON "meal_record"("device_id", "client_scan_id");

-- CreateIndex
CREATE INDEX "refused_scan_operator_id_created_at_idx" ON "refused_scan"("operator_id", "created_at");

-- CreateIndex
CREATE INDEX "refused_scan_voucher_id_idx" ON "refused_scan"("voucher_id");

-- CreateIndex
CREATE UNIQUE INDEX "refused_scan_device_id_client_scan_id_key" ON "refused_scan"("device_id", "client_scan_id");

-- CreateIndex
CREATE UNIQUE INDEX "meal_dispute_meal_id_key" ON "meal_dispute"("meal_id");

-- CreateIndex
CREATE UNIQUE INDEX "meal_settlement_transfer_id_key" ON "meal_settlement"("transfer_id");

-- CreateIndex
CREATE UNIQUE INDEX "meal_settlement_contract_id_period_start_period_end_key" ON "meal_settlement"("contract_id", "period_start", "period_end");

-- CreateIndex
CREATE UNIQUE INDEX "meal_settlement_line_meal_id_key" ON "meal_settlement_line"("meal_id");

-- AddForeignKey
ALTER TABLE "meal_ceiling" ADD CONSTRAINT "meal_ceiling_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "meal_programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "canteen_contract" ADD CONSTRAINT "canteen_contract_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "meal_programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "canteen_contract_school" ADD CONSTRAINT "canteen_contract_school_contract_id_fkey" FOREIGN KEY ("contract_id") REFERENCES "canteen_contract"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "canteen_contract_meal" ADD CONSTRAINT "canteen_contract_meal_contract_id_fkey" FOREIGN KEY ("contract_id") REFERENCES "canteen_contract"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "eligibility_entry" ADD CONSTRAINT "eligibility_entry_list_id_fkey" FOREIGN KEY ("list_id") REFERENCES "eligibility_list"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meal_voucher" ADD CONSTRAINT "meal_voucher_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "meal_programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
