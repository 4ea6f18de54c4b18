CREATE OR REPLACE TRIGGER lot_history_at BEFORE INSERT ON lot FOR EACH ROW WHEN (current_setting('aiqyn.history_at', true) <> '') EXECUTE FUNCTION aiqyn_history_at();
