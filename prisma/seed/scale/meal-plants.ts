// School-meal schemes and their look-alikes in the generated dataset (issue 18, decision 0266), planted after the
// month of meals is written and settled, and recorded as truth the way plants.ts records the other kinds'. Each
// school carries at most one plant; a plant that needs two schools (a till carried between them, a pupil listed at
// both) takes two neighbours under one contract. Tariff plants are made with the contracts (meals.ts), before any
// meal is priced. Meals a plant adds come after the month's settlement: they are unsettled, as meals recorded late
// are. Everything is decided from ids and fixed dates: the same seed gives the same plants.
import type pg from "pg";
import type { TTruth } from "./plants";

/** The school-meal flag kinds, as lib/flags/kinds names them. */
export const MEAL_PLANT_KINDS = [
  "meal_non_school_day", "meal_absent_pupil", "meal_redemption", "meal_scan_burst", "meal_device_schools", "meal_pupil_two_schools", "meal_dispute_rate", "meal_tariff",
] as const;
export type TMealPlantKind = (typeof MEAL_PLANT_KINDS)[number];

type TSchoolPlant = { kind: TMealPlantKind; variant: string; isScheme: boolean; schools: 1 | 2 };

/** Per programme, in this order (one of each kind before the second of any); the tariff's are in meals.ts. */
const SCHOOL_PLANTS: TSchoolPlant[] = [
  { kind: "meal_non_school_day", variant: "fed-on-saturday", isScheme: true, schools: 1 },
  { kind: "meal_absent_pupil", variant: "fed-while-absent", isScheme: true, schools: 1 },
  { kind: "meal_redemption", variant: "fed-every-day", isScheme: true, schools: 1 },
  { kind: "meal_scan_burst", variant: "replayed-code-burst", isScheme: true, schools: 1 },
  { kind: "meal_device_schools", variant: "till-carried-one-day", isScheme: true, schools: 2 },
  { kind: "meal_pupil_two_schools", variant: "fed-at-both-same-days", isScheme: true, schools: 2 },
  { kind: "meal_dispute_rate", variant: "parents-dispute-much", isScheme: true, schools: 1 },
  { kind: "meal_non_school_day", variant: "saturday-make-up-day", isScheme: false, schools: 1 },
  { kind: "meal_absent_pupil", variant: "two-upheld-mis-scans", isScheme: false, schools: 1 },
  { kind: "meal_redemption", variant: "real-98-for-nine-days", isScheme: false, schools: 1 },
  { kind: "meal_scan_burst", variant: "busy-till-at-serving-rate", isScheme: false, schools: 1 },
  { kind: "meal_device_schools", variant: "breakfast-here-lunch-there", isScheme: false, schools: 2 },
  { kind: "meal_pupil_two_schools", variant: "changed-schools-between-months", isScheme: false, schools: 2 },
  { kind: "meal_dispute_rate", variant: "slightly-above-peers", isScheme: false, schools: 1 },
  { kind: "meal_non_school_day", variant: "school-closed-after-meals", isScheme: true, schools: 1 },
  { kind: "meal_absent_pupil", variant: "many-upheld", isScheme: true, schools: 1 },
  { kind: "meal_redemption", variant: "full-from-mid-month", isScheme: true, schools: 1 },
  { kind: "meal_scan_burst", variant: "meals-in-a-rush", isScheme: true, schools: 1 },
  { kind: "meal_device_schools", variant: "one-phone-two-schools-daily", isScheme: true, schools: 2 },
  { kind: "meal_pupil_two_schools", variant: "fed-at-both-alternate-weeks", isScheme: true, schools: 2 },
  { kind: "meal_dispute_rate", variant: "disputes-upheld-and-open", isScheme: true, schools: 1 },
  { kind: "meal_absent_pupil", variant: "disputes-dismissed", isScheme: false, schools: 1 },
  { kind: "meal_device_schools", variant: "device-moved-for-good", isScheme: false, schools: 2 },
  { kind: "meal_pupil_two_schools", variant: "listed-at-both-fed-at-one", isScheme: false, schools: 2 },
];

