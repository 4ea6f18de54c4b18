-- CreateIndex
CREATE INDEX "contract_project_id_idx" ON "contract"("project_id");

-- CreateIndex
CREATE INDEX "organization_kind_region_name_idx" ON "organization"("kind", "region", "name");

-- CreateIndex
CREATE INDEX "organization_kind_registered_on_idx" ON "organization"("kind", "registered_on");
