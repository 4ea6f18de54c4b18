CREATE OR REPLACE TRIGGER estimate_revision_append_only BEFORE UPDATE OR DELETE ON estimate_revision FOR EACH ROW EXECUTE FUNCTION aiqyn_append_only();
