CREATE OR REPLACE TRIGGER meal_record_append_only BEFORE UPDATE OR DELETE ON meal_record FOR EACH ROW EXECUTE FUNCTION aiqyn_append_only();
