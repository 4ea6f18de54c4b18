-- A group of canteen scans judged and recorded in order, in one call (lib/meals/record-meal.ts, decisions 0155, 0186,
-- 0210). p_scans is a JSON array, one object a scan: ord, device (operator-qualified), scan (client scan id),
-- operator, school, meal, shown_meal (the meal type as recorded with a refusal), scanned_at (when scanned, or when received
-- if that is not a moment), and either `early` with `early_params` (refused before the database: shape, time, token)
-- or voucher, slice, day and minute (Almaty) of a token that verified.
--
-- First the monthly lists of the group's schools are locked, in id order (two groups never deadlock; scans of one
-- school queue here as one scan did). The function is VOLATILE, so in READ COMMITTED every statement after the lock
-- sees every meal committed before it, and each scan sees the meals and refusals written for the scans before it in
-- the group. Then each scan, in order, exactly as decision 0155 orders the checks: its earlier answer (duplicate),
-- the early refusal, VOUCHER_NOT_ACTIVE, NO_CANTEEN_CONTRACT, NOT_A_SCHOOL_DAY, OUTSIDE_SERVING_HOURS,
-- PUPIL_NOT_ELIGIBLE, then MEAL_TOKEN_REPLAYED, MEAL_ALREADY_SERVED, DAILY_MEALS_EXCEED_ELIGIBLE (the day's meals
-- read once a group from meal_day_count, the running count that triggers keep for every meal written however it came
-- in, decision 0294, and kept up to date as the group adds its own), and the meal; a refusal is a refused_scan row.
-- One row comes back a scan: out_ord, served or refused, whether it is an earlier answer, the meal or the refusal.
--
-- What each scan's checks read (its earlier answer, the voucher, contract, calendar and list, an earlier meal of its
-- token, of its pupil that day) is one function, meal_scan_facts, read for the whole group by the one query the loop
-- runs over, after the locks (decision 0243): one statement a group instead of four a scan. That query's snapshot is
-- taken once, so it does not see what the group itself writes: a scan that shares its scan id, its voucher or its
-- pupil with an earlier scan of the group reads meal_scan_facts again, after the earlier scan's meal or refusal. The
-- statements use their cached plans as they are (the SET clause): each looks rows up by key.
CREATE OR REPLACE FUNCTION meal_scans_record(p_scans jsonb)
RETURNS TABLE (out_ord integer, out_status text, out_duplicate boolean, out_meal_id bigint, out_day text, out_meal_type text, out_code text, out_params jsonb)
LANGUAGE plpgsql VOLATILE SET plan_cache_mode = force_generic_plan AS $$
DECLARE
  s record;
  f record;
  v_earlier_meal json;
  v_earlier_refusal json;
  v_code text;
  v_params jsonb;
  v_replayed timestamptz;
  v_day_keys text[] := '{}';
  v_day_meals bigint[] := '{}';
  v_list_ids integer[] := '{}';
  v_list_pupils bigint[] := '{}';
  v_at integer;
  v_meals bigint;
  v_eligible bigint;
  v_id bigint;
  v_voucher integer;
  v_fast boolean;
  v_seen_scans text[] := '{}';
  v_seen_vouchers integer[] := '{}';
  v_seen_pupils integer[] := '{}';
