-- Issue 3: the payment's two round trips do less work in the database.
--
-- 1. invoice_payment_row() replaces invoice_payment_context(): the same facts, read with the invoice locked,
--    but in two statements instead of ten (one join for the invoice, its contract, colour, rules, project,
--    payee and both accounts; one for the lines, approvals, contract items and advances) and returned as one
--    row of plain columns and arrays instead of a JSON document built key by key.
-- 2. invoice_pay() replaces ledger_post() + invoice_record_approval() in the completing approval's statement:
--    it marks the invoice paid (only from submitted/approved: a second payment of one invoice is refused here,
--    whatever the caller did), posts through ledger_post() and records the decision, in one call.
--    The payment carries no idempotency key any more: the invoice row, locked FOR UPDATE from the context read
--    to the commit and moved to "paid" by the same statement that posts, already makes paying it idempotent
--    (a retry or a double click waits for the lock, then sees "paid"), and saves the ledger_request row.

CREATE FUNCTION invoice_payment_row(p_invoice integer) RETURNS TABLE (
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
  v_payer_key text;
  v_payee_key text;
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
                 array_agg(coalesce((SELECT sum(l.quantity_milli) FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id
                                      WHERE i.contract_id = v.con_id AND i.id <> v.id AND i.status IN ('submitted', 'approved', 'paid')
                                        AND l.estimate_item_id = ci.estimate_item_id), 0)::text) AS billed
            FROM contract_item ci JOIN estimate_item e ON e.id = ci.estimate_item_id WHERE ci.contract_id = v.con_id) est,
         (SELECT coalesce(sum(i.total_tiyn), 0) AS paid FROM invoice i
           WHERE i.contract_id = v.con_id AND i.kind = 'advance' AND i.status = 'paid' AND i.id <> v.id) adv;
END
$$;

-- Pays an invoice whose approvals are complete, in the caller's transaction (the rules have judged it there,
-- on a context read with the invoice locked): the invoice moves to paid, the money moves through ledger_post()
-- with the decision that released it in the transfer's journal entry (p_note), and the completing approval is
-- recorded.
CREATE FUNCTION invoice_pay(
  p_invoice integer,
  p_colour integer,
  p_from bigint,
  p_to bigint,
  p_amount bigint,
  p_actor integer,
  p_approver integer,
  p_note jsonb,
  p_paid_at timestamptz
) RETURNS TABLE (transfer_id bigint, journal_seq bigint, replayed boolean) LANGUAGE plpgsql AS $$
DECLARE
  v_transfer bigint;
  v_seq bigint;
BEGIN
  UPDATE invoice SET status = 'paid', paid_at = p_paid_at WHERE id = p_invoice AND status IN ('submitted', 'approved');
  IF NOT FOUND THEN
    PERFORM aiqyn_refuse('INVOICE_NOT_PAYABLE', jsonb_build_object('invoice', p_invoice));
  END IF;
  SELECT posted.transfer_id, posted.journal_seq INTO v_transfer, v_seq
    FROM ledger_post(p_colour, p_from, p_to, p_amount, 'payment', 'invoice', p_invoice, p_actor, NULL, NULL, NULL, p_note) AS posted;
  INSERT INTO invoice_decision (invoice_id, user_id, decision) VALUES (p_invoice, p_approver, 'approve') ON CONFLICT DO NOTHING;
  RETURN QUERY SELECT v_transfer, v_seq, false;
END
$$;

-- Replaced by invoice_payment_row().
DROP FUNCTION invoice_payment_context(integer);
