-- AlterTable
ALTER TABLE "contract_item" ADD COLUMN "billed_milli" BIGINT NOT NULL DEFAULT 0;

-- Issue 3: what a contract's item has been billed so far is kept as it changes instead of summed over all
-- of the contract's invoice lines on every payment (a cost that grew with every invoice of the contract).
-- billed_milli = the quantities of the item on this contract's invoices that are submitted, approved or paid
-- (drafts, rejected and withdrawn invoices do not count), maintained by the triggers below on every change of
-- an invoice's status or contract and of an invoice line, whoever makes it. ledger:check recomputes it.
-- Writers of one contract's running figures take the contract's row lock first (FOR NO KEY UPDATE, which
-- neither readers nor foreign-key checks wait for), so two invoices of one contract cannot deadlock on its
-- items. Paying an invoice (approved → paid) does not change what counts, and fires nothing.

UPDATE contract_item ci SET billed_milli = s.q
  FROM (SELECT i.contract_id, l.estimate_item_id, sum(l.quantity_milli) AS q
          FROM invoice i JOIN invoice_line l ON l.invoice_id = i.id
         WHERE i.status IN ('submitted', 'approved', 'paid')
         GROUP BY i.contract_id, l.estimate_item_id) s
 WHERE ci.contract_id = s.contract_id AND ci.estimate_item_id = s.estimate_item_id;

