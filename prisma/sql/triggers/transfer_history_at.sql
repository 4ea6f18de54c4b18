CREATE OR REPLACE TRIGGER transfer_history_at BEFORE INSERT ON transfer FOR EACH ROW WHEN (current_setting('aiqyn.history_at', true) <> '') EXECUTE FUNCTION aiqyn_history_at();