/** Tariff plants by the contract's place in its region (meals.ts): a factor in per cent of the region's usual tariff. */
export const TARIFF_PLANTS: { at: number; mealType: "breakfast" | "lunch"; percent: number; variant: string; isScheme: boolean }[] = [
  { at: 1, mealType: "lunch", percent: 130, variant: "lunch-30-above", isScheme: true },
  { at: 2, mealType: "lunch", percent: 100, variant: "at-regional-median", isScheme: false },
  { at: 3, mealType: "breakfast", percent: 145, variant: "breakfast-45-above", isScheme: true },
  { at: 4, mealType: "breakfast", percent: 112, variant: "twelve-above", isScheme: false },
];

const SATURDAY = "2026-02-14";
const MAKE_UP_SATURDAY = "2026-02-21";
const MONTH = "2026-02-01";
const MEAL_DAY = "2026-02-11";

type TSchool = { id: number; contract_id: number; operator_id: number; colour_id: number; programme_id: number; list_id: number };

/** Plants every school-level meal scheme and look-alike; returns their truth rows. */
export async function plantMeals(client: pg.ClientBase, firstColourId: number, absentPercent: number): Promise<TTruth[]> {
  const { rows } = await client.query<TSchool>(
    `SELECT s.id, cs.contract_id, k.operator_id, p.colour_id, p.id AS programme_id, l.id AS list_id
       FROM meal_programme p JOIN canteen_contract k ON k.programme_id = p.id JOIN canteen_contract_school cs ON cs.contract_id = k.id
       JOIN school s ON s.id = cs.school_id JOIN eligibility_list l ON l.school_id = s.id AND l.month = $2::date
      WHERE p.colour_id >= $1 ORDER BY p.id, s.id`,
    [firstColourId, MONTH],
  );
  const truth: TTruth[] = [];
  const byProgramme = new Map<number, TSchool[]>();
  for (const s of rows) byProgramme.set(s.programme_id, [...(byProgramme.get(s.programme_id) ?? []), s]);
  const p = new Planter(client, absentPercent);
  // Meals are append-only once recorded; these are still being generated, in the generator's one transaction, and a
  // plant that moves a till or packs a queue rewrites them before anyone could have read them. The sheets' digests
  // do not cover the device or the time (lib/meals/attendance-sheet.ts), so the settlements stay provable.
  await client.query(`ALTER TABLE meal_record DISABLE TRIGGER meal_record_append_only`);
  for (const schools of byProgramme.values()) {
    // Baseline disputes first: every school's parents dispute a few meals (1–6 per 1,000, open or dismissed).
    await p.baselineDisputes(schools.map((s) => s.id));
    let at = 0;
    for (const plant of SCHOOL_PLANTS) {
      if (plant.schools === 2 && at + 1 < schools.length && schools[at]!.contract_id !== schools[at + 1]!.contract_id) at++;
      if (at + plant.schools > schools.length) break;
      const [a, b] = [schools[at]!, schools[at + 1]!];
      at += plant.schools;
      const row = (subject: string, role: TTruth["role"] = plant.isScheme ? "scheme" : "lookalike", kind: TMealPlantKind = plant.kind): TTruth => ({ kind, variant: plant.variant, role, colourId: a.colour_id, companyId: null, invoiceIds: null, itemCode: null, subject });
      truth.push(...(await p.plant(plant, a, b, row)));
    }
  }
  await client.query(`ALTER TABLE meal_record ENABLE TRIGGER meal_record_append_only`);
  return truth;
}

class Planter {
  constructor(
    private client: pg.ClientBase,
    private absentPercent: number,
  ) {}

  private q(text: string, values: unknown[] = []) {
    return this.client.query(text, values);
  }

