-- What a meal's own transaction reads once it holds the lock of the school's monthly list (lib/meals/record-meal.ts,
-- decision 0186): the device's earlier answer to this scan id, the token's meal if it was spent, whether the pupil
-- already had this meal type that day, and the day's meals of this type against the pupils on the list. Read in
-- READ COMMITTED after the lock, so every meal committed before it is seen. A function so that its plan is kept.
CREATE OR REPLACE FUNCTION meal_scan_under_lock(p_device text, p_scan text, p_voucher integer, p_slice bigint, p_pupil integer, p_day date, p_meal "MealType", p_list integer, p_school integer)
RETURNS TABLE (earlier_meal json, earlier_refusal json, replayed_at timestamptz, served boolean, eligible bigint, meals bigint)
LANGUAGE plpgsql STABLE AS $$
#variable_conflict use_column
BEGIN
  RETURN QUERY
  SELECT (SELECT json_build_object('id', r.id::text, 'day', r.day::text, 'mealType', r.meal_type) FROM meal_record r WHERE r.device_id = p_device AND r.client_scan_id = p_scan),
         (SELECT json_build_object('code', x.code, 'details', x.details) FROM refused_scan x WHERE x.device_id = p_device AND x.client_scan_id = p_scan),
         (SELECT r.served_at FROM meal_record r WHERE r.voucher_id = p_voucher AND r.token_slice = p_slice),
         EXISTS (SELECT 1 FROM meal_record r WHERE r.pupil_id = p_pupil AND r.day = p_day AND r.meal_type = p_meal),
         (SELECT count(*) FROM eligibility_entry e WHERE e.list_id = p_list),
         (SELECT count(*) FROM meal_record r WHERE r.school_id = p_school AND r.day = p_day AND r.meal_type = p_meal);
END
$$;
