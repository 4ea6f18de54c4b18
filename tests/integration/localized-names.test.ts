import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { createBudgetLine } from "../../lib/budget/create-budget-line";
import { prisma } from "../../lib/db";
import { nameIn, nameLanguageOf } from "../../lib/i18n/localized-name";
import { createOrganization } from "../../lib/organizations/create-organization";
import { changeEstimate } from "../../lib/projects/change-estimate";
import { createProject } from "../../lib/projects/create-project";
import { T, Q } from "../support/ledger-fixtures";
import { financeOfficial } from "../support/actors";

async function ministry() {
  return createOrganization({
    actor: SYSTEM_ACTOR,
    input: { kind: "ministry", name: "Ministry of Enlightenment of the Republic of Kazakhstan", nameRu: "Министерство просвещения Республики Казахстан", nameKk: "Қазақстан Республикасының Оқу-ағарту министрлігі" },
  });
}

describe("names in three languages (decision 0230)", () => {
  it("store each language's form; readers get theirs, or another marked as a fallback", async () => {
    const m = await ministry();
    const stored = await prisma().organization.findUniqueOrThrow({ where: { id: m.id } });
    expect(stored).toMatchObject({ nameEn: "Ministry of Enlightenment of the Republic of Kazakhstan", nameRu: "Министерство просвещения Республики Казахстан", nameKk: "Қазақстан Республикасының Оқу-ағарту министрлігі" });
    expect(nameIn("kk", stored)).toEqual({ text: "Қазақстан Республикасының Оқу-ағарту министрлігі", lang: "kk", isFallback: false });

    const official = financeOfficial(m.id);
    // The form's first field is in the official's language (here Kazakh); Russian given, English not.
    const line = await createBudgetLine({
      actor: official,
      input: { code: "04 9 467 037 015", specifics: "431", fiscalYear: 2026, name: "Бастауыш, негізгі орта және жалпы орта білім беру объектілерін салу және реконструкциялау", nameLang: "kk", nameRu: "Строительство и реконструкция объектов начального, основного среднего и общего среднего образования", nameEn: "", ministryId: m.id, appropriatedTiyn: T(1_000_000) },
    });
    const row = await prisma().budgetLine.findUniqueOrThrow({ where: { id: line.id } });
    expect(row.nameKk).toBe(row.name);
    expect(row.nameEn).toBeNull();
    expect(nameIn("en", row)).toMatchObject({ lang: "ru", isFallback: true, text: row.nameRu });
    expect(nameIn("ru", row)).toMatchObject({ lang: "ru", isFallback: false });

    // A bad form (a NUL byte, a language we do not have) is refused and writes nothing.
    await expect(createBudgetLine({ actor: official, input: { code: "04 9 467 037 016", specifics: "431", fiscalYear: 2026, name: "Школа", nameEn: "x\u0000", ministryId: m.id, appropriatedTiyn: T(1) } })).rejects.toThrow();
    await expect(createBudgetLine({ actor: official, input: { code: "04 9 467 037 016", specifics: "431", fiscalYear: 2026, name: "Школа", nameLang: "de" as never, ministryId: m.id, appropriatedTiyn: T(1) } })).rejects.toThrow();
    expect(await prisma().budgetLine.count()).toBe(1);
  });

  it("projects and estimate items keep their forms through an estimate change; a change that names no forms keeps the others", async () => {
    const m = await ministry();
    const official = financeOfficial(m.id);
    const project = await createProject({
      actor: official,
      input: {
        name: "School for 600 pupils",
        nameRu: "Школа на 600 мест",
        nameKk: "600 орындық мектеп",
        region: "almaty-city",
        ministryId: m.id,
        items: [{ code: "236310.100.000003", name: "Товарный бетон B25 (M350)", nameEn: "Ready-mixed concrete B25 (M350)", nameKk: "B25 (M350) тауарлық бетон", category: "23.63", unit: "м3", quantityMilli: Q(10), ceilingUnitPriceTiyn: T(100) }],
      },
    });
    expect(await prisma().project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({ nameEn: "School for 600 pupils", nameRu: "Школа на 600 мест", nameKk: "600 орындық мектеп" });
    const item = await prisma().estimateItem.findFirstOrThrow({ where: { projectId: project.id } });
    expect(item).toMatchObject({ nameRu: "Товарный бетон B25 (M350)", nameEn: "Ready-mixed concrete B25 (M350)", nameKk: "B25 (M350) тауарлық бетон" });

    const base = { category: "23.63", unit: "м3", quantityMilli: Q(10), ceilingUnitPriceTiyn: T(100) };
    // Only a name (a script, an older caller): the Russian form follows it, the others stay.
    await changeEstimate({ actor: official, projectId: project.id, expectedVersion: 1, reason: "", change: { op: "change", itemId: item.id, item: { ...base, name: "Бетон товарный B25" } } });
    expect(await prisma().estimateItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ name: "Бетон товарный B25", nameRu: "Бетон товарный B25", nameEn: "Ready-mixed concrete B25 (M350)", nameKk: "B25 (M350) тауарлық бетон" });
    // The form sends all three: an emptied field removes that form; a change of a translation alone is a change.
    const revision = await changeEstimate({ actor: official, projectId: project.id, expectedVersion: 2, reason: "", change: { op: "change", itemId: item.id, item: { ...base, name: "Бетон товарный B25", nameLang: "ru", nameKk: "Тауарлық бетон B25", nameEn: "" } } });
    expect(await prisma().estimateItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ nameRu: "Бетон товарный B25", nameKk: "Тауарлық бетон B25", nameEn: null });
    expect(revision.changes).toMatchObject([{ op: "change", after: { names: { ru: "Бетон товарный B25", kk: "Тауарлық бетон B25" } } }]);
  });

  it("the migration filed existing names under the language their letters show, as nameLanguageOf does", async () => {
    const m = await ministry();
    const db = prisma();
    const names = ["School for 600 pupils", "Школа на 600 мест", "600 орындық мектеп", "Мектеп салу"];
    const projects = [];
    for (const name of names) projects.push(await db.project.create({ data: { name, region: "almaty-city", ministryId: m.id } }));
    const sql = fs.readFileSync(path.join(process.cwd(), "prisma/migrations/20261210080000_names_in_three_languages/migration.sql"), "utf8");
    for (const statement of sql.split("\n").filter((l) => l.startsWith('UPDATE "project"'))) await db.$executeRawUnsafe(statement);
    for (const p of projects) {
      const row = await db.project.findUniqueOrThrow({ where: { id: p.id } });
      const filed = { ru: row.nameRu, kk: row.nameKk, en: row.nameEn };
      expect(Object.entries(filed).filter(([, v]) => v !== null), row.name).toEqual([[nameLanguageOf(row.name), row.name]]);
    }
  });
});
