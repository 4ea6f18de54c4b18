CREATE OR REPLACE TRIGGER meal_day_count_update AFTER UPDATE ON meal_record
  REFERENCING OLD TABLE AS old_meals NEW TABLE AS new_meals FOR EACH STATEMENT EXECUTE FUNCTION meal_day_count_track();
