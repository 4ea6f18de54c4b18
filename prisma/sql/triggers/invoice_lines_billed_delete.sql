CREATE OR REPLACE TRIGGER invoice_lines_billed_delete AFTER DELETE ON invoice_line
  REFERENCING OLD TABLE AS old_lines FOR EACH STATEMENT EXECUTE FUNCTION aiqyn_invoice_lines_billed();
