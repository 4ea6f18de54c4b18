-- Adds p_sign × the lines of one invoice to its contract's items (contract_item.billed_milli), under the contract's
-- row lock (FOR NO KEY UPDATE, which neither readers nor foreign-key checks wait for): two invoices of one contract
-- cannot deadlock on its items.
CREATE OR REPLACE FUNCTION aiqyn_bill_invoice(p_invoice integer, p_contract integer, p_sign integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM contract WHERE id = p_contract FOR NO KEY UPDATE;
  UPDATE contract_item ci SET billed_milli = ci.billed_milli + p_sign * s.q
    FROM (SELECT estimate_item_id, sum(quantity_milli) AS q FROM invoice_line WHERE invoice_id = p_invoice GROUP BY estimate_item_id) s
   WHERE ci.contract_id = p_contract AND ci.estimate_item_id = s.estimate_item_id;
END
$$;
