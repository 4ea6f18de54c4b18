-- The running billed quantities (decision 0009): contract_item.billed_milli = the quantities of the item on the
-- contract's invoices that are submitted, approved or paid (drafts, rejected and withdrawn invoices do not count).
-- This keeps it as an invoice's status or contract changes, or an invoice goes; aiqyn_invoice_lines_billed() as its
-- lines change. The purpose rule "quantity within the contract" reads it through invoice_payment_row(); ledger:check
-- recomputes it. Paying an invoice (approved → paid) does not change what counts, and fires nothing.
CREATE OR REPLACE FUNCTION aiqyn_invoice_billed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status IN ('submitted', 'approved', 'paid') THEN
    PERFORM aiqyn_bill_invoice(OLD.id, OLD.contract_id, -1);
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.status IN ('submitted', 'approved', 'paid') THEN
    PERFORM aiqyn_bill_invoice(NEW.id, NEW.contract_id, 1);
  END IF;
  RETURN OLD; -- lets a BEFORE DELETE go ahead; ignored after an update
END
$$;
