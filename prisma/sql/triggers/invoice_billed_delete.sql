-- Lines cannot outlive their invoice (the foreign key restricts), so this only matters for an invoice whose lines
-- were deleted first; it is here so that no path can leave a figure behind.
CREATE OR REPLACE TRIGGER invoice_billed_delete BEFORE DELETE ON invoice FOR EACH ROW
  WHEN (OLD.status IN ('submitted', 'approved', 'paid'))
  EXECUTE FUNCTION aiqyn_invoice_billed();
