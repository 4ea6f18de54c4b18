-- CreateEnum
CREATE TYPE "FlagSeverity" AS ENUM ('low', 'medium', 'high');

-- CreateEnum
CREATE TYPE "FlagStatus" AS ENUM ('open', 'dismissed', 'cleared');

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
