-- Issue 16 "Fast" (decision 0220): the OCDS read API pages releases by (date, kind, ref) with a keyset applied
-- inside each branch of the union (lib/ocds/load.ts REFS_SQL). Each branch reads its next rows in (created_at, id)
-- order through one of these indexes instead of sorting every release of the country for every page.
CREATE INDEX "contract_created_at_id_idx" ON "contract"("created_at", "id");
-- Hand-written partial indexes (not expressible in schema.prisma): only the rows each branch publishes.
CREATE INDEX "contract_sub_created_at_id_idx" ON "contract"("created_at", "id") WHERE "parent_id" IS NOT NULL;
CREATE INDEX "transfer_invoice_payment_created_at_id_idx" ON "transfer"("created_at", "id") WHERE "kind" = 'payment' AND "document_type" = 'invoice';
CREATE INDEX "transfer_reversal_created_at_id_idx" ON "transfer"("created_at", "id") WHERE "kind" = 'reversal';
CREATE INDEX "refused_attempt_invoice_created_at_id_idx" ON "refused_attempt"("created_at", "id") WHERE "document_type" IN ('invoice', 'invoice_submission');
