CREATE OR REPLACE TRIGGER journal_checkpoint_append_only BEFORE UPDATE OR DELETE ON journal_checkpoint FOR EACH ROW EXECUTE FUNCTION aiqyn_append_only();