  /**
   * Meals for the listed pupils of a school on some days (those not yet recorded), as the generator's meals are
   * made: `absent` keeps the usual absences, otherwise every listed pupil is fed. `device` overrides the till.
   */
  private feed(school: TSchool, days: string[], types: string[], { absent, pupils, device }: { absent: boolean; pupils?: number[]; device?: string }) {
    return this.q(
      `INSERT INTO meal_record (voucher_id, pupil_id, school_id, contract_id, meal_type, day, served_at, token_slice, device_id, client_scan_id, tariff_tiyn, created_at)
       SELECT v.id, p.id, p.school_id, $2::int, t.meal_type, d.day, x.at, floor(extract(epoch FROM x.at) / 30)::bigint,
              coalesce($8::text, $9::int || '/till-' || p.school_id || '-' || (p.id % 3)), d.day || '-' || t.meal_type || '-' || v.id, t.tariff_tiyn, x.at
         FROM eligibility_entry e JOIN pupil p ON p.id = e.pupil_id
         JOIN meal_voucher v ON v.pupil_id = p.id AND v.status = 'active'
         CROSS JOIN unnest($3::date[]) AS d(day)
         JOIN canteen_contract_meal t ON t.contract_id = $2::int AND t.meal_type::text = ANY($4::text[])
         CROSS JOIN LATERAL (SELECT ((d.day + make_interval(mins => t.serves_from_min + (p.id % 80), secs => p.id % 53)) AT TIME ZONE 'UTC') - interval '5 hours' AS at) x
        WHERE e.list_id = $1 AND ($7::int[] IS NULL OR p.id = ANY($7::int[]))
          AND (NOT $5::boolean OR (v.id::bigint * 7919 + (d.day - date '2026-01-01') * 104729 + CASE WHEN t.meal_type = 'lunch' THEN 31 ELSE 0 END) % 100 >= $6::int)
       ON CONFLICT DO NOTHING`,
      [school.list_id, school.contract_id, days, types, absent, this.absentPercent, pupils ?? null, device ?? null, school.operator_id],
    );
  }

  private async schoolDays(school: TSchool, from = "2026-02-01", to = "2026-02-28"): Promise<string[]> {
    const { rows } = await this.q(`SELECT day::text AS day FROM school_calendar_day WHERE school_id = $1 AND is_school_day AND day BETWEEN $2 AND $3 ORDER BY day`, [school.id, from, to]);
    return rows.map((r: { day: string }) => r.day);
  }

  /** Disputes on `n` of a school's meals (spread over the month by id), with the given statuses in turn. */
  private dispute(school: TSchool, n: number, statuses: string[]) {
    return this.q(
      `INSERT INTO meal_dispute (meal_id, status, reviewed_at, created_at)
       SELECT m.id, ($3::text[])[1 + (row_number() OVER (ORDER BY m.id) - 1) % cardinality($3::text[])]::"MealDisputeStatus",
              CASE WHEN $3::text[] = ARRAY['open'] THEN NULL ELSE m.served_at + interval '3 days' END, m.served_at + interval '6 hours'
         FROM (SELECT m.id, m.served_at FROM meal_record m WHERE m.school_id = $1 AND NOT EXISTS (SELECT 1 FROM meal_dispute d WHERE d.meal_id = m.id)
                ORDER BY (m.id * 2654435761) % 1000003 LIMIT $2) m
       ON CONFLICT DO NOTHING`,
      [school.id, n, statuses],
    );
  }

  /** Every school of a programme: disputes on 1–6 per 1,000 meals by the school's id, open or dismissed — never upheld. */
  baselineDisputes(schoolIds: number[]) {
    return this.q(
      `INSERT INTO meal_dispute (meal_id, status, reviewed_at, created_at)
       SELECT m.id, CASE WHEN m.id % 3 = 0 THEN 'open' ELSE 'dismissed' END::"MealDisputeStatus",
              CASE WHEN m.id % 3 = 0 THEN NULL ELSE m.served_at + interval '4 days' END, m.served_at + interval '8 hours'
         FROM meal_record m WHERE m.school_id = ANY($1::int[]) AND (m.id * 2654435761) % 1000 < 1 + m.school_id % 6
       ON CONFLICT DO NOTHING`,
      [schoolIds],
    );
  }

