-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('open', 'under_review', 'referred', 'closed');

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

-- CreateIndex
CREATE INDEX "investigation_case_status_updated_at_idx" ON "investigation_case"("status", "updated_at");

-- CreateIndex
CREATE INDEX "case_event_case_id_id_idx" ON "case_event"("case_id", "id");

-- CreateIndex
CREATE INDEX "case_item_item_type_item_id_idx" ON "case_item"("item_type", "item_id");

-- CreateIndex
CREATE INDEX "freeze_event_colour_id_id_idx" ON "freeze_event"("colour_id", "id");

-- AddForeignKey
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "investigation_case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_item" ADD CONSTRAINT "case_item_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "investigation_case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: case history, freezes and publications are records, never edited.
CREATE TRIGGER case_event_append_only BEFORE UPDATE OR DELETE ON case_event FOR EACH ROW EXECUTE FUNCTION aiqyn_append_only();
CREATE TRIGGER freeze_event_append_only BEFORE UPDATE OR DELETE ON freeze_event FOR EACH ROW EXECUTE FUNCTION aiqyn_append_only();
CREATE TRIGGER journal_publication_append_only BEFORE UPDATE OR DELETE ON journal_publication FOR EACH ROW EXECUTE FUNCTION aiqyn_append_only();
