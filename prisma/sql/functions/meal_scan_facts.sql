-- What one canteen scan's checks read (decisions 0155, 0243): the device's earlier answer to the scan id (a meal or a
-- refusal), and, for a scan not refused before the database (p_early false), its voucher, the operator's contract for
-- the school and meal that day, the school's calendar day, the pupil's monthly list, whether the token was served
-- before (replayed_at) and whether the pupil had this meal that day. meal_scans_record reads it for a whole group in
-- one query, and again for a scan that shares its scan id, voucher or pupil with an earlier scan of the group.
-- A plain SQL function, not VOLATILE and without SET, so PostgreSQL inlines it into the query that calls it: the group's
-- query keeps its one plan, and each call sees the snapshot of the statement that makes it.
CREATE OR REPLACE FUNCTION meal_scan_facts(p_device text, p_scan text, p_early boolean, p_voucher integer, p_slice bigint,
                                           p_operator integer, p_school integer, p_meal "MealType", p_day date)
RETURNS TABLE (earlier_meal json, earlier_refusal json, voucher_id integer, voucher_status text, pupil_id integer,
               contract_id integer, tariff_tiyn bigint, serves_from_min integer, serves_to_min integer, is_school_day boolean,
               note text, list_id integer, approved boolean, listed boolean, replayed_at timestamptz, served_before boolean)
LANGUAGE sql STABLE AS $$
  SELECT e.meal, e.refusal, g.voucher_id, g.voucher_status, g.pupil_id, g.contract_id, g.tariff_tiyn, g.serves_from_min,
         g.serves_to_min, g.is_school_day, g.note, g.list_id, g.approved, g.listed, g.replayed_at, g.served_before
  FROM (
    SELECT (SELECT json_build_object('id', r.id, 'day', r.day::text, 'meal', r.meal_type::text) FROM meal_record r
             WHERE r.device_id = p_device AND r.client_scan_id = p_scan) AS meal,
           (SELECT json_build_object('code', rs.code, 'params', rs.details->'params') FROM refused_scan rs
             WHERE rs.device_id = p_device AND rs.client_scan_id = p_scan) AS refusal) e
  LEFT JOIN LATERAL (
    SELECT v.id AS voucher_id, v.status::text AS voucher_status, v.pupil_id, c.id AS contract_id, c.tariff_tiyn, c.serves_from_min,
           c.serves_to_min, cal.is_school_day, cal.note, l.id AS list_id, l.approved_by_id IS NOT NULL AS approved,
           EXISTS (SELECT 1 FROM eligibility_entry en WHERE en.list_id = l.id AND en.pupil_id = v.pupil_id) AS listed,
           (SELECT r.served_at FROM meal_record r WHERE r.voucher_id = p_voucher AND r.token_slice = p_slice) AS replayed_at,
           EXISTS (SELECT 1 FROM meal_record r WHERE r.pupil_id = v.pupil_id AND r.day = p_day AND r.meal_type = p_meal) AS served_before
    FROM (SELECT 1) AS one
    LEFT JOIN meal_voucher v ON v.id = p_voucher
    LEFT JOIN pupil p ON p.id = v.pupil_id
    LEFT JOIN LATERAL (
      SELECT k.id, m.tariff_tiyn, m.serves_from_min, m.serves_to_min
      FROM canteen_contract k
      JOIN canteen_contract_school cs ON cs.contract_id = k.id AND cs.school_id = p_school
      JOIN canteen_contract_meal m ON m.contract_id = k.id AND m.meal_type = p_meal
      WHERE k.operator_id = p_operator AND k.programme_id = v.programme_id AND p_day BETWEEN k.starts_on AND k.ends_on
      ORDER BY k.id LIMIT 1) c ON true
    LEFT JOIN school_calendar_day cal ON cal.school_id = p_school AND cal.day = p_day
    LEFT JOIN eligibility_list l ON l.school_id = p_school AND l.month = date_trunc('month', p_day)::date AND p.school_id = p_school
    WHERE NOT p_early) g ON true
$$;
