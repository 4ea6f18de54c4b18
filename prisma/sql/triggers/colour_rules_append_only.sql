CREATE OR REPLACE TRIGGER colour_rules_append_only BEFORE UPDATE OR DELETE ON colour_rules FOR EACH ROW EXECUTE FUNCTION aiqyn_append_only();
