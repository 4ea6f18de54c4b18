-- Everything a group of canteen scans is judged on, read in one statement inside the group's transaction once it
-- holds the locks of the schools' monthly lists (lib/meals/record-meal.ts, decision 0210). One row a scan, in the
-- order given (`ord`): the device's earlier answer to the scan id, the voucher, the operator's contract for the
-- school, meal type and day, the school's calendar day, the pupil's place on the school's approved list of the month,
-- the token's meal if it was spent, whether the pupil already had this meal type that day, the pupils on the list
-- and the day's meals of this type at the school. The caller judges the scans in order, counting the group's own
-- meals on top of these. Read in READ COMMITTED after the lock, so every meal committed before it is seen.
-- A scan refused before the database (no school, no day) still gets its earlier answer; the rest are null.
CREATE OR REPLACE FUNCTION meal_scans_facts(p_device text[], p_scan text[], p_voucher integer[], p_school integer[], p_meal "MealType"[], p_operator integer[], p_day date[], p_slice bigint[])
RETURNS TABLE (ord bigint, earlier_meal json, earlier_refusal json, voucher_id integer, voucher_status text, pupil_id integer, contract_id integer, tariff_tiyn bigint,
               serves_from_min integer, serves_to_min integer, is_school_day boolean, note text, list_id integer, approved boolean, listed boolean,
               replayed_at timestamptz, served boolean, eligible bigint, meals bigint)
LANGUAGE plpgsql STABLE AS $$
#variable_conflict use_column
BEGIN
  RETURN QUERY
  WITH s AS (
    SELECT * FROM unnest(p_device, p_scan, p_voucher, p_school, p_meal, p_operator, p_day, p_slice) WITH ORDINALITY AS u(device, scan, voucher, school, meal, operator, day, slice, ord)
  ), f AS (
    SELECT s.*, v.id AS v_id, v.status::text AS v_status, v.pupil_id AS v_pupil, c.id AS c_id, c.tariff_tiyn AS c_tariff, c.serves_from_min AS c_from, c.serves_to_min AS c_to,
           cal.is_school_day AS cal_school_day, cal.note AS cal_note, l.id AS l_id, l.approved_by_id IS NOT NULL AS l_approved
    FROM s
    LEFT JOIN meal_voucher v ON v.id = s.voucher
    LEFT JOIN pupil p ON p.id = v.pupil_id
    LEFT JOIN LATERAL (
      SELECT k.id, m.tariff_tiyn, m.serves_from_min, m.serves_to_min
      FROM canteen_contract k
      JOIN canteen_contract_school cs ON cs.contract_id = k.id AND cs.school_id = s.school
      JOIN canteen_contract_meal m ON m.contract_id = k.id AND m.meal_type = s.meal
      WHERE k.operator_id = s.operator AND k.programme_id = v.programme_id AND s.day BETWEEN k.starts_on AND k.ends_on
      ORDER BY k.id LIMIT 1) c ON true
    LEFT JOIN school_calendar_day cal ON cal.school_id = s.school AND cal.day = s.day
    LEFT JOIN eligibility_list l ON l.school_id = s.school AND l.month = date_trunc('month', s.day)::date AND p.school_id = s.school
  ), e AS (
    SELECT x.l_id, count(*) AS n FROM (SELECT DISTINCT f.l_id FROM f WHERE f.l_id IS NOT NULL) x JOIN eligibility_entry en ON en.list_id = x.l_id GROUP BY x.l_id
  ), d AS (
    SELECT k.school, k.day, k.meal, (SELECT count(*) FROM meal_record r WHERE r.school_id = k.school AND r.day = k.day AND r.meal_type = k.meal) AS n
    FROM (SELECT DISTINCT f.school, f.day, f.meal FROM f WHERE f.c_id IS NOT NULL) k
  )
  SELECT f.ord,
         (SELECT json_build_object('id', r.id::text, 'day', r.day::text, 'mealType', r.meal_type) FROM meal_record r WHERE r.device_id = f.device AND r.client_scan_id = f.scan),
         (SELECT json_build_object('code', x.code, 'details', x.details) FROM refused_scan x WHERE x.device_id = f.device AND x.client_scan_id = f.scan),
         f.v_id, f.v_status, f.v_pupil, f.c_id, f.c_tariff, f.c_from, f.c_to, f.cal_school_day, f.cal_note, f.l_id, f.l_approved,
         EXISTS (SELECT 1 FROM eligibility_entry en WHERE en.list_id = f.l_id AND en.pupil_id = f.v_pupil),
         (SELECT r.served_at FROM meal_record r WHERE r.voucher_id = f.voucher AND r.token_slice = f.slice),
         EXISTS (SELECT 1 FROM meal_record r WHERE r.pupil_id = f.v_pupil AND r.day = f.day AND r.meal_type = f.meal),
         coalesce(e.n, 0), coalesce(d.n, 0)
  FROM f
  LEFT JOIN e ON e.l_id = f.l_id
  LEFT JOIN d ON d.school = f.school AND d.day = f.day AND d.meal = f.meal
  ORDER BY f.ord;
END
$$;
