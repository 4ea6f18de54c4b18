-- An item added to a contract after invoices billed it starts from what they billed.
CREATE OR REPLACE FUNCTION aiqyn_contract_item_billed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.billed_milli := coalesce((SELECT sum(l.quantity_milli) FROM invoice i JOIN invoice_line l ON l.invoice_id = i.id
                                 WHERE i.contract_id = NEW.contract_id AND l.estimate_item_id = NEW.estimate_item_id
                                   AND i.status IN ('submitted', 'approved', 'paid')), 0);
  RETURN NEW;
END
$$;
