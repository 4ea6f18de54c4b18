CREATE OR REPLACE TRIGGER journal_leaf_append_only BEFORE UPDATE OR DELETE ON journal_leaf FOR EACH ROW EXECUTE FUNCTION aiqyn_append_only();
