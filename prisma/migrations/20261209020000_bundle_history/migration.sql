-- What the import bundle could not carry (issue 15, import item 3; decision 0163): a chief accountant among a
-- company's people, the day each person took a role, and relations between persons (spouse, sibling, child, parent).
ALTER TYPE "CompanyPersonRole" ADD VALUE 'chief_accountant';
ALTER TABLE "company_person" ADD COLUMN "since" DATE;

CREATE TYPE "PersonRelationKind" AS ENUM ('spouse', 'sibling', 'child', 'parent');

CREATE TABLE "person_relation" (
    "id" SERIAL NOT NULL,
    "person_id" INTEGER NOT NULL,
    "related_id" INTEGER NOT NULL,
    "kind" "PersonRelationKind" NOT NULL,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "person_relation_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "person_relation_person_id_related_id_key" ON "person_relation"("person_id", "related_id");
CREATE INDEX "person_relation_related_id_idx" ON "person_relation"("related_id");
ALTER TABLE "person_relation" ADD CONSTRAINT "person_relation_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "person_relation" ADD CONSTRAINT "person_relation_related_id_fkey" FOREIGN KEY ("related_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