  async plant(plant: TSchoolPlant, a: TSchool, b: TSchool, row: (subject: string, role?: TTruth["role"], kind?: TMealPlantKind) => TTruth): Promise<TTruth[]> {
    const device = (s: TSchool, n: number) => `${s.operator_id}/till-${s.id}-${n}`;
    switch (plant.variant) {
      // ── meals on a day that was no school day ──
      case "fed-on-saturday":
        await this.feed(a, [SATURDAY], ["lunch"], { absent: true });
        return [row(`school:${a.id}`)];
      case "school-closed-after-meals":
        // The school declared two days of quarantine; the canteen's meals of those days stay.
        await this.q(`UPDATE school_calendar_day SET is_school_day = false, note = 'quarantine' WHERE school_id = $1 AND day IN ('2026-02-18', '2026-02-19')`, [a.id]);
        return [row(`school:${a.id}`)];
      case "saturday-make-up-day":
        // A Saturday of lessons in the school's own calendar (a make-up day): its meals are legitimate.
        await this.q(`UPDATE school_calendar_day SET is_school_day = true, note = 'make-up day' WHERE school_id = $1 AND day = $2`, [a.id, MAKE_UP_SATURDAY]);
        await this.feed(a, [MAKE_UP_SATURDAY], ["breakfast", "lunch"], { absent: true });
        return [row(`school:${a.id}`)];
      // ── meals for pupils marked absent (upheld disputes) ──
      case "fed-while-absent":
        await this.dispute(a, 4, ["upheld"]);
        return [row(`school:${a.id}`)];
      case "many-upheld":
        await this.dispute(a, 10, ["upheld"]);
        return [row(`school:${a.id}`)];
      case "two-upheld-mis-scans":
        await this.dispute(a, 2, ["upheld"]);
        return [row(`school:${a.id}`)];
      case "disputes-dismissed":
        await this.dispute(a, 6, ["dismissed"]);
        return [row(`school:${a.id}`)];
      // ── a list fed nearly in full ──
      case "fed-every-day":
        await this.feed(a, await this.schoolDays(a), ["breakfast", "lunch"], { absent: false });
        return [row(`school:${a.id}`)];
      case "full-from-mid-month":
        await this.feed(a, await this.schoolDays(a, "2026-02-10"), ["lunch"], { absent: false });
        return [row(`school:${a.id}`)];
      case "real-98-for-nine-days":
        // An epidemic-free fortnight: everyone came to lunch on nine school days (the flag asks for ten).
        await this.feed(a, (await this.schoolDays(a, "2026-02-16")).slice(0, 9), ["lunch"], { absent: false });
        return [row(`school:${a.id}`)];
      // ── bursts of scans on one device ──
      case "replayed-code-burst": {
        // A photographed QR shown 30 times in a minute at the till: each refused as replayed.
        const { rows } = await this.q(`SELECT v.id FROM meal_voucher v JOIN eligibility_entry e ON e.pupil_id = v.pupil_id WHERE e.list_id = $1 ORDER BY v.id LIMIT 1`, [a.list_id]);
        await this.q(
          `INSERT INTO refused_scan (code, operator_id, device_id, client_scan_id, voucher_id, school_id, scanned_at, details, created_at)
           SELECT 'MEAL_TOKEN_REPLAYED', $1, $2, 'replay-' || g, $3, $4, $5::timestamptz + g * interval '2 seconds', '{}'::jsonb, $5::timestamptz + g * interval '2 seconds'
             FROM generate_series(0, 29) g`,
          [a.operator_id, device(a, 0), rows[0]?.id ?? null, a.id, `${MEAL_DAY}T12:40:00+05:00`],
        );
        return [row(`device:${device(a, 0)}`)];
      }
      case "meals-in-a-rush":
        // Forty lunches of one till written two seconds apart: faster than anyone serves a tray.
        await this.spaceMeals(a, device(a, 1), 40, 2);
        return [row(`device:${device(a, 1)}`)];
      case "busy-till-at-serving-rate":
        // A busy till at its real pace: sixty lunches, five seconds each.
        await this.spaceMeals(a, device(a, 2), 60, 5);
        return [row(`device:${device(a, 2)}`)];
      // ── one device at two schools ──
      case "till-carried-one-day":
        await this.q(`UPDATE meal_record SET device_id = $1 WHERE school_id = $2 AND device_id = $3 AND day = $4 AND meal_type = 'lunch'`, [device(a, 0), b.id, device(b, 0), MEAL_DAY]);
        return [row(`device:${device(a, 0)}`)];
      case "one-phone-two-schools-daily":
        await this.q(`UPDATE meal_record SET device_id = $1 WHERE school_id = $2 AND device_id = $3`, [device(a, 0), b.id, device(b, 0)]);
        return [row(`device:${device(a, 0)}`)];
      case "breakfast-here-lunch-there": {
        // One roving phone: breakfast at the first school, lunch at the second, every day — hours apart.
        const roving = `${a.operator_id}/till-roving-${a.id}`;
        await this.q(`UPDATE meal_record SET device_id = $1 WHERE school_id = $2 AND device_id = $3 AND meal_type = 'breakfast'`, [roving, a.id, device(a, 1)]);
        await this.q(`UPDATE meal_record SET device_id = $1 WHERE school_id = $2 AND device_id = $3 AND meal_type = 'lunch'`, [roving, b.id, device(b, 1)]);
        return [row(`device:${roving}`)];
      }
      case "device-moved-for-good":
        // From the 16th the first school's till works at the second school; the first got a new phone.
        await this.q(`UPDATE meal_record SET device_id = $1 WHERE school_id = $2 AND device_id = $3 AND day >= '2026-02-16'`, [`${device(a, 2)}-new`, a.id, device(a, 2)]);
        await this.q(`UPDATE meal_record SET device_id = $1 WHERE school_id = $2 AND device_id = $3 AND day >= '2026-02-16'`, [device(a, 2), b.id, device(b, 2)]);
        return [row(`device:${device(a, 2)}`)];
      // ── one pupil at two schools ──
      case "fed-at-both-same-days":
      case "fed-at-both-alternate-weeks":
      case "changed-schools-between-months":
      case "listed-at-both-fed-at-one":
        return this.twins(plant.variant, a, b, row);
      // ── disputes far above the region's schools ──
      case "parents-dispute-much":
        await this.dispute(a, await this.perMille(a, 60), ["open"]);
        return [row(`school:${a.id}`)];
      case "disputes-upheld-and-open":
        // 40 per 1,000, five of them upheld: also meals for absent pupils (an incidental scheme of that kind).
        await this.dispute(a, 5, ["upheld"]);
        await this.dispute(a, (await this.perMille(a, 40)) - 5, ["open", "dismissed"]);
        return [row(`school:${a.id}`), row(`school:${a.id}`, "incidental", "meal_absent_pupil")];
      case "slightly-above-peers":
        await this.dispute(a, await this.perMille(a, 12), ["open", "dismissed"]);
        return [row(`school:${a.id}`)];
    }
    throw new Error(`no plant for ${plant.kind}/${plant.variant}`);
  }