BEGIN
  PERFORM 1 FROM eligibility_list l
  WHERE (l.school_id, l.month) IN (
    SELECT (x->>'school')::integer, date_trunc('month', (x->>'day')::date)::date FROM jsonb_array_elements(p_scans) x WHERE x->>'early' IS NULL)
  ORDER BY l.id FOR UPDATE;

  FOR s IN
    SELECT x.*, g.earlier_meal, g.earlier_refusal, g.voucher_id, g.voucher_status, g.pupil_id, g.contract_id, g.tariff_tiyn, g.serves_from_min,
           g.serves_to_min, g.is_school_day, g.note, g.list_id, g.approved, g.listed, g.replayed_at, g.served_before
    FROM jsonb_to_recordset(p_scans) AS x(ord integer, device text, scan text, operator integer, school integer, meal "MealType", shown_meal text, scanned_at timestamptz,
                                          early text, early_params jsonb, voucher integer, slice bigint, day date, minute integer)
    CROSS JOIN LATERAL meal_scan_facts(x.device, x.scan, x.early IS NOT NULL, x.voucher, x.slice, x.operator, x.school, x.meal, x.day) g
    ORDER BY x.ord
  LOOP
    out_ord := s.ord;
    out_meal_id := NULL; out_day := NULL; out_meal_type := NULL; out_code := NULL; out_params := NULL;

    -- What the group's query read is current unless an earlier scan of the group shares this one's scan id, voucher or
    -- pupil (the voucher's pupil, or the one it names); then it is read again here, seeing what those scans wrote.
    v_fast := NOT (s.device || '|' || s.scan) = ANY (v_seen_scans) AND NOT coalesce(s.voucher = ANY (v_seen_vouchers), false) AND NOT coalesce(s.pupil_id = ANY (v_seen_pupils), false);
    v_seen_scans := v_seen_scans || (s.device || '|' || s.scan);
    IF s.voucher IS NOT NULL THEN v_seen_vouchers := v_seen_vouchers || s.voucher; END IF;
    IF s.pupil_id IS NOT NULL THEN v_seen_pupils := v_seen_pupils || s.pupil_id; END IF;

    -- The device's earlier answer to this scan id and the scan's facts (meal_scan_facts): as the group's query read them,
    -- or read again after the group's earlier scans of the same scan id, voucher or pupil. The facts of the voucher,
    -- contract, calendar and list cannot change within the group (its lists are locked).
    IF v_fast THEN
      f := s;
    ELSE
      SELECT * INTO f FROM meal_scan_facts(s.device, s.scan, s.early IS NOT NULL, s.voucher, s.slice, s.operator, s.school, s.meal, s.day);
    END IF;
    v_earlier_meal := f.earlier_meal;
    v_earlier_refusal := f.earlier_refusal;
    IF v_earlier_meal IS NOT NULL THEN
      out_status := 'served'; out_duplicate := true;
      out_meal_id := (v_earlier_meal->>'id')::bigint; out_day := v_earlier_meal->>'day'; out_meal_type := v_earlier_meal->>'meal';
      RETURN NEXT; CONTINUE;
    END IF;
    IF v_earlier_refusal IS NOT NULL THEN
      out_status := 'refused'; out_duplicate := true;
      out_code := v_earlier_refusal->>'code'; out_params := coalesce((v_earlier_refusal->'params')::jsonb, '{}');
      RETURN NEXT; CONTINUE;
    END IF;

    v_code := NULL; v_params := '{}';
    v_voucher := NULL;
    IF s.early IS NOT NULL THEN
      v_code := s.early; v_params := coalesce(s.early_params, '{}');
    ELSE
      v_voucher := f.voucher_id;

      IF f.voucher_id IS NULL OR f.voucher_status <> 'active' THEN
        v_code := 'VOUCHER_NOT_ACTIVE'; v_params := jsonb_build_object('status', coalesce(f.voucher_status, 'unknown'));
      ELSIF f.contract_id IS NULL THEN
        v_code := 'NO_CANTEEN_CONTRACT'; v_params := jsonb_build_object('school', s.school::text, 'day', s.day::text, 'mealType', s.meal::text);
      ELSIF f.is_school_day IS NOT TRUE THEN
        v_code := 'NOT_A_SCHOOL_DAY'; v_params := jsonb_build_object('day', s.day::text, 'note', coalesce(f.note, ''));
      ELSIF NOT (s.minute >= f.serves_from_min AND s.minute < f.serves_to_min) THEN
        v_code := 'OUTSIDE_SERVING_HOURS';
        v_params := jsonb_build_object('at', lpad((s.minute / 60)::text, 2, '0') || ':' || lpad((s.minute % 60)::text, 2, '0'),
                                       'from', lpad((f.serves_from_min / 60)::text, 2, '0') || ':' || lpad((f.serves_from_min % 60)::text, 2, '0'),
                                       'to', lpad((f.serves_to_min / 60)::text, 2, '0') || ':' || lpad((f.serves_to_min % 60)::text, 2, '0'),
                                       'mealType', s.meal::text);
      ELSIF f.list_id IS NULL OR NOT f.approved OR NOT f.listed THEN
        v_code := 'PUPIL_NOT_ELIGIBLE'; v_params := jsonb_build_object('school', s.school::text, 'month', to_char(s.day, 'YYYY-MM'));
      ELSE
        -- Under the list's lock.
        v_replayed := f.replayed_at;
        IF v_replayed IS NOT NULL THEN
          v_code := 'MEAL_TOKEN_REPLAYED'; v_params := jsonb_build_object('servedAt', to_char(v_replayed AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));
        ELSIF f.served_before THEN
          v_code := 'MEAL_ALREADY_SERVED'; v_params := jsonb_build_object('day', s.day::text, 'mealType', s.meal::text);
        ELSE
          v_at := array_position(v_list_ids, f.list_id);
          IF v_at IS NULL THEN
            v_list_ids := v_list_ids || f.list_id;
            v_list_pupils := v_list_pupils || (SELECT count(*) FROM eligibility_entry e WHERE e.list_id = f.list_id);
            v_at := cardinality(v_list_ids);
          END IF;
          v_eligible := v_list_pupils[v_at];
          v_at := array_position(v_day_keys, s.school || '|' || s.day || '|' || s.meal);
          IF v_at IS NULL THEN
            v_day_keys := v_day_keys || (s.school || '|' || s.day || '|' || s.meal);
            v_day_meals := v_day_meals || coalesce((SELECT c.meals FROM meal_day_count c WHERE c.school_id = s.school AND c.day = s.day AND c.meal_type = s.meal), 0);
            v_at := cardinality(v_day_keys);
          END IF;
          v_meals := v_day_meals[v_at];
          IF v_meals >= v_eligible THEN
            v_code := 'DAILY_MEALS_EXCEED_ELIGIBLE';
            v_params := jsonb_build_object('eligible', v_eligible::text, 'served', v_meals::text, 'day', s.day::text, 'mealType', s.meal::text);
          ELSE
            INSERT INTO meal_record (voucher_id, pupil_id, school_id, contract_id, meal_type, day, served_at, token_slice, device_id, client_scan_id, recorded_by_id, tariff_tiyn)
            VALUES (f.voucher_id, f.pupil_id, s.school, f.contract_id, s.meal, s.day, s.scanned_at, s.slice, s.device, s.scan, NULL, f.tariff_tiyn)
            RETURNING id INTO v_id;
            v_day_meals[v_at] := v_meals + 1;
            out_status := 'served'; out_duplicate := false; out_meal_id := v_id; out_day := s.day::text; out_meal_type := s.meal::text;
            RETURN NEXT; CONTINUE;
          END IF;
        END IF;
      END IF;
    END IF;

    INSERT INTO refused_scan (code, operator_id, device_id, client_scan_id, voucher_id, school_id, scanned_at, details)
    VALUES (v_code, s.operator, s.device, s.scan, v_voucher, s.school, s.scanned_at, jsonb_build_object('params', v_params, 'mealType', s.shown_meal))
    ON CONFLICT (device_id, client_scan_id) DO NOTHING;
    out_status := 'refused'; out_duplicate := false; out_code := v_code; out_params := v_params;
    RETURN NEXT;
  END LOOP;
END
$$;
