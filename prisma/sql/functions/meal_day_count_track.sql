-- The meals of each school, day and meal type (meal_day_count, decision 0294) kept as meal_record rows are inserted,
-- updated or deleted, once per statement: a scan's one meal is one upsert, a generator's bulk insert one upsert a
-- school-day. Every way a meal is written counts, the scan path (meal_scans_record, under the school's list lock) and
-- any other, so the scan's "more meals than eligible pupils that day" check sees a meal that came in another way,
-- as the count it replaces did. meal_record is append-only, so UPDATE and DELETE happen only where that trigger is
-- disabled (the generator's plants); they are counted all the same.
CREATE OR REPLACE FUNCTION meal_day_count_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE meal_day_count c SET meals = c.meals - o.n
      FROM (SELECT school_id, day, meal_type, count(*)::integer AS n FROM old_meals GROUP BY 1, 2, 3) o
     WHERE c.school_id = o.school_id AND c.day = o.day AND c.meal_type = o.meal_type;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO meal_day_count (school_id, day, meal_type, meals)
    SELECT school_id, day, meal_type, count(*)::integer FROM new_meals GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (school_id, day, meal_type) DO UPDATE SET meals = meal_day_count.meals + excluded.meals;
  END IF;
  RETURN NULL;
END
$$;
