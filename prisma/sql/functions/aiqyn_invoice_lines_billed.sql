-- The running billed quantities (see aiqyn_invoice_billed.sql) as invoice lines are inserted, updated or deleted,
-- once per statement: a bulk insert of lines costs one update of the items it touches. Locks in a fixed order: the
-- lines' invoices FOR SHARE, then their contracts FOR NO KEY UPDATE, each in id order, then the items.
CREATE OR REPLACE FUNCTION aiqyn_invoice_lines_billed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM 1 FROM invoice WHERE id IN (SELECT invoice_id FROM old_lines) ORDER BY id FOR SHARE;
    PERFORM 1 FROM contract
      WHERE id IN (SELECT i.contract_id FROM invoice i WHERE i.id IN (SELECT invoice_id FROM old_lines) AND i.status IN ('submitted', 'approved', 'paid'))
      ORDER BY id FOR NO KEY UPDATE;
    UPDATE contract_item ci SET billed_milli = ci.billed_milli - s.q
      FROM (SELECT i.contract_id, o.estimate_item_id, sum(o.quantity_milli) AS q
              FROM old_lines o JOIN invoice i ON i.id = o.invoice_id
             WHERE i.status IN ('submitted', 'approved', 'paid') GROUP BY i.contract_id, o.estimate_item_id) s
     WHERE ci.contract_id = s.contract_id AND ci.estimate_item_id = s.estimate_item_id;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    PERFORM 1 FROM invoice WHERE id IN (SELECT invoice_id FROM new_lines) ORDER BY id FOR SHARE;
    PERFORM 1 FROM contract
      WHERE id IN (SELECT i.contract_id FROM invoice i WHERE i.id IN (SELECT invoice_id FROM new_lines) AND i.status IN ('submitted', 'approved', 'paid'))
      ORDER BY id FOR NO KEY UPDATE;
    UPDATE contract_item ci SET billed_milli = ci.billed_milli + s.q
      FROM (SELECT i.contract_id, n.estimate_item_id, sum(n.quantity_milli) AS q
              FROM new_lines n JOIN invoice i ON i.id = n.invoice_id
             WHERE i.status IN ('submitted', 'approved', 'paid') GROUP BY i.contract_id, n.estimate_item_id) s
     WHERE ci.contract_id = s.contract_id AND ci.estimate_item_id = s.estimate_item_id;
  END IF;
  RETURN NULL;
END
$$;
