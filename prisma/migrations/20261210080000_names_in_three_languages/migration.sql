-- Names of budget programmes, projects, estimate items and ministries in Russian, Kazakh and English (issue 19,
-- decision 0230). `name` stays the name as first entered (search, sorting, machine exports); the three columns hold
-- each language's form. Existing names are filed under the language their letters show: Kazakh-only letters → kk,
-- other Cyrillic → ru, the rest → en (lib/i18n/localized-name.ts#nameLanguageOf applies the same rule in TypeScript).
-- AlterTable
ALTER TABLE "budget_line" ADD COLUMN     "name_en" TEXT,
ADD COLUMN     "name_kk" TEXT,
ADD COLUMN     "name_ru" TEXT;

-- AlterTable
ALTER TABLE "estimate_item" ADD COLUMN     "name_en" TEXT,
ADD COLUMN     "name_kk" TEXT,
ADD COLUMN     "name_ru" TEXT;

-- AlterTable
ALTER TABLE "organization" ADD COLUMN     "name_en" TEXT,
ADD COLUMN     "name_kk" TEXT;

-- AlterTable
ALTER TABLE "project" ADD COLUMN     "name_en" TEXT,
ADD COLUMN     "name_kk" TEXT,
ADD COLUMN     "name_ru" TEXT;

-- Backfill: each existing name under the language it is written in.
UPDATE "budget_line" SET "name_kk" = "name" WHERE "name" ~ '[ӘәҒғҚқҢңӨөҰұҮүҺһІі]';
UPDATE "budget_line" SET "name_ru" = "name" WHERE "name" !~ '[ӘәҒғҚқҢңӨөҰұҮүҺһІі]' AND "name" ~ '[А-Яа-яЁё]';
UPDATE "budget_line" SET "name_en" = "name" WHERE "name" !~ '[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]';
UPDATE "project" SET "name_kk" = "name" WHERE "name" ~ '[ӘәҒғҚқҢңӨөҰұҮүҺһІі]';
UPDATE "project" SET "name_ru" = "name" WHERE "name" !~ '[ӘәҒғҚқҢңӨөҰұҮүҺһІі]' AND "name" ~ '[А-Яа-яЁё]';
UPDATE "project" SET "name_en" = "name" WHERE "name" !~ '[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]';
UPDATE "estimate_item" SET "name_kk" = "name" WHERE "name" ~ '[ӘәҒғҚқҢңӨөҰұҮүҺһІі]';
UPDATE "estimate_item" SET "name_ru" = "name" WHERE "name" !~ '[ӘәҒғҚқҢңӨөҰұҮүҺһІі]' AND "name" ~ '[А-Яа-яЁё]';
UPDATE "estimate_item" SET "name_en" = "name" WHERE "name" !~ '[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]';
-- An organisation's `name` has been its English (Latin) name, `name_ru` its Russian one.
UPDATE "organization" SET "name_kk" = "name" WHERE "name" ~ '[ӘәҒғҚқҢңӨөҰұҮүҺһІі]';
UPDATE "organization" SET "name_ru" = "name" WHERE "name_ru" IS NULL AND "name" !~ '[ӘәҒғҚқҢңӨөҰұҮүҺһІі]' AND "name" ~ '[А-Яа-яЁё]';
UPDATE "organization" SET "name_en" = "name" WHERE "name" !~ '[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]';