  private async perMille(s: TSchool, perMille: number): Promise<number> {
    const { rows } = await this.q(`SELECT count(*)::int AS n, (SELECT count(*)::int FROM meal_dispute d JOIN meal_record m ON m.id = d.meal_id WHERE m.school_id = $1) AS disputed FROM meal_record WHERE school_id = $1`, [s.id]);
    return Math.max(0, Math.ceil((rows[0].n * perMille) / 1000) - rows[0].disputed);
  }

  /** The first `n` lunches of a till on MEAL_DAY, moved to `seconds` apart from 12:30. */
  private spaceMeals(s: TSchool, device: string, n: number, seconds: number) {
    return this.q(
      `UPDATE meal_record m SET served_at = $4::timestamptz + (x.k - 1) * make_interval(secs => $5), created_at = $4::timestamptz + (x.k - 1) * make_interval(secs => $5)
         FROM (SELECT id, row_number() OVER (ORDER BY served_at, id) AS k FROM meal_record WHERE school_id = $1 AND device_id = $2 AND day = $6 AND meal_type = 'lunch') x
        WHERE m.id = x.id AND x.k <= $3`,
      [s.id, device, n, `${MEAL_DAY}T12:30:00+05:00`, seconds, MEAL_DAY],
    );
  }

  /** Two pupils of the first school given a second record (one IIN hash) at the second school, on its list. */
  private async twins(variant: string, a: TSchool, b: TSchool, row: (subject: string) => TTruth): Promise<TTruth[]> {
    const { rows: originals } = await this.q(
      `SELECT p.id, p.iin_hmac, v.programme_id FROM eligibility_entry e JOIN pupil p ON p.id = e.pupil_id JOIN meal_voucher v ON v.pupil_id = p.id WHERE e.list_id = $1 ORDER BY p.id LIMIT 2`,
      [a.list_id],
    );
    const out: TTruth[] = [];
    for (const o of originals as { id: number; iin_hmac: string; programme_id: number }[]) {
      const { rows } = await this.q(`INSERT INTO pupil (school_id, iin_hmac, class_name, category, created_at) VALUES ($1, $2, '3B', 'grades 1-4', '2025-08-28T05:00:00Z') RETURNING id`, [b.id, o.iin_hmac]);
      const twin = rows[0].id as number;
      await this.q(`INSERT INTO meal_voucher (programme_id, pupil_id, secret_hash, status, created_at) VALUES ($1, $2, encode(sha256(('generated voucher ' || $2::int)::bytea), 'hex'), 'active', '2025-08-29T05:00:00Z')`, [o.programme_id, twin]);
      if (variant === "changed-schools-between-months") {
        // Listed at the second school in January (before the month of meals), at the first from February.
        const { rows: lists } = await this.q(
          `INSERT INTO eligibility_list (school_id, month, built_by_id, approved_by_id, approved_at, created_at)
           SELECT school_id, '2026-01-01', built_by_id, approved_by_id, approved_at - interval '1 month', created_at - interval '1 month' FROM eligibility_list WHERE id = $1
           ON CONFLICT (school_id, month) DO UPDATE SET month = EXCLUDED.month RETURNING id`,
          [b.list_id],
        );
        await this.q(`INSERT INTO eligibility_entry (list_id, pupil_id) VALUES ($1, $2)`, [lists[0].id, twin]);
      } else {
        await this.q(`INSERT INTO eligibility_entry (list_id, pupil_id) VALUES ($1, $2)`, [b.list_id, twin]);
        if (variant !== "listed-at-both-fed-at-one") {
          const days = await this.schoolDays(b);
          // Alternate weeks: the twin is fed at the second school in the weeks of the 9th and 23rd only.
          const fed = variant === "fed-at-both-alternate-weeks" ? days.filter((d) => (d >= "2026-02-09" && d <= "2026-02-13") || (d >= "2026-02-23" && d <= "2026-02-27")) : days;
          await this.feed(b, fed, ["lunch"], { absent: false, pupils: [twin] });
        }
      }
      out.push(row(`pupil:${o.id}-${twin}`));
    }
    return out;
  }
}
