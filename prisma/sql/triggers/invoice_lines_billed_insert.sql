CREATE OR REPLACE TRIGGER invoice_lines_billed_insert AFTER INSERT ON invoice_line
  REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION aiqyn_invoice_lines_billed();
