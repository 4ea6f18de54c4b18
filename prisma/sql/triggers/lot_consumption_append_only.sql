CREATE OR REPLACE TRIGGER lot_consumption_append_only BEFORE UPDATE OR DELETE ON lot_consumption FOR EACH ROW EXECUTE FUNCTION aiqyn_append_only();
