CREATE OR REPLACE TRIGGER refused_scan_append_only BEFORE UPDATE OR DELETE ON refused_scan FOR EACH ROW EXECUTE FUNCTION aiqyn_append_only();
