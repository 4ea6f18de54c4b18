-- CreateIndex
CREATE INDEX "estimate_item_code_idx" ON "estimate_item"("code");
