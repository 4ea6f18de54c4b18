CREATE OR REPLACE TRIGGER meal_settlement_append_only BEFORE UPDATE OR DELETE ON meal_settlement FOR EACH ROW EXECUTE FUNCTION aiqyn_append_only();
