CREATE OR REPLACE TRIGGER journal_tree_node_append_only BEFORE UPDATE OR DELETE ON journal_tree_node FOR EACH ROW EXECUTE FUNCTION aiqyn_append_only();