-- Adds p_sign × the lines of one invoice to its contract's items.
CREATE FUNCTION aiqyn_bill_invoice(p_invoice integer, p_contract integer, p_sign integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM contract WHERE id = p_contract FOR NO KEY UPDATE;
  UPDATE contract_item ci SET billed_milli = ci.billed_milli + p_sign * s.q
    FROM (SELECT estimate_item_id, sum(quantity_milli) AS q FROM invoice_line WHERE invoice_id = p_invoice GROUP BY estimate_item_id) s
   WHERE ci.contract_id = p_contract AND ci.estimate_item_id = s.estimate_item_id;
END
$$;

CREATE FUNCTION aiqyn_invoice_billed() RETURNS trigger LANGUAGE plpgsql AS $$
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

CREATE TRIGGER invoice_billed AFTER UPDATE OF status, contract_id ON invoice FOR EACH ROW
  WHEN ((OLD.status IN ('submitted', 'approved', 'paid')) IS DISTINCT FROM (NEW.status IN ('submitted', 'approved', 'paid'))
        OR OLD.contract_id IS DISTINCT FROM NEW.contract_id)
  EXECUTE FUNCTION aiqyn_invoice_billed();
-- Lines cannot outlive their invoice (the foreign key restricts), so this only matters for an invoice whose
-- lines were deleted first; it is here so that no path can leave a figure behind.
CREATE TRIGGER invoice_billed_delete BEFORE DELETE ON invoice FOR EACH ROW
  WHEN (OLD.status IN ('submitted', 'approved', 'paid'))
  EXECUTE FUNCTION aiqyn_invoice_billed();

CREATE FUNCTION aiqyn_invoice_line_billed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_inv record;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    -- FOR SHARE: a concurrent change of the invoice's status is strictly before or after this line's.
    SELECT status, contract_id INTO v_inv FROM invoice WHERE id = OLD.invoice_id FOR SHARE;
    IF FOUND AND v_inv.status IN ('submitted', 'approved', 'paid') THEN
      PERFORM 1 FROM contract WHERE id = v_inv.contract_id FOR NO KEY UPDATE;
      UPDATE contract_item SET billed_milli = billed_milli - OLD.quantity_milli
       WHERE contract_id = v_inv.contract_id AND estimate_item_id = OLD.estimate_item_id;
    END IF;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    SELECT status, contract_id INTO v_inv FROM invoice WHERE id = NEW.invoice_id FOR SHARE;
    IF FOUND AND v_inv.status IN ('submitted', 'approved', 'paid') THEN
      PERFORM 1 FROM contract WHERE id = v_inv.contract_id FOR NO KEY UPDATE;
      UPDATE contract_item SET billed_milli = billed_milli + NEW.quantity_milli
       WHERE contract_id = v_inv.contract_id AND estimate_item_id = NEW.estimate_item_id;
    END IF;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER invoice_line_billed AFTER INSERT OR DELETE OR UPDATE OF invoice_id, estimate_item_id, quantity_milli ON invoice_line
  FOR EACH ROW EXECUTE FUNCTION aiqyn_invoice_line_billed();

-- An item added to a contract after invoices billed it starts from what they billed.
CREATE FUNCTION aiqyn_contract_item_billed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.billed_milli := coalesce((SELECT sum(l.quantity_milli) FROM invoice i JOIN invoice_line l ON l.invoice_id = i.id
                                 WHERE i.contract_id = NEW.contract_id AND l.estimate_item_id = NEW.estimate_item_id
                                   AND i.status IN ('submitted', 'approved', 'paid')), 0);
  RETURN NEW;
END
$$;
CREATE TRIGGER contract_item_billed BEFORE INSERT ON contract_item FOR EACH ROW EXECUTE FUNCTION aiqyn_contract_item_billed();

-- Paid advances of a contract, for the advance limit: a small index that work invoices never enter.
CREATE INDEX invoice_paid_advances_idx ON invoice (contract_id) INCLUDE (total_tiyn) WHERE kind = 'advance' AND status = 'paid';

-- The payment context reads the running figure, less this invoice's own lines when it counts already.
CREATE OR REPLACE FUNCTION invoice_payment_row(p_invoice integer) RETURNS TABLE (
  "invoiceId" integer, "number" text, "kind" text, "status" text, "total" text, "createdBy" integer, "issuer" integer,
  "contractId" integer, "contractValue" text, "contractStatus" text, "payer" integer, "contractor" integer,
  "contractColour" integer, "project" integer, "ministry" integer,
  "colourId" integer, "frozen" boolean, "closed" boolean, "expiresAt" timestamptz, "version" integer, "rules" jsonb,
  "payeeOrg" integer, "payeeName" text, "payeeKind" text, "payeeDebarred" boolean,
  "payerAccount" text, "payerBalance" text, "payerFrozen" boolean, "payeeAccount" text,
  "lineCodes" text[], "lineQuantities" text[], "linePrices" text[],
  "approvals" integer[],
  "itemCodes" text[], "itemNames" text[], "itemUnits" text[], "itemQuantities" text[], "itemCeilings" text[], "itemBilled" text[],
  "advancesPaid" text
) LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
  v record;
BEGIN
  -- Only the invoice is locked: two approvers of one invoice are served one after the other.
  SELECT i.id, i.number, i.kind, i.status, i.total_tiyn, i.created_by_id, i.issuer_id,
         c.id AS con_id, c.value_tiyn, c.status AS con_status, c.payer_id, c.contractor_id, c.colour_id AS con_colour, c.project_id,
         p.ministry_id, col.id AS col_id, col.is_frozen, col.is_closed, col.expires_at, col.rules_version, r.rules,
         o.id AS org_id, o.name AS org_name, o.kind AS org_kind, o.is_debarred,
         pa.id AS payer_account, pa.balance_tiyn AS payer_balance, pa.is_frozen AS payer_frozen, pe.id AS payee_account,
         CASE WHEN c.payer_id IS NULL THEN 'project:' || c.project_id ELSE 'company:' || c.payer_id END AS payer_key,
         'company:' || c.contractor_id AS payee_key
    INTO v
    FROM invoice i
    JOIN contract c ON c.id = i.contract_id
    JOIN colour col ON col.id = c.colour_id
    LEFT JOIN colour_rules r ON r.colour_id = col.id AND r.version = col.rules_version
    LEFT JOIN project p ON p.id = c.project_id
    LEFT JOIN organization o ON o.id = c.contractor_id
    LEFT JOIN account pa ON pa.colour_id = col.id AND pa.holder_key = CASE WHEN c.payer_id IS NULL THEN 'project:' || c.project_id ELSE 'company:' || c.payer_id END
    LEFT JOIN account pe ON pe.colour_id = col.id AND pe.holder_key = 'company:' || c.contractor_id
   WHERE i.id = p_invoice
     FOR UPDATE OF i;
  IF NOT FOUND THEN
    RETURN;
  END IF;

  -- The payer's and payee's accounts in the invoice's colour are opened on first use.
  IF v.payer_account IS NULL THEN
    INSERT INTO account (colour_id, holder_kind, holder_key, project_id, organization_id)
    VALUES (v.col_id, CASE WHEN v.payer_id IS NULL THEN 'project' ELSE 'company' END::"HolderKind", v.payer_key,
            CASE WHEN v.payer_id IS NULL THEN v.project_id END, v.payer_id)
    ON CONFLICT (colour_id, holder_key) DO NOTHING;
    SELECT a.id, a.balance_tiyn, a.is_frozen INTO v.payer_account, v.payer_balance, v.payer_frozen
      FROM account a WHERE a.colour_id = v.col_id AND a.holder_key = v.payer_key;
  END IF;
  IF v.payee_account IS NULL THEN
    INSERT INTO account (colour_id, holder_kind, holder_key, organization_id)
    VALUES (v.col_id, 'company', v.payee_key, v.contractor_id) ON CONFLICT (colour_id, holder_key) DO NOTHING;
    SELECT a.id INTO v.payee_account FROM account a WHERE a.colour_id = v.col_id AND a.holder_key = v.payee_key;
  END IF;

  RETURN QUERY
  SELECT v.id, v.number, v.kind::text, v.status::text, v.total_tiyn::text, v.created_by_id, v.issuer_id,
         v.con_id, v.value_tiyn::text, v.con_status::text, v.payer_id, v.contractor_id, v.con_colour, v.project_id, v.ministry_id,
         v.col_id, v.is_frozen, v.is_closed, v.expires_at, v.rules_version, v.rules,
         v.org_id, v.org_name, v.org_kind::text, v.is_debarred,
         v.payer_account::text, v.payer_balance::text, v.payer_frozen, v.payee_account::text,
         coalesce(ln.codes, '{}'), coalesce(ln.quantities, '{}'), coalesce(ln.prices, '{}'),
         coalesce(ap.users, '{}'),
         coalesce(est.codes, '{}'), coalesce(est.names, '{}'), coalesce(est.units, '{}'), coalesce(est.quantities, '{}'),
         coalesce(est.ceilings, '{}'), coalesce(est.billed, '{}'),
         adv.paid::text
    FROM (SELECT array_agg(e.code ORDER BY l.id) AS codes, array_agg(l.quantity_milli::text ORDER BY l.id) AS quantities,
                 array_agg(l.unit_price_tiyn::text ORDER BY l.id) AS prices
            FROM invoice_line l JOIN estimate_item e ON e.id = l.estimate_item_id WHERE l.invoice_id = v.id) ln,
         (SELECT array_agg(d.user_id ORDER BY d.id) AS users FROM invoice_decision d WHERE d.invoice_id = v.id AND d.decision = 'approve') ap,
         (SELECT array_agg(e.code) AS codes, array_agg(e.name) AS names, array_agg(e.unit) AS units,
                 array_agg(ci.quantity_milli::text) AS quantities, array_agg(ci.ceiling_unit_price_tiyn::text) AS ceilings,
                 array_agg((ci.billed_milli - coalesce(own.q, 0))::text) AS billed
            FROM contract_item ci JOIN estimate_item e ON e.id = ci.estimate_item_id
            LEFT JOIN (SELECT l.estimate_item_id, sum(l.quantity_milli) AS q FROM invoice_line l
                        WHERE l.invoice_id = v.id AND v.status IN ('submitted', 'approved', 'paid') GROUP BY l.estimate_item_id) own
              ON own.estimate_item_id = ci.estimate_item_id
           WHERE ci.contract_id = v.con_id) est,
         (SELECT coalesce(sum(i.total_tiyn), 0) AS paid FROM invoice i
           WHERE i.contract_id = v.con_id AND i.kind = 'advance' AND i.status = 'paid' AND i.id <> v.id) adv;
END
$$;
