-- Records an official's approval that does not yet pay the invoice (invoice_pay() records the one that does): the
-- invoice moves to approved and the approval is journalled in the colour's chain. p_decided_at dates the decision
-- (the bulk import's historic approvals, decision 0050); NULL means now. The journal entry keeps the recording time.
CREATE OR REPLACE FUNCTION invoice_record_approval(p_invoice integer, p_user integer, p_colour integer, p_decided_at timestamptz) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO invoice_decision (invoice_id, user_id, decision, decided_at) VALUES (p_invoice, p_user, 'approve', coalesce(p_decided_at, now()))
  ON CONFLICT DO NOTHING;
  UPDATE invoice SET status = 'approved' WHERE id = p_invoice AND status = 'submitted';
  PERFORM journal_append(p_colour, 'approve', jsonb_build_object('invoice', p_invoice, 'actor', p_user,
    'at', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text);
END
$$;
