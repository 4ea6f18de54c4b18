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

-- CreateIndex
CREATE INDEX "invoice_document_invoice_id_idx" ON "invoice_document"("invoice_id");

-- AddForeignKey
ALTER TABLE "invoice_document" ADD CONSTRAINT "invoice_document_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- An empty file is no act, and the recorded size is the stored size.
ALTER TABLE "invoice_document" ADD CONSTRAINT "invoice_document_size_check" CHECK (size_bytes > 0 AND size_bytes = octet_length(bytes));
