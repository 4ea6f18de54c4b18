-- A case is worked by one investigator (issue 19: "a case assigned to you"); existing cases by their creator.
ALTER TABLE "investigation_case" ADD COLUMN "assignee_id" INTEGER;
UPDATE "investigation_case" SET "assignee_id" = "created_by_id";
CREATE INDEX "investigation_case_assignee_id_status_idx" ON "investigation_case"("assignee_id", "status");
