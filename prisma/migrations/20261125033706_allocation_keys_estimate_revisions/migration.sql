-- AlterTable
ALTER TABLE "colour" ADD COLUMN     "request_key" TEXT;

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

-- CreateIndex
CREATE UNIQUE INDEX "estimate_revision_project_id_version_key" ON "estimate_revision"("project_id", "version");

-- CreateIndex
CREATE UNIQUE INDEX "colour_request_key_key" ON "colour"("request_key");

-- AddForeignKey
ALTER TABLE "estimate_revision" ADD CONSTRAINT "estimate_revision_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: a saved estimate version is history, never edited (same guard as the ledger's tables).
CREATE TRIGGER estimate_revision_append_only BEFORE UPDATE OR DELETE ON estimate_revision FOR EACH ROW EXECUTE FUNCTION aiqyn_append_only();
