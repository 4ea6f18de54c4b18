-- The running billed quantities (see aiqyn_invoice_billed.sql) as invoice lines are inserted, updated or deleted,
-- once per statement. Locks in a fixed order: the lines' invoices FOR SHARE, then their contracts FOR NO KEY UPDATE,
-- each in id order, then the items in (contract, item) order.
--
-- Every row is read by its key, one statement per invoice, contract and item (decision 0290). A join of the
-- transition table to invoice or contract_item is planned once per session, on the first call, and kept: on a young
-- database (an import's first invoices) the planner hashed a scan of the whole invoice table three times a
-- statement, and kept doing so as the table grew — the cost of an invoice grew with the number before it. A lookup
-- by primary key costs the same whatever the table holds, and whichever call planned it.
CREATE OR REPLACE FUNCTION aiqyn_invoice_lines_billed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    FOR r IN SELECT DISTINCT invoice_id FROM old_lines ORDER BY invoice_id LOOP
      PERFORM 1 FROM invoice WHERE id = r.invoice_id FOR SHARE;
    END LOOP;
    FOR r IN SELECT DISTINCT i.contract_id
               FROM (SELECT DISTINCT invoice_id FROM old_lines) o
               CROSS JOIN LATERAL (SELECT i.contract_id FROM invoice i WHERE i.id = o.invoice_id AND i.status IN ('submitted', 'approved', 'paid') OFFSET 0) i
              ORDER BY i.contract_id LOOP
      PERFORM 1 FROM contract WHERE id = r.contract_id FOR NO KEY UPDATE;
    END LOOP;
    FOR r IN SELECT i.contract_id, o.estimate_item_id, sum(o.quantity_milli) AS q
               FROM old_lines o
               CROSS JOIN LATERAL (SELECT i.contract_id FROM invoice i WHERE i.id = o.invoice_id AND i.status IN ('submitted', 'approved', 'paid') OFFSET 0) i
              GROUP BY i.contract_id, o.estimate_item_id ORDER BY i.contract_id, o.estimate_item_id LOOP
      UPDATE contract_item SET billed_milli = billed_milli - r.q WHERE contract_id = r.contract_id AND estimate_item_id = r.estimate_item_id;
    END LOOP;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    FOR r IN SELECT DISTINCT invoice_id FROM new_lines ORDER BY invoice_id LOOP
      PERFORM 1 FROM invoice WHERE id = r.invoice_id FOR SHARE;
    END LOOP;
    FOR r IN SELECT DISTINCT i.contract_id
               FROM (SELECT DISTINCT invoice_id FROM new_lines) n
               CROSS JOIN LATERAL (SELECT i.contract_id FROM invoice i WHERE i.id = n.invoice_id AND i.status IN ('submitted', 'approved', 'paid') OFFSET 0) i
              ORDER BY i.contract_id LOOP
      PERFORM 1 FROM contract WHERE id = r.contract_id FOR NO KEY UPDATE;
    END LOOP;
    FOR r IN SELECT i.contract_id, n.estimate_item_id, sum(n.quantity_milli) AS q
               FROM new_lines n
               CROSS JOIN LATERAL (SELECT i.contract_id FROM invoice i WHERE i.id = n.invoice_id AND i.status IN ('submitted', 'approved', 'paid') OFFSET 0) i
              GROUP BY i.contract_id, n.estimate_item_id ORDER BY i.contract_id, n.estimate_item_id LOOP
      UPDATE contract_item SET billed_milli = billed_milli + r.q WHERE contract_id = r.contract_id AND estimate_item_id = r.estimate_item_id;
    END LOOP;
  END IF;
  RETURN NULL;
END
$$;
