CREATE OR REPLACE TRIGGER invoice_billed AFTER UPDATE OF status, contract_id ON invoice FOR EACH ROW
  WHEN ((OLD.status IN ('submitted', 'approved', 'paid')) IS DISTINCT FROM (NEW.status IN ('submitted', 'approved', 'paid'))
        OR OLD.contract_id IS DISTINCT FROM NEW.contract_id)
  EXECUTE FUNCTION aiqyn_invoice_billed();
