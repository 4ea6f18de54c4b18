CREATE OR REPLACE TRIGGER journal_entry_history_at BEFORE INSERT ON journal_entry FOR EACH ROW WHEN (current_setting('aiqyn.history_at', true) <> '') EXECUTE FUNCTION aiqyn_history_at();
