import { describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { recomputeAllFlags } from "../../lib/flags/refresh-flags";
import { checkLedgerInvariants } from "../../lib/ledger/check-invariants";
import { verifyDatabaseJournal } from "../../lib/ledger/verify-journal";
import { generateScale } from "../../prisma/seed/scale/generate-scale";
import { ITEMS, PLACES, PROJECT_KINDS } from "../../prisma/seed/scale/catalogue";
import { budgetLineNames, ITEM_NAMES, PLACE_NAMES, projectNames } from "../../prisma/seed/scale/scale-names";
import { matches } from "../../scripts/lib/flag-score";
import { resetDatabase } from "../support/reset-database";

// The generator at a size a test can afford: one region, sixteen projects, a planted scheme of most kinds (one a
// project, in the projects that are not school meals), and the first school-meal plants (one a school).
const generate = (seed: number) =>
  generateScale({ scale: "region", seed, url: process.env.DATABASE_URL!, log: () => {}, spec: { projects: 16, generals: 4, perTrade: 2, officials: 2, plantsPerKind: 1, meals: { schools: 6, pupils: [20, 30] } } });
const heads = async () => (await prisma().$queryRaw<{ h: string }[]>`SELECT string_agg(hash, ',' ORDER BY chain) AS h FROM journal_head`)[0]!.h;

describe("dataset generator (npm run seed -- --scale)", () => {
  it("has every place, item and budget line of the catalogue in Russian and Kazakh (decision 0237)", () => {
    expect(Object.values(PLACES).flat().filter((p) => !PLACE_NAMES.includes(p))).toEqual([]);
    expect(Object.values(ITEMS).map((i) => i.name).filter((n) => !ITEM_NAMES.includes(n))).toEqual([]);
    for (const kind of PROJECT_KINDS) {
      const line = budgetLineNames(kind, "abai");
      expect(line.nameKk, kind.key).toContain("Абай облысы");
      expect(line.nameRu, kind.key).not.toContain(kind.lineName);
      const project = projectNames(kind, { city: "Ust-Kamenogorsk", size: 300, region: "east-kazakhstan", road: { road: "A-3", from: 12, to: 40 }, villages: 3 });
      expect(project.nameEn, kind.key).toBe(kind.name({ city: "Ust-Kamenogorsk", size: 300, extra: kind.key === "road" ? "A-3, km 12–40, East Kazakhstan region" : kind.key === "water" ? "Ust-Kamenogorsk and 3 nearby villages" : "schools of Ust-Kamenogorsk" }));
      expect(project.nameKk, kind.key).toMatch(kind.key === "road" ? /Шығыс Қазақстан/ : /Өскемен/);
    }
  });

  it("gives the same dataset for the same seed and another for another seed", async () => {
    const first = await generate(7);
    const firstHeads = await heads();
    await resetDatabase();
    const again = await generate(7);
    // Every colour's journal head hashes its whole history: equal heads, equal ledgers.
    expect(await heads()).toBe(firstHeads);
    expect({ ...again, seconds: 0 }).toEqual({ ...first, seconds: 0 });
    await resetDatabase();
    await generate(8);
    expect(await heads()).not.toBe(firstHeads);
  }, 240_000);

  it("writes a ledger that ledger:check and journal:verify accept, with the truth about its plants, whose flags find the classic schemes", async () => {
    const result = await generate(3);
    expect(result.transfers).toBeGreaterThan(1000);
    expect(result.invoices.paid).toBeGreaterThan(0);
    // School meals: every meal of the month paid in its contract's settlement, on school days, listed pupils only.
    expect(result.meals).toMatchObject({ schools: 6, contracts: 1 });
    expect(result.meals.meals).toBeGreaterThan(1000);
    // Names in three languages (decision 0237): every generated budget line, project, estimate item and ministry has
    // its Russian, Kazakh and English forms; companies keep their legal names (no Kazakh form invented).
    const [missing] = await prisma().$queryRaw<{ n: bigint }[]>`
      SELECT (SELECT count(*) FROM budget_line WHERE name_ru IS NULL OR name_kk IS NULL OR name_en IS NULL)
           + (SELECT count(*) FROM project WHERE name_ru IS NULL OR name_kk IS NULL OR name_en IS NULL)
           + (SELECT count(*) FROM estimate_item WHERE name_ru IS NULL OR name_kk IS NULL OR name_en IS NULL)
           + (SELECT count(*) FROM organization WHERE kind = 'ministry' AND (name_ru IS NULL OR name_kk IS NULL OR name_en IS NULL)) AS n`;
    expect(Number(missing!.n)).toBe(0);
    expect(await prisma().organization.count({ where: { kind: "company", nameKk: { not: null } } })).toBe(0);
    expect(await prisma().mealSettlementLine.count()).toBe(result.meals.meals);
    // The settled meals keep the rules; the planted schemes break them on purpose (meals they add are unsettled, and a
    // school whose calendar was changed after its meals is a plant of meal_non_school_day).
    const calendarPlants = result.truth.filter((t) => t.kind === "meal_non_school_day").map((t) => Number(t.subject!.split(":")[1]));
    const [broken] = await prisma().$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM meal_record m JOIN meal_settlement_line sl ON sl.meal_id = m.id
      LEFT JOIN school_calendar_day d ON d.school_id = m.school_id AND d.day = m.day AND (d.is_school_day OR m.school_id = ANY(${calendarPlants}::int[]))
      LEFT JOIN eligibility_list l ON l.school_id = m.school_id AND l.month = date_trunc('month', m.day)::date AND l.approved_by_id IS NOT NULL AND l.approved_by_id <> l.built_by_id
      LEFT JOIN eligibility_entry e ON e.list_id = l.id AND e.pupil_id = m.pupil_id
      LEFT JOIN canteen_contract_meal t ON t.contract_id = m.contract_id AND t.meal_type = m.meal_type
      LEFT JOIN meal_ceiling c ON c.meal_type = m.meal_type AND c.programme_id = (SELECT programme_id FROM canteen_contract WHERE id = m.contract_id)
      WHERE d.day IS NULL OR e.pupil_id IS NULL OR t.tariff_tiyn <> m.tariff_tiyn OR m.tariff_tiyn > c.ceiling_tiyn`;
    expect(Number(broken!.n)).toBe(0);
    expect((await checkLedgerInvariants(prisma())).violations).toEqual([]);
    const journal = await verifyDatabaseJournal(prisma());
    expect(journal.firstBroken).toBeNull();
    expect(journal.checked).toBe(Number((await prisma().journalEntry.count())));
    await recomputeAllFlags();
    // The truth names colours of this dataset, and is stored beside it for npm run bench:flags.
    expect(result.truth.length).toBeGreaterThanOrEqual(8);
    const colours = new Set((await prisma().colour.findMany({ select: { id: true } })).map((c) => c.id));
    for (const t of result.truth) expect(colours.has(t.colourId), `${t.kind}/${t.variant}`).toBe(true);
    const stored = await prisma().auditEvent.findFirstOrThrow({ where: { action: "seed.truth" } });
    expect((stored.details as { truth: unknown[] }).truth).toHaveLength(result.truth.length);
    // The schemes today's definitions were written for are found (bench:flags measures the rest).
    for (const kind of ["pass_through", "round_trip", "split_invoices", "markup"] as const) {
      const planted = result.plants[kind];
      if (planted) expect(await prisma().flag.count({ where: { kind, status: "open" } }), kind).toBeGreaterThanOrEqual(planted);
    }
    // Every school-meal scheme planted is found by its kind, and no school-meal look-alike is flagged (decision 0266).
    const mealTruth = result.truth.filter((t) => t.kind.startsWith("meal_"));
    expect(new Set(mealTruth.map((t) => t.kind))).toEqual(new Set(["meal_non_school_day", "meal_absent_pupil", "meal_redemption", "meal_scan_burst", "meal_device_schools"]));
    const mealFlags = (await prisma().flag.findMany({ where: { kind: { startsWith: "meal_" }, status: "open" } })).map((f) => ({ id: f.id, kind: f.kind, colourId: f.colourId!, companyId: f.companyId, subjectType: f.subjectType, subjectId: f.subjectId, score: f.score, evidenceInvoices: [], itemCode: null }));
    for (const t of mealTruth) expect(mealFlags.some((f) => matches(f, t)), `${t.kind}/${t.variant}`).toBe(t.role !== "lookalike");
    // Paid invoices were paid by the ledger: one payment transfer each, for their total.
    const unmatched = await prisma().$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM invoice i LEFT JOIN transfer t ON t.document_type = 'invoice' AND t.document_id = i.id
      WHERE i.status = 'paid' AND (t.id IS NULL OR t.amount_tiyn <> i.total_tiyn)`;
    expect(Number(unmatched[0]!.n)).toBe(0);
    // A second run on the same database refuses rather than mixing two datasets.
    await expect(generate(3)).rejects.toThrow(/already loaded/);
  }, 240_000);
});
