CREATE OR REPLACE TRIGGER invoice_lines_billed_update AFTER UPDATE ON invoice_line
  REFERENCING OLD TABLE AS old_lines NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION aiqyn_invoice_lines_billed();
