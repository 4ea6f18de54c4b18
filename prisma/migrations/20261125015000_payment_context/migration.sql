-- Everything the purpose rules need to judge paying one invoice, in one round trip, with the invoice row
-- locked for the rest of the transaction (two approvers at once are served one after the other). Opens the
-- payer's and payee's accounts in the invoice's colour if they do not exist yet.
CREATE FUNCTION invoice_payment_context(p_invoice integer) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  v_inv invoice%ROWTYPE;
  v_con contract%ROWTYPE;
  v_col colour%ROWTYPE;
  v_org organization%ROWTYPE;
  v_rules jsonb;
  v_ministry integer;
  v_payer_key text;
  v_payee_key text;
  v_payer account%ROWTYPE;
  v_payee bigint;
BEGIN
  SELECT * INTO v_inv FROM invoice WHERE id = p_invoice FOR UPDATE;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  SELECT * INTO v_con FROM contract WHERE id = v_inv.contract_id;
  SELECT * INTO v_col FROM colour WHERE id = v_con.colour_id;
  SELECT rules INTO v_rules FROM colour_rules WHERE colour_id = v_col.id AND version = v_col.rules_version;
  SELECT ministry_id INTO v_ministry FROM project WHERE id = v_con.project_id;
  SELECT * INTO v_org FROM organization WHERE id = v_con.contractor_id;

  v_payer_key := CASE WHEN v_con.payer_id IS NULL THEN 'project:' || v_con.project_id ELSE 'company:' || v_con.payer_id END;
  v_payee_key := 'company:' || v_con.contractor_id;
  SELECT * INTO v_payer FROM account WHERE colour_id = v_col.id AND holder_key = v_payer_key;
  IF NOT FOUND THEN
    INSERT INTO account (colour_id, holder_kind, holder_key, project_id, organization_id)
    VALUES (v_col.id, CASE WHEN v_con.payer_id IS NULL THEN 'project' ELSE 'company' END::"HolderKind", v_payer_key,
            CASE WHEN v_con.payer_id IS NULL THEN v_con.project_id END, v_con.payer_id)
    ON CONFLICT (colour_id, holder_key) DO NOTHING;
    SELECT * INTO v_payer FROM account WHERE colour_id = v_col.id AND holder_key = v_payer_key;
  END IF;
  SELECT id INTO v_payee FROM account WHERE colour_id = v_col.id AND holder_key = v_payee_key;
  IF NOT FOUND THEN
    INSERT INTO account (colour_id, holder_kind, holder_key, organization_id)
    VALUES (v_col.id, 'company', v_payee_key, v_con.contractor_id) ON CONFLICT (colour_id, holder_key) DO NOTHING;
    SELECT id INTO v_payee FROM account WHERE colour_id = v_col.id AND holder_key = v_payee_key;
  END IF;

  RETURN jsonb_build_object(
    'invoice', jsonb_build_object('id', v_inv.id, 'number', v_inv.number, 'kind', v_inv.kind, 'status', v_inv.status,
      'total', v_inv.total_tiyn::text, 'createdBy', v_inv.created_by_id, 'issuer', v_inv.issuer_id),
    'lines', (SELECT coalesce(jsonb_agg(jsonb_build_object('code', e.code, 'quantity', l.quantity_milli::text, 'price', l.unit_price_tiyn::text) ORDER BY l.id), '[]'::jsonb)
              FROM invoice_line l JOIN estimate_item e ON e.id = l.estimate_item_id WHERE l.invoice_id = v_inv.id),
    'approvals', (SELECT coalesce(jsonb_agg(user_id ORDER BY id), '[]'::jsonb) FROM invoice_decision WHERE invoice_id = v_inv.id AND decision = 'approve'),
    'contract', jsonb_build_object('id', v_con.id, 'value', v_con.value_tiyn::text, 'status', v_con.status, 'payer', v_con.payer_id,
      'contractor', v_con.contractor_id, 'colour', v_con.colour_id, 'project', v_con.project_id, 'ministry', v_ministry),
    'colour', jsonb_build_object('id', v_col.id, 'frozen', v_col.is_frozen, 'closed', v_col.is_closed, 'expiresAt', v_col.expires_at,
      'version', v_col.rules_version, 'rules', v_rules),
    'payee', jsonb_build_object('id', v_org.id, 'name', v_org.name, 'kind', v_org.kind, 'debarred', v_org.is_debarred),
    'payer', jsonb_build_object('account', v_payer.id::text, 'balance', v_payer.balance_tiyn::text, 'frozen', v_payer.is_frozen),
    'payeeAccount', v_payee::text,
    'estimate', (SELECT coalesce(jsonb_agg(jsonb_build_object('code', e.code, 'name', e.name, 'unit', e.unit,
                   'quantity', ci.quantity_milli::text, 'ceiling', ci.ceiling_unit_price_tiyn::text,
                   'billed', coalesce((SELECT sum(l.quantity_milli) FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id
                                       WHERE i.contract_id = v_con.id AND i.id <> v_inv.id AND i.status IN ('submitted', 'approved', 'paid')
                                         AND l.estimate_item_id = ci.estimate_item_id), 0)::text)), '[]'::jsonb)
                 FROM contract_item ci JOIN estimate_item e ON e.id = ci.estimate_item_id WHERE ci.contract_id = v_con.id),
    'advancesPaid', coalesce((SELECT sum(total_tiyn) FROM invoice WHERE contract_id = v_con.id AND kind = 'advance' AND status = 'paid' AND id <> v_inv.id), 0)::text
  );
END
$$;

-- Records one official's approval. An approval that does not yet release the payment is journalled on its
-- own and moves the invoice to "approved"; the approval that completes it (p_paid_at set) is journalled inside
-- the payment's transfer entry (ledger_post's p_note), and here the invoice is only marked paid.
CREATE FUNCTION invoice_record_approval(p_invoice integer, p_user integer, p_colour integer, p_paid_at timestamptz) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO invoice_decision (invoice_id, user_id, decision) VALUES (p_invoice, p_user, 'approve') ON CONFLICT DO NOTHING;
  IF p_paid_at IS NULL THEN
    UPDATE invoice SET status = 'approved' WHERE id = p_invoice AND status = 'submitted';
    PERFORM journal_append(p_colour, 'approve', jsonb_build_object('invoice', p_invoice, 'actor', p_user,
      'at', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text);
  ELSE
    UPDATE invoice SET status = 'paid', paid_at = p_paid_at WHERE id = p_invoice;
  END IF;
END
$$;
