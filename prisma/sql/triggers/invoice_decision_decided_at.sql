CREATE OR REPLACE TRIGGER invoice_decision_decided_at BEFORE INSERT ON invoice_decision FOR EACH ROW WHEN (current_setting('aiqyn.decided_at', true) <> '') EXECUTE FUNCTION aiqyn_decided_at();
