-- CreateTable
CREATE TABLE "journal_leaf" (
    "idx" BIGINT NOT NULL,
    "entry_id" BIGINT NOT NULL,

    CONSTRAINT "journal_leaf_pkey" PRIMARY KEY ("idx")
);

-- CreateTable
CREATE TABLE "journal_tree_node" (
    "level" INTEGER NOT NULL,
    "idx" BIGINT NOT NULL,
    "hash" BYTEA NOT NULL,

    CONSTRAINT "journal_tree_node_pkey" PRIMARY KEY ("level","idx")
);

-- CreateTable
CREATE TABLE "journal_tree_head" (
    "chain" INTEGER NOT NULL,
    "seq" BIGINT NOT NULL,
    "hash" CHAR(64) NOT NULL,
    "leaf" BIGINT NOT NULL,

    CONSTRAINT "journal_tree_head_pkey" PRIMARY KEY ("chain")
);

-- CreateTable
CREATE TABLE "journal_checkpoint" (
    "id" SERIAL NOT NULL,
    "tree_size" BIGINT NOT NULL,
    "root" CHAR(64) NOT NULL,
    "body" TEXT NOT NULL,
    "key_id" TEXT NOT NULL,
    "signature" TEXT NOT NULL,
    "signed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "journal_checkpoint_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "journal_leaf_entry_id_key" ON "journal_leaf"("entry_id");

-- CreateIndex
CREATE UNIQUE INDEX "journal_checkpoint_tree_size_key" ON "journal_checkpoint"("tree_size");
