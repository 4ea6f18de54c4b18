CREATE OR REPLACE TRIGGER journal_publication_append_only BEFORE UPDATE OR DELETE ON journal_publication FOR EACH ROW EXECUTE FUNCTION aiqyn_append_only();
