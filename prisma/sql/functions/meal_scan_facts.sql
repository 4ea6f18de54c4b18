-- What a canteen's scan is judged on before its meal is written (lib/meals/record-meal.ts, decision 0186): the
-- device's earlier answer to this scan id, the voucher, the operator's contract for the school, meal type and day,
-- the school's calendar day and the pupil's place on the school's approved list of the month. A function so that
-- its plan is kept for the session: planned afresh on every scan, this one statement cost more than running it.
CREATE OR REPLACE FUNCTION meal_scan_facts(p_device text, p_scan text, p_voucher integer, p_school integer, p_meal "MealType", p_operator integer, p_day date, p_month date)
RETURNS TABLE (earlier_meal json, earlier_refusal json, voucher_id integer, voucher_status text, pupil_id integer, contract_id integer, tariff_tiyn bigint,
               serves_from_min integer, serves_to_min integer, is_school_day boolean, note text, list_id integer, approved boolean, listed boolean)
LANGUAGE plpgsql STABLE AS $$
#variable_conflict use_column
BEGIN
  RETURN QUERY
  SELECT (SELECT json_build_object('id', r.id::text, 'day', r.day::text, 'mealType', r.meal_type) FROM meal_record r WHERE r.device_id = p_device AND r.client_scan_id = p_scan),
         (SELECT json_build_object('code', x.code, 'details', x.details) FROM refused_scan x WHERE x.device_id = p_device AND x.client_scan_id = p_scan),
         v.id, v.status::text, v.pupil_id, c.id, c.tariff_tiyn, c.serves_from_min, c.serves_to_min, cal.is_school_day, cal.note,
         l.id, l.approved_by_id IS NOT NULL,
         EXISTS (SELECT 1 FROM eligibility_entry e WHERE e.list_id = l.id AND e.pupil_id = v.pupil_id)
  FROM (SELECT 1) AS one
  LEFT JOIN meal_voucher v ON v.id = p_voucher
  LEFT JOIN pupil p ON p.id = v.pupil_id
  LEFT JOIN LATERAL (
    SELECT k.id, m.tariff_tiyn, m.serves_from_min, m.serves_to_min
    FROM canteen_contract k
    JOIN canteen_contract_school s ON s.contract_id = k.id AND s.school_id = p_school
    JOIN canteen_contract_meal m ON m.contract_id = k.id AND m.meal_type = p_meal
    WHERE k.operator_id = p_operator AND k.programme_id = v.programme_id AND p_day BETWEEN k.starts_on AND k.ends_on
    ORDER BY k.id LIMIT 1) c ON true
  LEFT JOIN school_calendar_day cal ON cal.school_id = p_school AND cal.day = p_day
  LEFT JOIN eligibility_list l ON l.school_id = p_school AND l.month = p_month AND p.school_id = p_school;
END
$$;
